/// A timeline article ("twenty years of the tramway") tells its story as dated entries: a line of
/// only a date ("15 de marzo de 2004") over the entry's paragraph. Inside the body a line of only a
/// date reads as the page's own date or a feed item's stamp, and is removed. What makes the dates
/// the article's is their order: each later than the one before (oldest first), as no feed or list
/// of news (newest first) reads, each over a paragraph of prose.
enum TimelineEntryDates {
    static let evidence = "a timeline entry's date: one of dated lines over paragraphs, each later than the last"
    /// A timeline has at least this many dated entries.
    static let minimumEntries = 3
    /// A date line is at most this many words.
    static let maximumDateWords = 8
    /// The entry under a date is a sentence of at least this many words.
    static let minimumEntryWords = 6

    /// Keeps the date lines of a timeline inside the body as the article's.
    static func keep(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) {
        guard body.count >= 2 * minimumEntries else { return }
        var entries: [Int] = []
        var previous: Substring? = nil
        var ordered = true
        for k in body.lowerBound..<(body.upperBound - 1) {
            // Cheap fields first: a date was read on the line, and it is short.
            guard let iso = evidence[k].dateISO, lines[k].wordCount <= maximumDateWords, isReleasable(evidence[k]) else { continue }
            let entry = lines[k + 1]
            guard entry.endsSentence, entry.wordCount >= minimumEntryWords, isReleasable(evidence[k + 1]),
                  evidence[k + 1].dateISO == nil else { continue }
            let day = iso.prefix(10)
            if let previous, day <= previous { ordered = false }
            previous = day
            entries.append(k)
        }
        guard ordered, entries.count >= minimumEntries else { return }
        for k in entries {
            evidence[k].noise = nil
            evidence[k].noiseSource = nil
            evidence[k].isTimestamp = false
            evidence[k].listItem = .timelineDate
            if evidence[k + 1].noiseSource == .itemUnderTimestamp {
                evidence[k + 1].noise = nil
                evidence[k + 1].noiseSource = nil
            }
        }
    }

    /// Only its being a date or a feed item's stamp says the line is the page's: no vocabulary,
    /// comment or teaser reading.
    @inline(__always)
    private static func isReleasable(_ ev: LineEvidence) -> Bool {
        guard let noise = ev.noise else { return true }
        return noise != .comments && (ev.noiseSource == .timestamp || ev.noiseSource == .itemUnderTimestamp)
    }
}
