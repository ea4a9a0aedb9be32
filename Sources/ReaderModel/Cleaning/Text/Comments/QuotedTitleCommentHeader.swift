/// Finds the header blogs put above their comment thread, "12 Responses to “Post title”", by its
/// shape rather than its words: a short line that opens with a count and ends by quoting a line
/// that stood earlier on the page (the headline). Everything below it is the thread and the page
/// foot, so a thread whose comments carry no reply links or clock times still loses to the article.
enum QuotedTitleCommentHeader {
    /// Longest header in words: the quoted title plus a few words of count and label.
    static let maxWords = 24

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        guard let header = headerIndex(lines) else { return }
        let source = "comment header quoting the headline (line \(lines[header].lineNumber + 1)), and below it"
        for i in header..<lines.count where evidence[i].noise == nil || evidence[i].noise == .feed
            || evidence[i].noise == .repeated || evidence[i].noise == .fragment {
            evidence[i].noise = .comments
            evidence[i].noiseSource = .rule(source)
            evidence[i].isCaption = false
        }
    }

    /// The first line shaped like a comment header; nil on most pages after one cheap pass.
    static func headerIndex(_ lines: [TextLine]) -> Int? {
        for i in lines.indices where i > 0 {
            let text = lines[i].text
            // The last byte first: reading the first scalar's numeric type on every line cost 1% of a text page.
            guard lines[i].wordCount <= maxWords, let lastByte = text.utf8.last, mayEndClosingQuote(lastByte),
                  let first = text.unicodeScalars.first, first.properties.numericType != nil,
                  let last = text.last, closingQuotes.contains(last),
                  let open = text.firstIndex(where: { openingQuotes.contains($0) }), open < text.index(before: text.endIndex)
            else { continue }
            let quoted = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingOuterSpace()
            // A title of one word could be any echo; the headline has a few.
            guard quoted.contains(" ") else { continue }
            if lines[..<i].contains(where: { $0.text == quoted }) { return i }
        }
        return nil
    }

    /// Whether a line ending in this byte may end in one of `closingQuotes`: the last byte of
    /// `"`, `”`, `»`, `“`, `’`, `」` or `』`.
    static func mayEndClosingQuote(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x9D || byte == 0xBB || byte == 0x9C || byte == 0x99 || byte == 0x8D || byte == 0x8F
    }

    static let openingQuotes: Set<Character> = ["“", "\"", "«", "„", "‘", "「", "『"]
    static let closingQuotes: Set<Character> = ["”", "\"", "»", "“", "’", "」", "』"]
}
