import Foundation

/// Reads files from disk as articles: size and binary guards, encoding detection, format by
/// extension (or by content for files named explicitly with another extension), and the page
/// inside a saved-page container.
public struct ArticleLoader: Sendable {
    /// Files larger than this are refused.
    public var maxBytes: Int

    public init(maxBytes: Int = 16 * 1_048_576) {
        self.maxBytes = maxBytes
    }

    /// Reads one file the user named. `.txt`/`.text` are text copies, `.html`/`.htm`/`.xhtml`
    /// saved pages, `.mhtml`/`.mht`/`.webarchive`/`.html.gz` containers of one; other files are
    /// sniffed: a container by its signature, HTML if they start like HTML, text if they decode as text.
    public func load(path: String) throws(LoadError) -> Article {
        let bytes = try FileReader.contents(of: path, maxBytes: maxBytes)
        let ext = FileTypeRules.fileExtension(of: path)
        return try article(from: bytes, source: path, format: ext.isEmpty ? nil : FileTypeRules.format(forExtension: ext))
    }

    /// Makes an article of bytes already in memory; `format` nil means decide from the content.
    /// A saved-page container (MHTML, web archive, gzip; by `source`'s extension or by signature)
    /// is opened and the page inside read, with the URL it records.
    public func article(from bytes: [UInt8], source: String, format: Article.Format?) throws(LoadError) -> Article {
        guard !bytes.isEmpty else { throw LoadError(path: source, kind: .empty) }
        guard bytes.count <= maxBytes else { throw LoadError(path: source, kind: .tooLarge(limit: maxBytes)) }
        // A format given by the caller wins over the name (`lede add` saves an archive's page under the
        // archive's name). Two- and eight-byte signature checks: pages that are no container pay nothing more.
        let named = format == nil ? SavedPageContainer.named(source) : nil
        if let container = named ?? SavedPageContainer.detect(bytes, extension: "", sniffingText: format == nil) {
            return try contained(in: container, bytes: bytes, source: source, format: format)
        }
        return try plainArticle(from: bytes, source: source, format: format)
    }

    private func plainArticle(from bytes: [UInt8], source: String, format: Article.Format?) throws(LoadError) -> Article {
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

    /// The page inside a container. One level only: a container inside another is refused, so a
    /// crafted file cannot nest archives to multiply work. The text is never the file's bytes
    /// (`isVerbatimUTF8` false), so nothing maps offsets back into the container.
    private func contained(in container: SavedPageContainer, bytes: [UInt8], source: String, format: Article.Format?) throws(LoadError) -> Article {
        func problem(_ reason: String) -> LoadError { LoadError(path: source, kind: .badArchive(container, reason: reason)) }
        let page: ContainedPage
        do { page = try container.open(bytes, maxBytes: maxBytes) } catch { throw problem(error.reason) }
        // MHTML and web archives say what their page is; a gzip file's name does (page.html.gz), or the
        // format asked for when a gzip file is named as a page.
        let named = FileTypeRules.fileExtension(of: source) == "gz"
        let innerFormat = page.format ?? (named ? FileTypeRules.format(insideGzipNamed: source) : format)
        let innerExtension = named ? FileTypeRules.fileExtension(of: String(source.dropLast(3))) : ""
        if let inner = SavedPageContainer.detect(page.bytes, extension: innerExtension, sniffingText: true) {
            throw problem("it holds another \(inner.rawValue), which lede does not open")
        }
        guard !page.bytes.isEmpty else { throw problem("the page inside is empty") }
        if let what = BinarySniffer.knownFormat(page.bytes) { throw problem("it holds \(what), not a page") }
        let encoding: TextEncoding?
        if let label = page.charset {
            guard let known = TextEncoding(label: label) else { throw problem("unknown charset \"\(label)\"") }
            encoding = known
        } else {
            encoding = nil
        }
        let isWide = encoding.map { $0.rawValue.hasPrefix("UTF-16") || $0.rawValue.hasPrefix("UTF-32") } ?? false
            || EncodingDetector.byteOrderMark(page.bytes).map { $0.encoding != .utf8 } ?? false
            || EncodingDetector.utf32WithoutMark(page.bytes) != nil || EncodingDetector.utf16WithoutMark(page.bytes) != nil
        if !isWide, BinarySniffer.looksBinary(page.bytes) { throw problem("it holds a binary file, not a page") }
        let format = innerFormat ?? (FileTypeRules.looksLikeHTML(page.bytes) ? .html : .text)
        let decoded = encoding.map { TextDecoder.decode(page.bytes, declared: $0) }
            ?? TextDecoder.decode(page.bytes, honouringHTMLCharset: format == .html)
        guard decoded.text.contains(where: { !$0.isWhitespace }) else { throw problem("the page inside is only whitespace") }
        return Article(source: source, format: format, text: decoded.text, leadingBytes: 0, isVerbatimUTF8: false, pageURL: page.url)
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

    /// Inside directories only names with a page extension (or none), and saved-page containers, are read.
    static func isArticleName(_ name: String) -> Bool {
        let ext = FileTypeRules.fileExtension(of: name)
        return ext.isEmpty || FileTypeRules.format(forExtension: ext) != nil || FileTypeRules.isContainerName(name)
    }
}
