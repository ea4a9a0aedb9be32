/// Greek writes its question mark as ";" (U+037E, which normalises to the ASCII semicolon): a
/// line of Greek ending "…τα επόμενα χρόνια;" closes a question, as "?" does elsewhere.
enum GreekQuestionMark {
    /// The line ends in ";" right after a Greek letter (UTF-8 lead byte `CD`-`CF`); asked only of
    /// lines whose last byte is ";".
    @inline(__always)
    static func closes(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 3 else { return false }
        let lead = utf8[utf8.index(utf8.endIndex, offsetBy: -3)]
        let trail = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        return lead >= 0xCD && lead <= 0xCF && trail & 0xC0 == 0x80
    }
}
