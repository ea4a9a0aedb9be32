extension String {
    /// `count` without walking grapheme clusters when the text is ASCII (one byte, one Character):
    /// the scanner asks the length of nearly every token.
    @inline(__always)
    var characterCount: Int {
        let n = utf8.count
        if n == 1 { return 1 }
        // "\r\n" is one Character of two ASCII bytes; tokens never hold one, other text may.
        let plainASCII = utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 && $0 != 0x0D } } ?? false
        return plainASCII ? n : count
    }
}
