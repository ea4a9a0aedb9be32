/// A saved page as read from disk: decoded text plus what kind of copy it is.
public struct Article: Sendable, Hashable {
    /// How the page was saved.
    public enum Format: String, Sendable, Codable, Hashable {
        /// A select-all text copy of a page (`.txt`, `.text`, no extension).
        case text
        /// A saved web page (`.html`, `.htm`).
        case html
    }

    /// The path as the user gave it.
    public var source: String
    public var format: Format
    /// The decoded content of the file.
    public var text: String
    /// Bytes in the file before `text` starts (a byte-order mark), so UTF-8 offsets
    /// into `text` can be mapped back to offsets into the file.
    public var leadingBytes: Int
    /// True when `text` is byte-for-byte the file's UTF-8 after `leadingBytes`
    /// (false after transcoding from UTF-16 or Windows-1252 or repairing bad bytes).
    public var isVerbatimUTF8: Bool
    /// The URL the page was saved from, when its file records one (an MHTML or web archive).
    public var pageURL: String?

    public init(source: String, format: Format, text: String, leadingBytes: Int = 0, isVerbatimUTF8: Bool = true, pageURL: String? = nil) {
        self.source = source
        self.pageURL = pageURL
        self.format = format
        self.text = text
        self.leadingBytes = leadingBytes
        self.isVerbatimUTF8 = isVerbatimUTF8
    }
}
