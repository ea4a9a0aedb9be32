/// How mentions of the same entity are grouped in the index: case- and space-insensitive surface form.
enum EntityKey {
    static func key(_ text: String) -> String {
        var bytes = text
        if let ascii = bytes.withUTF8({ asciiKey($0, of: text) }) { return ascii }
        return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The key of ASCII text, read off its bytes (the same answer as the `Character` walk), or nil
    /// when the text is not ASCII. Text that is already a key (most dates, money, many names) is returned as it is.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) -> String? {
        // ASCII whitespace as `Character.isWhitespace` has it: tab, line feed, vertical tab, form feed, return, space.
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var alreadyKey = true
        var previousSpace = true  // a leading space is not kept
        for b in bytes {
            if b >= 0x80 { return nil }
            if b >= 0x41 && b <= 0x5A { alreadyKey = false }
            let space = isSpace(b)
            if space && (b != 0x20 || previousSpace) { alreadyKey = false }
            previousSpace = space
        }
        if previousSpace && !bytes.isEmpty { alreadyKey = false }  // a trailing space
        if alreadyKey { return text }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var pendingSpace = false
            for b in bytes {
                if isSpace(b) {
                    pendingSpace = n > 0
                    continue
                }
                if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                n += 1
            }
            return n
        }
    }
}
