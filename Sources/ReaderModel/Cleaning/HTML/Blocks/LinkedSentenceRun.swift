/// Partly linked lines between two paragraphs of the article that each finish a sentence ("We
/// released the fare calculator for the island routes."): news items the author wrote around their
/// links, kept as a run; a list of links is titles and labels ("Ferries: timetable"), which close
/// no sentence, and stays out.
enum LinkedSentenceRun {
    /// Bytes a line needs: a short "See it here." is a pointer, not an item of news.
    static let minimumBytes = 30

    /// True when `text` may join (or start) a run: long enough, and closing a sentence (`.`, `!`, `?`
    /// or a full stop of a script without spaces, before any closing quotes or brackets).
    static func isSentence(_ text: String) -> Bool {
        text.utf8.count >= minimumBytes && closesSentence(text)
    }

    /// The text ends in `.`, `!`, `?` or a full stop of a script without spaces, before any closing
    /// quotes or brackets.
    static func closesSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case ".", "!", "?": return true
            case " ", "\"", "'", "”", "’", "»", ")": continue
            default: return ScriptProfile.isUnspacedSentenceEnd(scalar)
            }
        }
        return false
    }

    /// `--explain`'s words for a kept line of a run of `count`.
    static func evidence(count: Int, density: Int) -> String {
        "one of \(count) partly linked sentences (links \(density)%) between two paragraphs of the article"
    }
}
