extension Substring {
    /// The text without leading and trailing whitespace (including no-break spaces).
    func trimmingOuterSpace() -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Substring.isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, Substring.isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return self[start..<end]
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C }
        return scalar.properties.isWhitespace || scalar.value == 0xFEFF || scalar.value == 0x200B
    }
}
