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
            // Read only as far as a label can reach: most lines under a byline are the article's prose.
            guard let list = ListShape.read(lines[i].text, labelOfAtMost: maxLabelWords), list.leadEndsInColon,
                  isNameList(list) else { continue }
            evidence[i].noise = .navigation
            evidence[i].noiseSource = .rule(Self.evidence)
        }
    }

    /// Many items, all short: names, not a sentence's clauses.
    static func isNameList(_ list: ListShape) -> Bool {
        list.items >= minimumItems && hasShortItems(list)
    }

    /// Every item a name: none over `maxLongItemWords`, one in `longItemShare` at most over
    /// `maxItemWords`, at most one empty (`DatedFilingLine` asks this of its list too).
    static func hasShortItems(_ list: ListShape) -> Bool {
        list.longestItem <= maxLongItemWords && list.longItems * longItemShare <= list.items && list.emptyItems <= 1
    }
}
