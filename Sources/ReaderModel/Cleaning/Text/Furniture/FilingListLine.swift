/// A post's filing line set between its byline and its text: a short label and a colon over a long
/// list of short names ("Filed in: Harbour, Ferries, Council, Tides, Rowing, Weather, ..."), the
/// categories a blog theme prints under the date. Right under the byline such a list files the
/// post; the same list inside an article (a keyword field, a cast) stands among paragraphs, not on
/// the byline. Separators of any script count, and no word of the label is read.
enum FilingListLine {
    static let evidence = "the post's filing line under its byline: a label over a long list of short names"
    /// The list has at least this many items...
    static let minimumItems = 8
    /// ...each at most `maxItemWords` words, but for one item in `longItemShare` (a name with a
    /// clause in it), none over `maxLongItemWords`.
    static let maxItemWords = 4
    static let maxLongItemWords = 6
    static let longItemShare = 8
    /// The label before the colon is at most this many words.
    static let maxLabelWords = 3

    /// Marks a labelled list that comes right after a byline or date line.
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        guard lines.count >= 2 else { return }
        for i in 1..<lines.count where evidence[i - 1].isMetadata && evidence[i].noise == nil
            && lines[i].wordCount >= minimumItems && evidence[i].listItem == nil && !evidence[i].isTableRow {
            guard let list = ListShape.read(lines[i].text), list.leadWords <= maxLabelWords, list.leadEndsInColon,
                  isNameList(list) else { continue }
            evidence[i].noise = .navigation
            evidence[i].noiseSource = .rule(Self.evidence)
        }
    }

    /// Many items, all short: names, not a sentence's clauses.
    static func isNameList(_ list: ListShape) -> Bool {
        list.items >= minimumItems && list.longestItem <= maxLongItemWords
            && list.longItems * longItemShare <= list.items && list.emptyItems <= 1
    }
}

/// A line read as a list: a lead (what comes before the first separator or label colon) and the
/// separator-parted items after it, counted in words. Separators of Latin, CJK and Arabic script.
struct ListShape: Equatable {
    /// Words of the lead; `leadEndsInColon` says a colon closed it (a label), else a separator did.
    var leadWords = 0
    var leadEndsInColon = false
    /// The lead's first word holds figures (a date stamp "11/09/2012").
    var leadOpensWithFigure = false
    /// Items after the lead, the most words in one, how many hold more than `FilingListLine.maxItemWords`,
    /// and how many hold none.
    var items = 0
    var longestItem = 0
    var longItems = 0
    var emptyItems = 0

    /// Nil for a line with no separator at all.
    static func read(_ text: Substring) -> ListShape? {
        var shape = ListShape()
        var inLead = true
        var words = 0
        var inWord = false
        var sawSeparator = false
        var firstByte = true
        func closeItem() {
            if inLead {
                shape.leadWords = words
                inLead = false
            } else {
                shape.items += 1
                shape.longestItem = max(shape.longestItem, words)
                if words > FilingListLine.maxItemWords { shape.longItems += 1 }
                if words == 0 { shape.emptyItems += 1 }
            }
            words = 0
            inWord = false
        }
        var scalars = text.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            switch c {
            case ":", "：":
                if inLead, words >= 1 { shape.leadEndsInColon = true; closeItem(); sawSeparator = true } else { inWord = false }
            case ",", "、", "،", "|", "·", "•", ";", "，", "；":
                sawSeparator = true
                closeItem()
            default:
                let wordy = c.properties.isAlphabetic || ("0"..."9").contains(c)
                if wordy {
                    if firstByte, ("0"..."9").contains(c) { shape.leadOpensWithFigure = true }
                    if !inWord { words += 1; inWord = true }
                } else {
                    inWord = false
                }
            }
            firstByte = false
        }
        guard sawSeparator else { return nil }
        // The last item (or a lead no separator closed; `sawSeparator` says there is one after it).
        closeItem()
        return shape
    }
}
