/// Some themes show each comment as just its author's name over its text, with no date or reply
/// line. Under a header that counts them ("167 comments", "Comments (14)"), several short name
/// lines that each stand over prose are that thread, so the article ends at the header.
enum UndatedCommentRun {
    /// `--explain` evidence when the guard cuts at such a header.
    static let evidence = "the article ends at a counted comments header over name lines"
    /// Name lines the run below the header must hold.
    static let minimumNames = 3
    /// Longest author name, in words.
    static let maxNameWords = 3
    /// How far below the header the first name must come.
    static let maxLead = 4

    /// The header counts its comments, and name-over-prose lines follow it.
    static func follows(_ header: Int, _ lines: [TextLine], within range: Range<Int>) -> Bool {
        guard lines[header].text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        var names = 0
        var first: Int?
        var k = header + 1
        while k + 1 < range.upperBound {
            if isName(lines[k]), lines[k + 1].wordCount >= 8 {
                names += 1
                if first == nil { first = k }
                if names >= minimumNames { break }
            }
            k += 1
        }
        guard let first, first - header <= maxLead else { return false }
        return names >= minimumNames
    }

    /// A short line that ends no sentence and holds no digit: an author's name or handle.
    private static func isName(_ line: TextLine) -> Bool {
        guard line.wordCount >= 1, line.wordCount <= maxNameWords, !line.endsSentence, let last = line.text.utf8.last,
              last != 58, !line.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        return true
    }
}
