/// A footer-like line ("Share") that the page sets after every entry of a live blog or a run of
/// posts: it parts the entries. When the same line closes the last paragraph too, that paragraph
/// is the last entry, not the footer's own text under it.
enum EntrySeparatorLine {
    /// How many lines after the paragraph may hold the repeated line.
    static let reach = 3

    /// The line at `footer` recurs within `reach` lines after the paragraph at `last`.
    static func closesParagraph(footer: Int, last: Int, _ lines: [TextLine]) -> Bool {
        let text = lines[footer].text
        let end = min(lines.count, last + 1 + reach)
        guard last + 1 < end else { return false }
        // Cheap first: byte length, then the text.
        return (last + 1..<end).contains { lines[$0].text.utf8.count == text.utf8.count && lines[$0].text == text }
    }
}
