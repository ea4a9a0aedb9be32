/// A sentence a noise phrase flags right after the article's last paragraph, with no paragraph of
/// the article after it ("Watch the full interview below.", "Read more about the strike in our
/// archive."): the author's sign-off, which points to a player, a source or a column in a sentence.
/// Furniture closing an article is a label ("Share", "Related stories:"), a list of links, or a
/// notice of sign-up, consent, adverts, paywall or membership, and none of those is kept; a closer
/// the article goes on after is judged as an aside between paragraphs (`FlaggedSentenceBetweenParagraphs`),
/// whose shape and reasons (`mayBeAside`) a closing sentence must have too.
enum ClosingFlaggedSentence {
    static let evidence = "a sentence a noise phrase flags, right after the article's last paragraph with none after it: the author's sign-off"
}
