/// A bound the cleaner applied to a page it could not read whole, so the document says so
/// (`lede clean` on stderr, `--explain`) instead of silently giving less.
public enum ReadingLimit: Sendable, Hashable, Codable {
    /// Elements nested deeper than `depth`: below it the text was kept, its structure flattened
    /// (`places` subtrees), so headings, lists and tables down there read as plain paragraphs.
    case flattened(depth: Int, places: Int)
    /// Elements with more than `limit` attributes: the rest of their attributes were dropped before parsing.
    case attributesCut(limit: Int)

    /// One line for the user.
    public var description: String {
        switch self {
        case let .flattened(depth, places):
            return "nested deeper than \(depth) elements in \(places) place(s): the text there was kept, its structure flattened"
        case let .attributesCut(limit):
            return "an element has more than \(limit) attributes: the ones past \(limit) were dropped"
        }
    }
}
