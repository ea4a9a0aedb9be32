/// A how-to or a recipe opens with its list of materials or ingredients under a short heading ending
/// in a colon ("You will need:"), then the steps. The items are short lines, so the body starts at
/// the first step's paragraph and the list stays above it as page chrome. A clean run of short lines
/// reaching from the body's first line up to such a heading is the article's list.
enum ListAboveBody {
    /// The most items between the heading and the body; a list needs this many at least.
    static let maxItems = 30
    static let minimumItems = 3
    /// A list heading is short; a longer line ending in a colon is a sentence of the chrome above.
    static let maxHeadingWords = 6
    /// An item is a short line of at most this many words.
    static let maxItemWords = 12

    /// The body widened up over the list right above it, its lines marked; the body unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard !body.isEmpty else { return body }
        var k = body.lowerBound - 1
        var items = 0
        while k >= 0, items <= maxItems {
            let ev = evidence[k]
            if ev.isCaption || ev.isMetadata { return body }
            if ListMarker.endsWithColon(lines[k].text) {
                guard items >= minimumItems,
                      ArticleList.isLeadIn(k, lines, evidence, maximumWords: maxHeadingWords, allowsTeaserListNoise: true)
                else { return body }
                // Labels ending in colons one above the other are a form's fields, not a list's heading.
                if k > 0, ListMarker.endsWithColon(lines[k - 1].text) { return body }
                for i in k..<body.lowerBound {
                    evidence[i].noise = nil
                    evidence[i].noiseSource = nil
                    evidence[i].listItem = .aboveBody
                }
                return k..<body.upperBound
            }
            guard ev.noise == nil || ev.isTeaserListNoise, ev.shape == .short, lines[k].wordCount <= maxItemWords else { return body }
            items += 1
            k -= 1
        }
        return body
    }
}
