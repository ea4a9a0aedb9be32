/// A comments header that counts its comments ("1 Comment", "3 Responses", "Comments (6)") says a
/// thread follows, so less of the thread's shape must show below it than under an uncounted one:
/// one dated comment header for a count of one or two (the run scored as the body often ends
/// before the second comment's date), two for larger counts; or a "Name said:" line right under it.
enum CountedCommentHeader {
    /// `--explain` evidence when the guard cuts at such a header.
    static let evidence = "the article ends at a comments header that counts its comments, with a dated or \"said:\" comment header below"
    /// Counts up to this many need a single dated comment header below.
    static let smallCount = 2
    /// How far below the header a "Name said:" line must come.
    static let maxSaysLead = 3

    /// The dated comment headers a counted header needs below it; nil when the header holds no
    /// count (or two numbers, "1 of 2 comments", which say nothing clear).
    @inline(__always)
    static func datedHeadersNeeded(_ header: TextLine) -> Int? {
        var count: Int?
        for word in header.words where !word.isEmpty && word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            guard count == nil, word.utf8.count <= 5, let value = Int(word) else { return nil }
            count = value
        }
        guard let count, count >= 1 else { return nil }
        return count <= smallCount ? 1 : 2
    }

    /// A counted header with a "Name said:" / "Name said..." line just below it: the first comment.
    static func hasSaysLineBelow(_ header: Int, _ lines: [TextLine], within range: Range<Int>) -> Bool {
        guard datedHeadersNeeded(lines[header]) != nil else { return false }
        for k in (header + 1)..<min(range.upperBound, header + 1 + maxSaysLead) where isSaysLine(lines[k]) { return true }
        return false
    }

    /// "Name says:", "Anonymous said...": a few words ending in a says word and a colon or an ellipsis.
    @inline(__always)
    private static func isSaysLine(_ line: TextLine) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= 6, line.lastWord.isSaysWord else { return false }
        let text = line.text
        return text.hasSuffix(":") || text.hasSuffix("...") || text.hasSuffix("…")
    }
}
