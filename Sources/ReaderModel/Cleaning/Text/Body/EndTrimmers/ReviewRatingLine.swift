/// A review's rating under its verdict: "Note: 1,9 (gut)", "Wertung: 85 %", "Score: 8/10",
/// "Valoración: 4 de 5", "Voto: 7,5", "Betyg: 4 av 5", "評価：★★★★☆". Short, unpunctuated and past
/// the last paragraph, it reads as a label of the page's furniture; it is the review's last word.
/// What makes it so is a rating label of a short table in several languages with a figure or
/// stars after it, right under the last paragraph, in a block of its own.
enum ReviewRatingLine {
    static let evidence = "a review's rating right under its verdict (a rating label over a figure or stars)"
    /// A rating line is at most this many words.
    static let maximumWords = 6

    /// Rating labels, lowercased (one or two words before the colon).
    static let labels: Set<String> = [
        "rating", "score", "our rating", "our score", "overall", "overall score", "grade",
        "note", "wertung", "bewertung", "gesamtnote", "testnote", "unsere wertung",
        "notre note", "note finale", "évaluation",
        "valoración", "puntuación", "nota", "nota final", "calificación",
        "voto", "punteggio", "giudizio", "avaliação", "pontuação",
        "cijfer", "beoordeling", "ocena", "hodnocení", "betyg", "karakter", "arvosana", "értékelés",
        "оценка", "рейтинг", "оцінка", "puan", "評価", "评分", "評分", "평점",
    ]

    /// The body widened over the rating line right under its last paragraph; `body` unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let k = UnderLastParagraph.firstLine(under: body, lines, evidence), isRating(lines[k]),
              evidence[k].noise == nil || evidence[k].noiseSource != .vocabulary, !evidence[k].isCaption,
              UnderLastParagraph.closesBlock(at: k + 1, lines, evidence) else { return body }
        evidence[k].noise = nil
        evidence[k].noiseSource = nil
        evidence[k].listItem = .reviewRating
        return body.lowerBound..<(k + 1)
    }

    /// "Label: value": a rating label, then a figure or a star first in the value.
    static func isRating(_ line: TextLine) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= maximumWords, !line.endsSentence || line.text.last == ")" else { return false }
        return asciiHoldsRating(line.text) ?? charactersHoldRating(line.text)
    }

    /// `labels` written in ASCII, as bytes.
    private static let asciiLabels: [[UInt8]] = labels.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// The label and value test of `isRating` on the bytes of an ASCII line without carriage
    /// returns (every byte a character, lower-casing A-Z only); nil for any other line. No
    /// lower-cased String is built for the label: its bytes are compared with the ASCII labels.
    static func asciiHoldsRating(_ text: Substring) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for b in bytes where b >= 0x80 || b == 13 { return nil }
            guard let colon = bytes.firstIndex(of: 58) else { return false }
            var end = colon
            while end > 0, bytes[end - 1] == 32 { end -= 1 }
            let named = asciiLabels.contains { label in
                label.count == end && label.indices.allSatisfy { k in
                    let b = bytes[k]
                    return (b &- 65 < 26 ? b + 32 : b) == label[k]
                }
            }
            guard named else { return false }
            guard let first = bytes[(colon + 1)...].first(where: { $0 != 32 }) else { return false }
            return first &- 48 < 10 || first == 42
        } ?? nil
    }

    /// The label and value test of `isRating` walked by characters: the reference the byte path stands in for.
    static func charactersHoldRating(_ text: Substring) -> Bool {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = String(text[..<colon].reversed().drop { $0 == " " }.reversed()).lowercased()
        guard labels.contains(label) else { return false }
        guard let first = text[text.index(after: colon)...].first(where: { $0 != " " }) else { return false }
        return first.isNumber || first == "★" || first == "☆" || first == "*"
    }
}
