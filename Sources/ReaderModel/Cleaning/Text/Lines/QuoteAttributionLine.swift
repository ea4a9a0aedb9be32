/// "— Name (@handle) March 3, 2024": the line a dash opens under an embedded post or a quotation,
/// naming who said it and when. Its date is the quotation's, not the article's: it heads nothing,
/// so the paragraphs above the quotation stay the article's opening (`ArticleHeader` passes it).
enum QuoteAttributionLine {
    static let evidence = "a quotation's attribution (a dash, then who said it and when): its date heads no article"
    /// An attribution is a name, perhaps a handle and a date: this many words at most.
    static let maxWords = 12

    /// The line opens with an em or en dash and a space and is short; a byte test, no parse.
    static func matches(_ line: TextLine) -> Bool {
        guard line.wordCount <= maxWords else { return false }
        let bytes = line.text.utf8
        var i = bytes.startIndex
        // "—" is E2 80 94, "–" is E2 80 93.
        guard i != bytes.endIndex, bytes[i] == 0xE2 else { return false }
        i = bytes.index(after: i)
        guard i != bytes.endIndex, bytes[i] == 0x80 else { return false }
        i = bytes.index(after: i)
        guard i != bytes.endIndex, bytes[i] == 0x94 || bytes[i] == 0x93 else { return false }
        i = bytes.index(after: i)
        return i != bytes.endIndex && (bytes[i] == 0x20 || bytes[i] == 0xC2)
    }
}
