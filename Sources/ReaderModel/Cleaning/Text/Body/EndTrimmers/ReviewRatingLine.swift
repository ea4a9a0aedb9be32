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
        let text = line.text
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = String(text[..<colon].reversed().drop { $0 == " " }.reversed()).lowercased()
        guard labels.contains(label) else { return false }
        guard let first = text[text.index(after: colon)...].first(where: { $0 != " " }) else { return false }
        return first.isNumber || first == "★" || first == "☆" || first == "*"
    }
}
