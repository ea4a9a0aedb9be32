/// A line opening with an item number ("1. ", "2) ") that a later line of the body continues with
/// the next number: an item or section head of the article's own numbered run (a listicle's
/// "1. Cross on the flat-bottomed boat"), never the headline over the story, however well its words
/// echo the paragraph under it.
enum NumberedRunItem {
    /// How far down the body the next number may come: a listicle's item holds a paragraph or two.
    static let reach = 40

    /// Line `i` opens with number n and a line within `reach` below it, inside the body, opens with n + 1.
    static func holds(_ i: Int, _ lines: [TextLine], body: Range<Int>) -> Bool {
        guard let number = ListMarker.number(lines[i].text) else { return false }
        let end = min(body.upperBound, i + reach)
        guard i + 1 < end else { return false }
        return (i + 1..<end).contains { ListMarker.number(lines[$0].text) == number + 1 }
    }
}
