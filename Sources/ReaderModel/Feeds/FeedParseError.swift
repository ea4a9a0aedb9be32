/// Why a document could not be read as a feed; `description` is one line for the per-feed report.
public enum FeedParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Well-formed, but neither RSS, RDF, Atom nor JSON Feed.
    case notAFeed(String)
    /// Not well-formed XML or JSON: the parser's message.
    case malformed(String)
    /// The document declares entities (a DTD internal subset): refused, as XXE and entity-expansion
    /// bombs need them and real feeds do not.
    case declaresEntities

    public var description: String {
        switch self {
        case .notAFeed(let what): return "not a feed (\(what))"
        case .malformed(let why): return "malformed feed: \(why)"
        case .declaresEntities: return "feed declares XML entities (possible XXE or entity bomb); refused"
        }
    }
}
