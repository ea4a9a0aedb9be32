/// Renders a `Document` in an export format.
public enum Exporter {
    /// The whole export as a string (placeholder until the exporters land).
    public static func render(_ document: Document, as format: ExportFormat) -> String {
        ([document.title ?? ""] + document.paragraphs).joined(separator: "\n\n") + "\n"
    }
}
