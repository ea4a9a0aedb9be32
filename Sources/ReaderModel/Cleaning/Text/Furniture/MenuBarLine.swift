/// A line of menu entries set apart by bars: "Login | Create an Account", "Jobs | Homes | Contact
/// Us". On a page where no line reads as prose such a bar scores as clean words, yet every part of
/// it is a label of a few words and the bars say it is a row of links.
enum MenuBarLine {
    static let evidence = "menu bar: short entries between '|' on a page without prose"
    /// Words an entry may have; a longer part is a clause of a sentence that uses a bar.
    static let maximumEntryWords = 4

    /// Two or more non-empty parts between "|", each of at most `maximumEntryWords` words.
    static func isMenuBar(_ line: TextLine) -> Bool {
        guard line.text.utf8.contains(124) else { return false }
        let parts = line.text.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        for part in parts {
            let words = part.split(whereSeparator: { $0.isWhitespace }).count
            guard words >= 1, words <= maximumEntryWords else { return false }
        }
        return true
    }
}
