extension Substring {
    /// `hasSuffix`, decided on UTF-8 bytes when the suffix and the text's tail it would cover are
    /// ASCII: `Substring.hasSuffix` walks both back Character by Character, and most lines are ASCII.
    @inline(__always)
    func hasSuffixCheaply(_ suffix: Substring) -> Bool {
        let decided: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            suffix.utf8.withContiguousStorageIfAvailable { tail in Self.asciiSuffix(text, tail) } ?? nil
        }
        if let decided, let decided { return decided }
        return hasSuffix(suffix)
    }

    /// true or false where the bytes settle it, nil where only Characters can: a non-ASCII byte
    /// may be canonically equivalent to ASCII (U+212A KELVIN SIGN is "K") or may cluster with the
    /// ASCII next to it (a prepended mark, "\r" before "\n").
    @inline(__always)
    static func asciiSuffix(_ text: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = tail.count
        guard n > 0, n <= text.count else { return nil }
        let offset = text.count - n
        var i = n
        while i > 0 {
            i -= 1
            let a = text[offset + i], b = tail[i]
            if a | b >= 0x80 { return nil }
            // Both ASCII and different after an ASCII tail that matched: the Characters ending
            // here end with different scalars, which no canonical equivalence or cluster undoes.
            if a != b { return false }
        }
        guard offset > 0 else { return true }
        // The suffix starts a Character of the text only after a plain ASCII scalar.
        let before = text[offset - 1]
        if before >= 0x80 || (before == 0x0D && tail[0] == 0x0A) { return nil }
        return true
    }
}
