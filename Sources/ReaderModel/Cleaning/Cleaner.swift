/// Turns a saved page into a clean `Document` (plain-text copies and HTML alike).
public struct Cleaner: Sendable {
    public init() {}

    /// Cleans one article; `site` adds evidence from other pages of the same site loaded with it.
    /// `explains` false may leave `Document.blocks` (the `--explain` evidence) empty, which saves
    /// building a string per line where nobody reads them (the library index).
    /// Every text of the result is free of control characters (`ControlCharacterStripper`).
    public func clean(_ article: Article, site: SiteContext? = nil, explains: Bool = true) -> Document {
        let document: Document
        switch article.format {
        case .text:
            document = PlainTextCleaner().clean(article, site: site, explains: explains)
            // Everything a text copy's document holds comes from its bytes: when they have no
            // control character (one scan), neither has the document, and the pass is skipped.
            guard ControlCharacterStripper.needsStripping(article.text) else { return document }
        case .html:
            // libxml2 drops a raw ESC but keeps its parameters ("[2J") and stops at a NUL: such
            // pages are stripped first. Found with memchr, so an ordinary page costs next to nothing.
            var article = article
            if ControlCharacterStripper.containsEscapeOrNUL(article.text) { article.text = ControlCharacterStripper.strip(article.text) }
            // What remains of C1 came from references like &#151;, which HTML reads as Windows-1252.
            return HTMLCleaner().clean(article, site: site, explains: explains).strippingControlCharacters(c1AsWindows1252: true)
        }
        // Control characters are never article text; stripped here, every consumer is safe.
        return document.strippingControlCharacters()
    }
}
