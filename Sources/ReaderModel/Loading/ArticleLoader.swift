import Foundation

/// Reads files from disk as articles: size and binary guards, encoding detection.
public struct ArticleLoader: Sendable {
    /// Files larger than this are refused.
    public var maxBytes: Int

    public init(maxBytes: Int = 16 * 1_048_576) {
        self.maxBytes = maxBytes
    }

    /// Reads one file (placeholder: UTF-8 only, until encoding detection lands).
    public func load(path: String) throws(LoadError) -> Article {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(path: path, kind: .unreadable("no such file"))
        }
        guard !data.isEmpty else { throw LoadError(path: path, kind: .empty) }
        let lower = path.lowercased()
        let format: Article.Format = lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? .html : .text
        return Article(source: path, format: format, text: String(decoding: data, as: UTF8.self))
    }
}
