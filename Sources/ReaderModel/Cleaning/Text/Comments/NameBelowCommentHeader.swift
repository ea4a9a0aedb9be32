/// Other comment themes put the author's name on its own line right under the comment's date
/// ("11.05.12 at 2:53 pm" then "Name", or a date closing one comment's text with the next author's
/// name glued under it): the bare name names the author as a name above the date would. Only names
/// that vary down the run count, since a blog's front page repeats its one author under each date.
enum NameBelowCommentHeader {
    /// `--explain` evidence of a thread accepted on names under the dates.
    static let evidence = "dated headers over different authors' names"
    /// Headers of `run` with an author's name right under them, when the names vary (else 0).
    static func namedCount(_ lines: [TextLine], _ run: ArraySlice<Int>) -> Int {
        NameAboveCommentHeader.variedCount(run.filter { isNameBelow($0, lines) }.map { lines[$0 + 1].text })
    }

    /// The line right under header `h`, with no blank line between, is a bare name.
    static func isNameBelow(_ h: Int, _ lines: [TextLine]) -> Bool {
        h + 1 < lines.count && !lines[h + 1].blankBefore && NameAboveCommentHeader.isBareName(lines[h + 1])
    }
}
