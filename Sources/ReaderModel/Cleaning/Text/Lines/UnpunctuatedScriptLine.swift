/// Thai and Lao write no sentence punctuation: a paragraph ends on a letter, so a line that ends on
/// one of their letters may close a paragraph though no full stop says so (Myanmar and Khmer, the
/// other scripts without spaces, close sentences with ။ and ។).
enum UnpunctuatedScriptLine {
    /// The line's last scalar is of the Thai or Lao block (UTF-8 `E0 B8`-`E0 BB`), read from its
    /// last three bytes.
    @inline(__always)
    static func endsInThaiOrLao(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 3, let last = utf8.last, last & 0xC0 == 0x80 else { return false }
        let lead = utf8[utf8.index(utf8.endIndex, offsetBy: -3)]
        let second = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        return lead == 0xE0 && second >= 0xB8 && second <= 0xBB
    }

    /// A letter of the Thai (U+0E00-0E7F) or Lao (U+0E80-0EFF) block: scripts that close no
    /// sentence with a mark, unlike Myanmar and Khmer, whose paragraphs end on ။ and ។.
    static func writesThaiOrLao(_ text: Substring) -> Bool {
        var lead = false
        for byte in text.utf8 {
            if lead, byte >= 0xB8, byte <= 0xBB { return true }
            lead = byte == 0xE0
        }
        return false
    }
}
