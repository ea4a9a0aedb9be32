/// A dated line that closes on its time zone in brackets ("Thứ ba, 8/4/2025, 07:15 (GMT+7)",
/// "14:20 (UTC)") ends like a caption's bracketed credit ("(Jane Doe)"), but the bracket names a
/// clock's offset, not a photographer: such a line is no caption. Read only once a line was found
/// to close on a bracketed capitalised word.
enum BracketedTimeZone {
    /// The bracket at the end of `text` holds "GMT" or "UTC", alone or with an offset ("+7", "-03:00").
    static func closes(_ text: Substring) -> Bool {
        guard text.last == ")", let open = text.lastIndex(of: "(") else { return false }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].utf8
        guard inside.count >= 3, inside.count <= 10 else { return false }
        let zone = Array(inside.prefix(3))
        guard zone == Array("GMT".utf8) || zone == Array("UTC".utf8) else { return false }
        let offset = inside.dropFirst(3)
        guard let sign = offset.first else { return true }
        return (sign == 0x2B || sign == 0x2D) && offset.dropFirst().allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x3A }
            && offset.count >= 2
    }
}
