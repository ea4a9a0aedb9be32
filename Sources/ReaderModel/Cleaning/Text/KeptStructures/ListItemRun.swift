/// A list written one item a line (steps, tools, options) is glued like a teaser list, and a long
/// item after a short one looks like a headline and its summary. What sets the list apart is its
/// lead-in: a clean line ending in a colon just above the block ("you will need:"). A line that
/// itself ends in a colon heads what follows it (a reply under "X added:"), so it is no list item.
enum ListItemRun {
    static let evidence = "not a teaser: an item of a list under a lead-in ending in a colon"
    /// How far up the lead-in may be.
    static let maximumReach = 30

    /// Line `i` sits in a block, glued or after one blank line, under a clean lead-in with a colon
    /// and no furniture between.
    static func continues(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], in range: Range<Int>) -> Bool {
        guard !endsWithColon(lines[i].text) else { return false }
        var blanks = 0
        var k = i
        while k > range.lowerBound, i - k < maximumReach {
            if lines[k].blankBefore {
                blanks += 1
                if blanks > 1 { return false }
            }
            k -= 1
            let ev = evidence[k]
            if ev.noise != nil || ev.isCaption || ev.isMetadata { return false }
            if endsWithColon(lines[k].text) { return true }
        }
        return false
    }

    /// `:` or the full-width `：` closes the line.
    static func endsWithColon(_ text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == ":" || last == "："
    }

    static let leadInEvidence = "item of a list under a lead-in ending in a colon"

    /// A short line under a clean colon lead-in, with only clean short lines (the list's other
    /// items, its sub-headings) between: the list goes on although no paragraph follows it at once.
    static func underLeadIn(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        var k = i - 1
        while k >= body.lowerBound, i - k <= maximumReach {
            let ev = evidence[k]
            if ev.noise != nil || ev.isCaption || ev.isMetadata { return false }
            if endsWithColon(lines[k].text) { return k < i - 1 || !endsWithColon(lines[i].text) }
            if ev.shape != .short { return false }
            k -= 1
        }
        return false
    }
}
