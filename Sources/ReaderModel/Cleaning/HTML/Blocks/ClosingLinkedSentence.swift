/// A partly linked sentence right after the article's last paragraph, with no other linked line
/// after it ("For more, see our full review of the new model.", "This post was contributed by a
/// reader."): the author's closing line, which names its source or its next read in a sentence.
/// A list of links closing an article is a run of linked lines, and labels ("Follow us on
/// Twitter") are furniture however they end; neither is kept.
enum ClosingLinkedSentence {
    /// Whether a partly linked line that came right after a body paragraph may close the article:
    /// a sentence (`LinkedSentenceRun.isSentence`), not a heading.
    static func mayClose(_ text: String, isHeading: Bool) -> Bool {
        !isHeading && LinkedSentenceRun.isSentence(text)
    }

    static func evidence(density: Int) -> String {
        "a partly linked sentence (links \(density)%) right after the article's last paragraph, no linked line after it: its closing line"
    }
}
