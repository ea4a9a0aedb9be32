import Foundation

/// Reads files from disk as articles: size and binary guards, encoding detection, format by
/// extension (or by content for files named explicitly with another extension).
public struct ArticleLoader: Sendable {
    /// Files larger than this are refused.
    public var maxBytes: Int

    public init(maxBytes: Int = 16 * 1_048_576) {
        self.maxBytes = maxBytes
    }

    /// Reads one file the user named. `.txt`/`.text` are text copies, `.html`/`.htm`/`.xhtml`
    /// saved pages; other files are sniffed: HTML if they start like HTML, text if they decode as text.
    public func load(path: String) throws(LoadError) -> Article {
        let bytes = try FileReader.contents(of: path, maxBytes: maxBytes)
        let ext = FileTypeRules.fileExtension(of: path)
        return try article(from: bytes, source: path, format: ext.isEmpty ? nil : FileTypeRules.format(forExtension: ext))
    }

    /// Makes an article of bytes already in memory; `format` nil means decide from the content.
    public func article(from bytes: [UInt8], source: String, format: Article.Format?) throws(LoadError) -> Article {
        guard !bytes.isEmpty else { throw LoadError(path: source, kind: .empty) }
        guard bytes.count <= maxBytes else { throw LoadError(path: source, kind: .tooLarge(limit: maxBytes)) }
        if let what = BinarySniffer.knownFormat(bytes) { throw LoadError(path: source, kind: .binaryFormat(what)) }
        // UTF-16 and UTF-32 are full of zero bytes: the binary guard does not apply to them.
        let isWide = EncodingDetector.byteOrderMark(bytes).map { $0.encoding != .utf8 } ?? false
            || EncodingDetector.utf32WithoutMark(bytes) != nil || EncodingDetector.utf16WithoutMark(bytes) != nil
        if !isWide, BinarySniffer.looksBinary(bytes) { throw LoadError(path: source, kind: .binary) }
        let format = format ?? (FileTypeRules.looksLikeHTML(bytes) ? .html : .text)
        let decoded = TextDecoder.decode(bytes, honouringHTMLCharset: format == .html)
        guard decoded.text.contains(where: { !$0.isWhitespace }) else { throw LoadError(path: source, kind: .blank) }
        return Article(source: source, format: format, text: decoded.text,
                       leadingBytes: decoded.leadingBytes, isVerbatimUTF8: decoded.isVerbatimUTF8)
    }

    /// Reads files and the article files inside directories (recursively, sorted by path);
    /// a file that cannot be read becomes a failure and does not stop the others.
    public func loadAll(_ paths: [String]) -> (articles: [Article], failures: [LoadError]) {
        let report = loadReport(paths)
        return (report.articles, report.failures)
    }

    /// Like `loadAll`, also listing the files skipped inside directories.
    public func loadReport(_ paths: [String]) -> LoadReport {
        var report = LoadReport()
        for path in paths {
            do {
                report.articles.append(try load(path: path))
            } catch where error.kind == .directory {
                // Found by the one open + fstat that reading a file needs anyway: no separate stat.
                let listing = DirectoryWalker().walk(path, accepts: ArticleLoader.isArticleName)
                report.failures += listing.failures
                report.skipped += listing.skipped
                for file in listing.files {
                    do { report.articles.append(try load(path: file)) } catch { report.failures.append(error) }
                }
            } catch {
                report.failures.append(error)
            }
        }
        return report
    }

    /// Inside directories only names with a page extension (or none) are read.
    static func isArticleName(_ name: String) -> Bool {
        let ext = FileTypeRules.fileExtension(of: name)
        return ext.isEmpty || FileTypeRules.format(forExtension: ext) != nil
    }
}
