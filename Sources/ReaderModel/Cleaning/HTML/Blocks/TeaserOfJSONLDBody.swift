/// A paywalled or script-filled page whose DOM holds only the story's opening (a teaser) while its
/// JSON-LD `articleBody` holds all of it: the structured copy is the article when it is more than
/// twice as long and holds the DOM's first prose paragraph word for word, so it is the same story
/// and not a summary of another one.
enum TeaserOfJSONLDBody {
    static let evidence = "JSON-LD articleBody: the page's text is its opening (teaser), word for word"

    /// A paragraph this long (in bytes) is prose enough to identify the story.
    static let minimumParagraphBytes = 80

    /// True when `body` (the JSON-LD articleBody) continues the kept `paragraphs`.
    static func continues(_ paragraphs: [String], in body: String) -> Bool {
        guard let opening = paragraphs.first(where: { $0.utf8.count >= minimumParagraphBytes }) else { return false }
        return WhitespaceNormalizer.normalize(body).contains(opening)
    }
}
