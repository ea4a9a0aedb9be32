/// Turns a saved page into a clean `Document` (plain-text copies and HTML alike).
public struct Cleaner: Sendable {
    public init() {}

    /// Cleans one article; `site` adds evidence from other pages loaded with it.
    public func clean(_ article: Article, site: SiteContext? = nil) -> Document {
        // Placeholder until the classifier lands: every non-blank line is a paragraph.
        let lines = article.text.split(whereSeparator: \.isNewline).map { String($0) }
        var doc = Document(source: article.source, title: lines.first)
        doc.paragraphs = Array(lines.dropFirst())
        doc.blocks = lines.map { ExplainedBlock(text: $0, role: .body) }
        return doc
    }
}
