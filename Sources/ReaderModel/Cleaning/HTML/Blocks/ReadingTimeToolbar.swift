/// A short toolbar line of a chrome label and a reading time ("Condividi 4 min", "Share · 6 min
/// read", "5 dk Paylaş"): what a bar of buttons leaves as text when its box has no class lede
/// knows. Only the label words (a whole line of `NoiseVocabulary` or `HTMLNoiseLabels`) and the
/// number of minutes are there, so it is chrome, not a paragraph.
enum ReadingTimeToolbar {
    /// Toolbars are a few words; a longer line is read no further.
    static let maximumBytes = 80

    static let evidence = "a toolbar line: chrome label words and a reading time, nothing else"

    /// The reason of the label beside the reading time, or nil when the line is anything else.
    static func reason(for text: String) -> NoiseReason? {
        // Cheap shape first: short, and a number followed by a separator (the minutes, then their word).
        guard text.utf8.count <= maximumBytes, mayHoldMinutes(text) else { return nil }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "|" || $0 == "•" })
        guard words.count >= 3, words.count <= 8 else { return nil }
        // The reading time closes or opens the line: "<n> <minutes> [read]".
        if let n = words.firstIndex(where: isNumber), n + 1 < words.count, minuteWords.contains(words[n + 1].lowercased()) {
            var end = n + 2
            if end < words.count, readingWords.contains(words[end].lowercased()) { end += 1 }
            guard n == 0 || end == words.count else { return nil }
            words.removeSubrange(n..<end)
        } else {
            return nil
        }
        guard !words.isEmpty else { return nil }
        let label = words.joined(separator: " ")
        return HTMLNoiseLabels.reason(for: label) ?? NoiseVocabulary.reason(for: label)
    }

    /// An ASCII digit followed by a byte that may open a separator of the split (" ", "|", or a
    /// non-ASCII one: "·", "•" and their equivalents): a reading time is a number word with a word after it.
    private static func mayHoldMinutes(_ text: String) -> Bool {
        var afterDigit = false
        for b in text.utf8 {
            if afterDigit, b == 0x20 || b == 0x7C || b >= 0x80 { return true }
            afterDigit = b >= 0x30 && b <= 0x39
        }
        return false
    }

    private static func isNumber(_ word: Substring) -> Bool {
        word.utf8.count <= 3 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "min" and its forms in the languages lede reads (Italian "minuti", Turkish "dk", Russian "мин").
    private static let minuteWords: Set<String> = [
        "min", "min.", "mins", "minute", "minutes", "minuti", "minuto", "minutos", "minuten", "minut", "minuty",
        "minutter", "minuter", "minuut", "dk", "dk.", "dakika", "мин", "мин.", "хв", "хв.", "phút", "menit", "dakika",
        "λεπτά", "分", "분", "دقیقه", "دقائق", "דקות", "मिनट",
    ]

    /// A word after the minutes that says they are for reading ("read", "lettura", "Lesezeit").
    private static let readingWords: Set<String> = [
        "read", "reading", "lettura", "lectura", "leitura", "lecture", "lesezeit", "leestijd", "okuma", "чтения", "czytania",
    ]
}
