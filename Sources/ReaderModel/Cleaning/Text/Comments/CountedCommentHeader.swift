/// A comments header that counts its comments ("1 Comment", "2 Responses", "Comments (2)") says
/// how many comment headers to expect below it: a post with one or two comments has only one or
/// two dated headers under it, never the three a thread of unknown size must show.
enum CountedCommentHeader {
    /// `--explain` evidence when the guard cuts at such a header.
    static let evidence = "the article ends at a comments header whose count its dated comments below match"
    /// Counts up to this many are taken at their word; a larger count asks for the usual thread.
    static let largestCount = 2

    /// The dated comment headers a counted header needs below it: its count when small, nil when
    /// the header holds no count (or a larger one, which the general rule covers).
    @inline(__always)
    static func datedHeadersNeeded(_ header: TextLine) -> Int? {
        var count: Int?
        for word in header.words where !word.isEmpty && word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            // Two numbers ("1 of 2 comments") say nothing clear.
            guard count == nil, word.utf8.count <= 2, let value = Int(word) else { return nil }
            count = value
        }
        guard let count, (1...largestCount).contains(count) else { return nil }
        return count
    }
}
