/// A comment header that trails off instead of closing with a colon: "At 3/14/2006 9:12 PM,
/// Name said...", "Name a dit…", the layout an old blogging platform gives every comment in every
/// language. The header carries the comment's date and time itself, so it counts as a dated unit of
/// the thread as a timed header would.
enum SaysEllipsisHeader {
    /// The text ends in "..." or "…" (the says word before it is checked by the caller).
    static func endsInEllipsis(_ text: Substring) -> Bool {
        text.hasSuffix("...") || text.hasSuffix("…")
    }

    /// A "says" header that holds a clock time: the comment's own date line.
    static func isTimed(_ mark: CommentThreadDetector.Mark, _ line: TextLine) -> Bool {
        mark == .saysHeader && CommentThreadDetector.hasClock(line.text)
    }
}
