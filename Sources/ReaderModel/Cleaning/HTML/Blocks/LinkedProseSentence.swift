/// A line wholly linked that starts in lower case and finishes a sentence ("in a famous trial a
/// judge fined a goat."): prose the author linked through, mid-thought, not a teaser, whose title
/// opens with a capital. Like a partly linked line, it is kept only between two paragraphs.
enum LinkedProseSentence {
    /// True when `text` opens with a lower-case letter and is a sentence (`LinkedSentenceRun.isSentence`).
    static func matches(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isLowercase else { return false }
        return LinkedSentenceRun.isSentence(text)
    }
}
