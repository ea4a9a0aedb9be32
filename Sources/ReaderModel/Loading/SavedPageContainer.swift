/// A single-file container a page can be saved in, which lede opens to read the page inside:
/// MHTML (Chrome, Edge), Safari's web archive, or gzip.
public enum SavedPageContainer: String, Sendable, CaseIterable {
    case mhtml = "MHTML archive"
    case webArchive = "web archive"
    case gzip = "gzip file"

    /// Extensions that name a container (`.gz` only counts after a page extension: see `FileTypeRules`).
    public static let extensions: [String: SavedPageContainer] = ["mhtml": .mhtml, "mht": .mhtml, "webarchive": .webArchive, "gz": .gzip]

    /// The container the extension names, else the one the bytes start like. MHTML (plain MIME
    /// headers) is recognised by content only when `sniffingText` (the name says nothing);
    /// gzip and binary property lists never read as pages, so their signatures always count.
    static func detect(_ bytes: [UInt8], extension ext: String, sniffingText: Bool) -> SavedPageContainer? {
        if !ext.isEmpty, let named = extensions[ext] { return named }
        if GzipStream.looksLikeGzip(bytes) { return .gzip }
        if WebArchive.looksLikeWebArchive(bytes) { return .webArchive }
        if sniffingText, MHTMLArchive.looksLikeMHTML(bytes) { return .mhtml }
        return nil
    }

    /// The container a path's extension names, read from its last bytes (no split of the path:
    /// every page loaded asks this).
    static func named(_ path: String) -> SavedPageContainer? {
        var ext: [UInt8] = []
        for byte in path.utf8.reversed() {
            if byte == UInt8(ascii: ".") { break }
            guard ext.count < 10, byte != UInt8(ascii: "/") else { return nil }
            ext.append(byte | 0x20)  // lower-cases letters; other bytes of a real extension never match after it
        }
        guard ext.count >= 2, ext.count < path.utf8.count else { return nil }
        return extensions[String(decoding: ext.reversed(), as: UTF8.self)]
    }

    /// Opens the container: the page's bytes (still in their own encoding) and what it says of them.
    func open(_ bytes: [UInt8], maxBytes: Int) throws(ArchiveProblem) -> ContainedPage {
        switch self {
        case .mhtml:
            guard MHTMLArchive.looksLikeMHTML(bytes) else { throw ArchiveProblem("no MIME header: not an MHTML archive") }
            let archive = try MHTMLArchive(bytes)
            return ContainedPage(bytes: archive.page, format: Self.format(ofMediaType: archive.mediaType), charset: archive.charset, url: archive.url)
        case .webArchive:
            let archive = try WebArchive(bytes)
            return ContainedPage(bytes: archive.page, format: Self.format(ofMediaType: archive.mediaType), charset: archive.charset, url: archive.url)
        case .gzip:
            guard GzipStream.looksLikeGzip(bytes) else { throw ArchiveProblem("no gzip signature: not a gzip file") }
            return ContainedPage(bytes: try GzipStream.inflate(bytes, limit: maxBytes), format: nil, charset: nil, url: nil)
        }
    }

    private static func format(ofMediaType media: String) -> Article.Format {
        media == "text/plain" ? .text : .html
    }
}

/// The page found inside a container.
struct ContainedPage: Sendable {
    var bytes: [UInt8]
    /// What the container says the page is; nil when it does not say (gzip).
    var format: Article.Format?
    /// The charset label the container gives, if any.
    var charset: String?
    /// The URL the page was saved from, if the container records it.
    var url: String?
}
