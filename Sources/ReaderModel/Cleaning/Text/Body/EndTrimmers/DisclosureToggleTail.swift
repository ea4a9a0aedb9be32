/// A folded appendix under the article: a short toggle line ("Show full press release") between
/// paragraphs, and under it the text the toggle unfolds, to the body's end. The page shows the
/// reader only the toggle; the press release, statement or transcript behind it is source
/// material the writer summarised above, not the article, and a copy of the page that keeps it
/// doubles the body with someone else's text. The toggle is read by its shape (a few words, no
/// sentence end) and then by two words: a verb that unfolds ("show", "expand", "anzeigen") and one
/// that says the whole of something follows ("full", "complete", "vollständig") — a link to see a
/// full gallery or a full-size image ("View full size") is no toggle, so only verbs that unfold
/// count.
enum DisclosureToggleTail: BodyEndTrimmer {
    static let evidence = "a folded appendix: a short toggle line (\"show the full text\") between paragraphs, and the text it unfolds under it"
    /// The toggle is at most this many words...
    static let maxWords = 6
    /// ...and this many bytes.
    static let maxBytes = 64
    /// The article above the toggle holds at least this many words of prose: a toggle that folds the
    /// article itself (a page that opens on "Show full story") is not cut away.
    static let minimumProseAbove = 40

    /// Verbs that unfold a folded block, lowercased.
    static let unfoldVerbs: Set<String> = [
        "show", "expand", "display", "unfold",
        "mostrar", "muestra", "desplegar", "afficher", "déplier", "anzeigen", "einblenden", "ausklappen",
        "mostra", "espandi", "toon", "uitklappen", "показать", "развернуть", "pokaż", "rozwiń",
    ]
    /// Words that say the whole of something follows, lowercased.
    static let wholeWords: Set<String> = [
        "full", "complete", "entire", "whole",
        "completo", "completa", "íntegro", "complet", "complète", "intégral", "intégrale",
        "vollständig", "vollständige", "vollständigen", "volltext", "ganzen", "intero", "integrale",
        "volledige", "полностью", "полный", "целиком", "całość", "pełny", "pełną",
    ]
    /// Toggles of scripts written without spaces: "full text" (全文) with a verb that unfolds or shows.
    static let unspacedWhole = "全文"
    static let unspacedVerbs = ["展开", "显示", "顯示", "表示", "展開", "查看"]

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3 else { return body }
        for i in (body.lowerBound + 1)..<(body.upperBound - 1) {
            let line = lines[i]
            // Cheap shape first: a short line no rule has claimed that ends no sentence.
            guard line.wordCount <= maxWords, !line.endsSentence, line.text.utf8.count <= maxBytes,
                  evidence[i].noise == nil, isToggle(line) else { continue }
            guard BodyEndTrimmers.proseWords(body.lowerBound..<i, lines, scores: scores) >= minimumProseAbove,
                  BodyEndTrimmers.prose((i + 1)..<body.upperBound, scores: scores) > 0 else { return body }
            BodyEndTrimmers.mark(i..<body.upperBound, &evidence, as: .banner, rule: Self.evidence)
            return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(i, lines, scores: scores, body: body)
        }
        return body
    }

    /// The line reads as a toggle: a verb that unfolds and a word for the whole, or, in a script
    /// without spaces, "full text" with such a verb.
    static func isToggle(_ line: TextLine) -> Bool {
        if line.words.contains(where: unfoldVerbs.contains), line.words.contains(where: wholeWords.contains) { return true }
        // 全 opens with the byte E5: a byte test keeps Latin lines out of the substring search.
        guard line.text.utf8.contains(0xE5), line.text.contains(unspacedWhole) else { return false }
        return unspacedVerbs.contains { line.text.contains($0) }
    }
}
