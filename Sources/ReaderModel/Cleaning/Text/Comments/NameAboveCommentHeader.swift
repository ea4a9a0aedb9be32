/// Some comment themes put the author's name on its own line right above the comment's date
/// ("Name" then "March 3rd, 2025 at 2:04 pm"): that bare name names the comment's author as a name
/// opening the header would. Only names that vary down the run count, since a blog's front page
/// repeats its one author over each post's date.
enum NameAboveCommentHeader {
    /// `--explain` evidence of a thread accepted on names above the dates.
    static let evidence = "dated headers under different authors' names"
    /// Longest author name, in words.
    static let maxNameWords = 3
    /// Different names a run needs at least.
    static let minimumDistinct = 3

    /// Headers of `run` with an author's name right above them, when the names vary (else 0).
    static func namedCount(_ lines: [TextLine], _ run: ArraySlice<Int>) -> Int {
        variedCount(run.filter { isNameAbove($0, lines) }.map { lines[$0 - 1].text })
    }

    /// How many `names` a run's headers carry when they vary as comments' authors do (at least
    /// `minimumDistinct` different, three in four distinct), else 0; shared with `NameBelowCommentHeader`.
    static func variedCount(_ names: [Substring]) -> Int {
        let distinct = Set(names).count
        return distinct >= minimumDistinct && distinct * 4 >= names.count * 3 ? names.count : 0
    }

    /// The line right above header `h` is a bare name: one to three words without function words
    /// or digits, opening with a letter or "@", ending no sentence and no label (":").
    static func isNameAbove(_ h: Int, _ lines: [TextLine]) -> Bool {
        h > 0 && isBareName(lines[h - 1])
    }

    /// One to three words without function words or digits, opening with a letter or "@", ending
    /// no sentence and no label (":"): how an author's name stands on a line of its own.
    static func isBareName(_ line: TextLine) -> Bool {
        guard line.wordCount >= 1, line.wordCount <= maxNameWords, line.stopwordCount == 0, !line.endsSentence,
              let first = line.text.unicodeScalars.first, first.properties.isAlphabetic || first == "@",
              line.text.utf8.last != 58, !line.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        return true
    }
}
