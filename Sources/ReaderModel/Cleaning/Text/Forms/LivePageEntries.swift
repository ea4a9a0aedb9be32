/// A live page's entries: each under a bare clock time ("14:52"), a heading and a paragraph of
/// prose, newest first, three or more of them. A sidebar feed under its times has the same stamps
/// but one-line items; entries that each carry prose are the article. Lines the feed reading took
/// under those times are the entries' own and stay (the times themselves stay removed as stamps).
/// The entries open the page's text; under a story's paragraphs they are its sidebar feed.
enum LivePageEntries {
    static let evidence = "a live page's entry: under a bare clock time, one of three or more timed entries that each hold a paragraph"
    static let minimumEntries = 3
    /// Words of the paragraph an entry holds.
    static let paragraphWords = 12
    /// A line of this many words above the first entry is a story's paragraph, not the header's notice.
    static let proseAboveWords = 20

    /// Keeps the lines under each entry's time that the feed reading marked.
    static func keep(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        // Cheap gate: the feed reading marked something.
        guard evidence.contains(where: { $0.noiseSource == .itemUnderTimestamp }) else { return }
        let stamps = lines.indices.filter { evidence[$0].isTimestamp && isBareClockTime(lines[$0]) }
        guard stamps.count >= minimumEntries else { return }
        var entries: [Range<Int>] = []
        for (k, stamp) in stamps.enumerated() {
            let end = k + 1 < stamps.count ? min(stamps[k + 1], stamp + 6) : min(lines.count, stamp + 4)
            let entry = (stamp + 1)..<max(stamp + 1, end)
            if entry.contains(where: { evidence[$0].shape != .short && lines[$0].wordCount >= paragraphWords && lines[$0].endsSentence }) {
                entries.append(entry)
            }
        }
        guard entries.count >= minimumEntries else { return }
        // The entries open the page's text: a story's paragraphs above them make them its sidebar feed.
        let opening = entries[0].lowerBound - 1
        guard !(0..<opening).contains(where: { evidence[$0].shape != .short && lines[$0].wordCount >= proseAboveWords && lines[$0].endsSentence })
        else { return }
        for entry in entries {
            for j in entry where evidence[j].noiseSource == .itemUnderTimestamp {
                evidence[j].noise = nil
                evidence[j].noiseSource = nil
                evidence[j].keptNote = Self.evidence
            }
        }
    }

    /// "14:52", "9.05", "2:40 pm": a time of day alone on its line.
    static func isBareClockTime(_ line: TextLine) -> Bool {
        let text = line.text.utf8
        guard text.count >= 4, text.count <= 8, let first = text.first, first >= 48, first <= 57 else { return false }
        var digits = 0, marks = 0
        for b in text {
            if b >= 48 && b <= 57 { digits += 1 }
            else if b == 0x3A || b == 0x2E { marks += 1 }
            else if b == 0x20 || b == 0x61 || b == 0x70 || b == 0x6D || b == 0x41 || b == 0x50 || b == 0x4D { continue }
            else { return false }
        }
        return (3...4).contains(digits) && marks == 1
    }
}
