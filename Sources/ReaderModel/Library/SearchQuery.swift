/// The words of a search as a bounded FTS5 query: each word quoted (so `-`, `:` or `AND` are
/// just text), all required, duplicates dropped. Only the first `maxTerms` distinct words and
/// `maxTermLength` characters of each count: a pasted paragraph or a word repeated thousands of
/// times ran for minutes and took 660 MB, and more words than that narrow nothing in practice.
public struct SearchQuery: Sendable, Equatable {
    public static let maxTerms = 16
    public static let maxTermLength = 64
    /// Characters of the input looked at, so splitting a huge paste costs nothing either.
    public static let maxInputLength = 2_000

    /// The distinct words, in the order given.
    public let terms: [String]

    /// Nil when `text` has no letter or digit (an empty query, `*`, punctuation).
    public init?(_ text: String) {
        var terms: [String] = []
        var seen = Set<String>()
        let isWordCharacter = { (c: Character) in c.isLetter || c.isNumber }
        var words = text.prefix(Self.maxInputLength).split(whereSeparator: { !isWordCharacter($0) })
        // A word cut by the input limit is left out rather than searched as a fragment.
        if let next = text.dropFirst(Self.maxInputLength).first, isWordCharacter(next), words.count > 1 { words.removeLast() }
        for word in words {
            let term = String(word.prefix(Self.maxTermLength))
            guard seen.insert(term.lowercased()).inserted else { continue }
            terms.append(term)
            if terms.count == Self.maxTerms { break }
        }
        guard !terms.isEmpty else { return nil }
        self.terms = terms
    }

    /// The FTS5 MATCH expression; `prefixLast` makes the last word a prefix (search-as-you-type).
    public func fts(prefixLast: Bool) -> String {
        var quoted = terms.map { "\"\($0)\"" }
        if prefixLast { quoted[quoted.count - 1] += "*" }
        return quoted.joined(separator: " ")
    }
}
