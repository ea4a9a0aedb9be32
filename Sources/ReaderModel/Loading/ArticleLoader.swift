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

    /// Reads files and the article files inside directories (recursively, sorted by path);
    /// a file that cannot be read becomes a failure and does not stop the others.
    public func loadAll(_ paths: [String]) -> (articles: [Article], failures: [LoadError]) {
        var articles: [Article] = []
        var failures: [LoadError] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let files = (FileManager.default.subpaths(atPath: path) ?? [])
                    .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                    .map { (path as NSString).appendingPathComponent($0) }
                    .filter { var d: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue }
                    .sorted()
                for file in files {
                    do { articles.append(try load(path: file)) } catch { failures.append(error) }
                }
            } else {
                do { articles.append(try load(path: path)) } catch { failures.append(error) }
            }
        }
        return (articles, failures)
    }
}
