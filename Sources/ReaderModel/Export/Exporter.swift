/// Renders a `Document` in an export format and writes exports to disk.
public enum Exporter {
    /// The whole export as a string, ending with a newline (JSON: one line).
    public static func render(_ document: Document, as format: ExportFormat) -> String {
        switch format {
        case .markdown: return MarkdownExporter.render(document)
        case .text: return TextExporter.render(document)
        case .json: return JSONExporter.render(document) + "\n"
        case .html: return HTMLExporter.render(document)
        }
    }

    /// Writes the export to `path` atomically; an existing file is replaced only with `force`.
    public static func write(_ document: Document, as format: ExportFormat, to path: String, force: Bool = false) throws(WriteError) {
        try AtomicWriter.write(Array(render(document, as: format).utf8), to: path, force: force)
    }

    /// Writes the export into `directory` under a fresh name made from the title
    /// ("title-slug.md", "title-slug-2.md", ...); never replaces a file. Returns the path written.
    @discardableResult
    public static func writeFresh(_ document: Document, as format: ExportFormat, in directory: String) throws(WriteError) -> String {
        let bytes = Array(render(document, as: format).utf8)
        let base = ExportFileName.slug(document.title ?? "")
        return try AtomicWriter.writeFresh(bytes, in: directory) { ExportFileName.candidate(base: base, number: $0, format: format) }
    }
}
