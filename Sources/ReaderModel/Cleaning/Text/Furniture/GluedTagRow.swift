/// A row of tag links copied as one line without spaces between the tags ("HarboursCoastHistory"),
/// right under a paragraph of the story. A page's own words join a small letter to a capital inside
/// one word once at most (a brand, a surname); a row of tags does it at every joint. The vocabulary
/// cannot name the row (its words are the story's topics), and under the last paragraph it reads as
/// a short line the body keeps.
enum GluedTagRow {
    static let evidence = "tag row: capitalised tags glued without spaces, under a paragraph"
    /// The row has at least this many joints of a small letter and a capitalised word...
    static let minimumJoints = 2
    /// ...in at most this many words.
    static let maximumWords = 8

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in 1..<max(1, lines.count) where evidence[i].noise == nil && lines[i].wordCount <= maximumWords
            && !lines[i].endsSentence && !evidence[i].isCaption && isParagraph(lines[i - 1], evidence[i - 1])
            && joints(in: lines[i].text) >= minimumJoints {
            evidence[i].noise = .navigation
            evidence[i].noiseSource = .rule(Self.evidence)
            AuthorBoxUnderTagRow.mark(under: i, lines, &evidence)
        }
    }

    @inline(__always)
    private static func isParagraph(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        ev.noise == nil && ev.shape == .good && line.endsSentence
    }

    /// How many times a small letter is followed by a capital and a small letter ("sC", "tH" in
    /// "HarboursCoastHistory"): ASCII only, as the tags' joints are. A row opens with a capital and
    /// holds only words (letters, spaces, "'", "-", "&"): code ("getElementById(...)") does not count.
    static func joints(in text: Substring) -> Int {
        guard let first = text.utf8.first, first >= 0x41, first <= 0x5A else { return 0 }
        var count = 0
        var a: UInt8 = 0, b: UInt8 = 0
        for c in text.utf8 {
            guard c >= 0x80 || isWordByte(c) else { return 0 }
            if a >= 0x61, a <= 0x7A, b >= 0x41, b <= 0x5A, c >= 0x61, c <= 0x7A { count += 1 }
            a = b
            b = c
        }
        return count
    }

    @inline(__always)
    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x20 || c == 0x27 || c == 0x2D || c == 0x26
    }
}
