/// The labels a story's summary box opens with ("Key points:", "Das Wichtigste in Kürze",
/// "L'essentiel", "Главное"): the writer's own points in a short list over the first paragraph,
/// read by both cleaners (`KeyPointsBox`, `KeyPointsBoxElement`). Lowercased, one space between
/// words, a closing colon dropped.
enum KeyPointsLabels {
    /// A label is at most this many bytes.
    static let maximumBytes = 48
    /// ...and at most this many words.
    static let maximumWords = 5

    static let labels: Set<String> = [
        "key points", "key takeaways", "takeaways", "at a glance", "the essentials", "what you need to know",
        "das wichtigste in kürze", "das wichtigste", "auf einen blick",
        "l'essentiel", "l’essentiel", "ce qu'il faut retenir", "à retenir",
        "lo más importante", "las claves", "claves", "i punti chiave", "punti chiave",
        "pontos-chave", "principais pontos", "belangrijkste punten", "najważniejsze", "w skrócie",
        "det viktigaste", "det vigtigste", "det viktigste", "главное", "ключевые моменты", "головне",
        "要点", "ポイント", "核心要点", "핵심 요약", "أبرز النقاط", "נקודות עיקריות", "τα βασικά σημεία",
        "मुख्य बातें", "खास बातें",
    ]

    /// Whether `text` is only such a label (a closing colon and surrounding spaces aside). Callers
    /// ask only lines of at most `maximumWords` words: most lines never reach the lookup.
    static func matches(_ text: Substring) -> Bool {
        guard text.utf8.count <= maximumBytes else { return false }
        var key = text
        while let last = key.last, last == " " || last == ":" || last == "：" || last == "\u{A0}" { key.removeLast() }
        while let first = key.first, first == " " || first == "\u{A0}" { key.removeFirst() }
        return labels.contains(key.lowercased())
    }
}
