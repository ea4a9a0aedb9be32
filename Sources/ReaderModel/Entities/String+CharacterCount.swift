extension String {
    /// `count` without walking grapheme clusters when the text is ASCII (one byte, one Character):
    /// the scanner asks the length of nearly every token.
    @inline(__always)
    var characterCount: Int {
        let utf8 = self.utf8
        if utf8.count == 1 { return 1 }
        for b in utf8 where b >= 0x80 { return count }
        // "\r\n" is one Character of two ASCII bytes; tokens never hold one, other text may.
        return utf8.contains(0x0D) ? count : utf8.count
    }
}
