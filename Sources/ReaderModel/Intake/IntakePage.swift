/// A page or text to save into the library, with the URLs it is known by.
public struct IntakePage: Sendable {
    /// The content: for HTML, UTF-8 (a fetched page is transcoded first, so the saved file reads the same).
    public var bytes: [UInt8]
    public var format: Article.Format
    /// URLs it was reached by (requested, after redirects, the feed's link); the page's own
    /// `<link rel="canonical">` is added when saving.
    public var urls: [String]
    /// Where it came from, for messages: a URL, a file path or "standard input".
    public var origin: String
    /// The feed that brought it, if any.
    public var feedID: Int64?

    public init(bytes: [UInt8], format: Article.Format, urls: [String] = [], origin: String, feedID: Int64? = nil) {
        self.bytes = bytes
        self.format = format
        self.urls = urls
        self.origin = origin
        self.feedID = feedID
    }
}

/// What became of a page given to `LibraryIntake`.
public enum IntakeOutcome: Sendable, Equatable {
    /// Saved at `path` (absolute) with this cleaned title.
    case saved(path: String, title: String?)
    /// Already in the library (same canonical URL) at `path`.
    case duplicate(path: String)
}
