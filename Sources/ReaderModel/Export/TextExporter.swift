/// Plain text: the title underlined, metadata lines, then standfirst, paragraphs and captions
/// separated by blank lines (not re-wrapped, so the reader's own wrapping applies).
public enum TextExporter {
    public static func render(_ document: Document) -> String {
        var blocks: [String] = []
        if let title = document.title.map(ExportText.oneLine), !title.isEmpty {
            blocks.append(title + "\n" + String(repeating: "=", count: max(3, ExportText.displayWidth(title))))
        }
        let metadata: [(String, String?)] = [
            ("By", document.byline), ("Published", document.published),
            ("Publisher", document.publisher), ("Source", PrintableText.escaped(document.source)),
        ]
        let lines = metadata.compactMap { label, value in value.map { "\(label): \(ExportText.oneLine($0))" } }
        if !lines.isEmpty { blocks.append(lines.joined(separator: "\n")) }
        if let standfirst = document.standfirst, !standfirst.isEmpty { blocks.append(standfirst) }
        blocks += document.paragraphs
        if !document.captions.isEmpty {
            blocks.append("Captions:\n" + document.captions.map { "- " + ExportText.oneLine($0) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
