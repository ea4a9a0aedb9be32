/// A consent dialog copied with the page it covers: a select-all copy opens (or closes) with the
/// dialog's heading, several paragraphs about cookies, partners and personal data, and its buttons
/// glued in one line ("AcceptManage optionsReject all"). Only its heading and a line or two carry
/// enough of the vocabulary to be marked; its long paragraphs read as prose and, on a short story,
/// outweigh it. The run is read from the copy's edge: a line the vocabulary names as a cookie
/// notice, then only lines dense in consent words, holding a button row and at least two such
/// paragraphs. A story about privacy does not open with a button row among its paragraphs.
enum ConsentDialogRun {
    static let evidence = "consent dialog at the copy's edge: from its cookie line through paragraphs of consent words and its buttons"
    /// The dialog's cookie line is among this many lines at the copy's top or bottom.
    static let edge = 3
    /// A paragraph of the dialog holds at least this many consent words...
    static let minimumParagraphTerms = 3
    /// ...and at least one in this many of its words.
    static let wordsPerTerm = 16
    /// A label or button line of the dialog is at most this many words.
    static let maximumLabelWords = 8
    /// The dialog holds at least this many paragraphs...
    static let minimumParagraphs = 2
    /// ...in at most this many lines.
    static let maximumLines = 16

    /// Word stems a consent dialog is written in (lowercased tokens).
    static let stems: [String] = ["consent", "cookie", "partner", "privacy", "preference", "personalis", "personaliz",
                                  "advertis", "device", "vendor", "geolocation", "accept", "reject", "tracking", "identifier"]

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        guard lines.count > edge * 2 else { return }
        // Cheap gates first, on the evidence alone: a vocabulary cookie line at the top, or among
        // the lines a dialog can span at the bottom. Most pages have neither and read no word here.
        if let start = (0..<edge).first(where: { isCookieLine(evidence[$0]) }) {
            var end = start
            while end < lines.count, end - start < maximumLines, isDialogLine(lines[end], evidence[end]) { end += 1 }
            markIfDialog(start..<end, lines, &evidence)
        }
        let tail = max(0, lines.count - maximumLines)..<lines.count
        guard tail.contains(where: { isCookieLine(evidence[$0]) }) else { return }
        let last = lines.count - 1
        if let bottom = (last - edge + 1...last).reversed().first(where: { isDialogLine(lines[$0], evidence[$0]) }) {
            var start = bottom + 1
            while start > tail.lowerBound, isDialogLine(lines[start - 1], evidence[start - 1]) { start -= 1 }
            let run = start..<(bottom + 1)
            if run.contains(where: { isCookieLine(evidence[$0]) }) { markIfDialog(run, lines, &evidence) }
        }
    }

    /// Marks `run` when it holds a button row and enough paragraphs to be a dialog, not a line or two about cookies.
    private static func markIfDialog(_ run: Range<Int>, _ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var paragraphs = 0
        var buttons = false
        for k in run {
            if lines[k].wordCount > maximumLabelWords { paragraphs += 1 } else if isButtonRow(lines[k]) { buttons = true }
        }
        guard buttons, paragraphs >= minimumParagraphs else { return }
        for k in run where evidence[k].noise != .cookie || evidence[k].noiseSource != .vocabulary {
            evidence[k].noise = .cookie
            evidence[k].noiseSource = .rule(Self.evidence)
        }
    }

    @inline(__always)
    private static func isCookieLine(_ ev: LineEvidence) -> Bool {
        ev.noise == .cookie && ev.noiseSource == .vocabulary
    }

    /// A line of the dialog: a cookie line, a short label naming a consent word, or a paragraph dense in them.
    static func isDialogLine(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        if isCookieLine(ev) { return true }
        guard ev.noise == nil || ev.noise == .fragment || ev.noise == .cookie || ev.noise == .navigation else { return false }
        let terms = termCount(line.words)
        if line.wordCount <= maximumLabelWords { return terms >= 1 }
        return terms >= minimumParagraphTerms && terms * wordsPerTerm >= line.wordCount
    }

    /// A short line whose words include a consent button's ("I acceptManage optionsReject all").
    static func isButtonRow(_ line: TextLine) -> Bool {
        line.wordCount <= maximumLabelWords && line.words.contains(where: holdsButtonWord)
    }

    /// "accept" or "reject" inside a word. An ASCII word is searched on its bytes (`ByteSearch`), where
    /// each byte is a Character; any other as before, through `String.contains`.
    static func holdsButtonWord(_ word: String) -> Bool {
        let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return ByteSearch.holds(bytes, "accept") || ByteSearch.holds(bytes, "reject")
        }
        if let found = found ?? nil { return found }
        return word.contains("accept") || word.contains("reject")
    }

    static func termCount(_ words: [String]) -> Int {
        var count = 0
        // Compared as bytes: `String.hasPrefix` compares by grapheme.
        for word in words where stems.contains(where: { word.utf8.starts(with: $0.utf8) }) { count += 1 }
        return count
    }
}
