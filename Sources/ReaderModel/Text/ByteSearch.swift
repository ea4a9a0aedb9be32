/// A run of bytes searched for inside UTF-8 text: Foundation's `contains` compares through NSString
/// and the standard library's generic `firstRange` steps String indices, each far dearer for the few
/// bytes a rule looks for (a pull quote in a paragraph, a button word in a line).
enum ByteSearch {
    /// `text` holds the bytes of `part` somewhere (an empty part stands nowhere).
    static func holds(_ text: UnsafeBufferPointer<UInt8>, _ part: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = part.first, text.count >= part.count else { return false }
        for i in 0...(text.count - part.count) where text[i] == first {
            var j = 1
            while j < part.count, text[i + j] == part[j] { j += 1 }
            if j == part.count { return true }
        }
        return false
    }

    /// `text` holds the ASCII or UTF-8 bytes of a literal.
    static func holds(_ text: UnsafeBufferPointer<UInt8>, _ part: StaticString) -> Bool {
        part.withUTF8Buffer { holds(text, $0) }
    }
}
