/// Cleans select-all text copies of web pages, which have no DOM: lines are judged by their shape.
struct PlainTextCleaner: Sendable {
    func clean(_ article: Article, site: SiteContext?) -> Document {
        // Placeholder until the classifier lands: every non-blank line is a paragraph.
        let lines = article.text.split(whereSeparator: \.isNewline).map { String($0) }
        var doc = Document(source: article.source, title: lines.first)
        doc.paragraphs = Array(lines.dropFirst())
        doc.blocks = lines.map { ExplainedBlock(text: $0, role: .body) }
        return doc
    }
}
