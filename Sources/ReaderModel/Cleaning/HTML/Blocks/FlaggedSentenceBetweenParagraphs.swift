/// A sentence that a noise phrase flags ("Read more on the quote here.", "Stay tuned for next
/// week!") right between two paragraphs of the article is the author's aside: furniture inside an
/// article sits in a box of its own or at the article's edges, not as a sentence between two of its
/// paragraphs. Sign-up, consent, advert, paywall and membership notices are put between paragraphs
/// by design, so those stay out wherever they are.
enum FlaggedSentenceBetweenParagraphs {
    /// Whether a block removed for `reason` is kept when a paragraph of the article comes right
    /// before it and right after it: a sentence (`LinkedSentenceRun.isSentence`: 30 bytes or more,
    /// closed by a full stop of any script), not a notice.
    static func mayBeAside(_ text: String, reason: NoiseReason) -> Bool {
        !notices.contains(reason) && LinkedSentenceRun.isSentence(text)
    }

    /// Notices that interrupt an article's prose on purpose.
    static let notices: Set<NoiseReason> = [.newsletter, .cookie, .advertisement, .paywall, .membership]

    static let evidence = "a sentence a noise phrase flags, right between two paragraphs of the article: the author's aside"
}
