/// A linked line the article shows word for word under several of its items (a listing's "view",
/// "save" and "send" links, a series' link back to its other parts): each item's own row of links,
/// not text of the article. An author's cited link or linked name is written once; a line of
/// plain words that repeats (a forum poster's name, a table's column of labels) is not linked, and
/// a linked line that closes a sentence ("See the style guide.") is the author's pointer, repeated
/// where each section needs it.
enum RepeatedLinkRow {
    /// Occurrences that make a row: two may be an author's refrain, three is a template's.
    static let minimumRepeats = 3
    /// Percent of each occurrence's bytes that are linked.
    static let minimumLinkPercent = 30
    /// A row of links is short; a long repeated paragraph is the page's own concern (`DuplicateBox`).
    static let maximumBytes = 200

    /// For each candidate (its text, byte count and linked percent), whether it is one of at least
    /// `minimumRepeats` equal, short, linked lines.
    static func repeated(_ candidates: [(text: String, length: Int, linkPercent: Int)]) -> [Bool] {
        var counts: [String: Int] = [:]
        for c in candidates where c.length <= maximumBytes && c.linkPercent >= minimumLinkPercent {
            counts[c.text, default: 0] += 1
        }
        let rows = Set(counts.compactMap { $0.value >= minimumRepeats && !LinkedSentenceRun.closesSentence($0.key) ? $0.key : nil })
        guard !rows.isEmpty else { return candidates.map { _ in false } }
        return candidates.map { c in
            c.length <= maximumBytes && c.linkPercent >= minimumLinkPercent && rows.contains(c.text)
        }
    }

    static func evidence(count: Int, linkPercent: Int) -> String {
        "a linked line (links \(linkPercent)%) the article repeats word for word \(count) times: each item's own row of links"
    }
}
