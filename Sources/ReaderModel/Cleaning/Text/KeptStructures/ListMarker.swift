/// The marks a list is written with, read without allocating: the colon that closes its lead-in
/// ("you will need:") and the number that opens an item ("1.", "2)").
enum ListMarker {
    /// `:` or the full-width `：` closes the line.
    @inline(__always)
    static func endsWithColon(_ text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == ":" || last == "："
    }

    /// The item number that opens the line: one to three digits, then `.` or `)` and a space (or a no-break space).
    @inline(__always)
    static func number(_ text: Substring) -> Int? {
        var value = 0
        var digits = 0
        var closed = false
        for byte in text.utf8 {
            // A space, a tab or the first byte of a no-break space (C2 A0).
            if closed { return byte == 32 || byte == 9 || byte == 0xC2 ? value : nil }
            switch byte {
            case 48...57 where digits < 3:
                value = value * 10 + Int(byte - 48)
                digits += 1
            case 46 where digits > 0, 41 where digits > 0: closed = true
            default: return nil
            }
        }
        return nil
    }

    /// A bullet opens the line ("• ", "- ", "* ", or the "+ " of a change log), then a space.
    @inline(__always)
    static func opensWithBullet(_ line: TextLine) -> Bool {
        if line.isBullet { return true }
        let bytes = line.text.utf8
        guard let first = bytes.first, first == UInt8(ascii: "+") else { return false }
        let second = bytes.dropFirst().first
        return second == 32 || second == 9
    }
}
