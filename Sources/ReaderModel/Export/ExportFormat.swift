/// The formats a cleaned article can be exported to.
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
    case markdown, text, json, html

    /// The file extension for this format.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .text: return "txt"
        case .json: return "json"
        case .html: return "html"
        }
    }
}
