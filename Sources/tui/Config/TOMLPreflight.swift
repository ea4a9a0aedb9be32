/// Refuses the TOML that makes toml++ assert and abort the process instead of reporting an error
/// (found by `scripts/fuzz`): a table header with no key (`[#`, `[ =]`, `[` then a newline), a
/// date-time whose time does not start with a digit (`1979-04-27T-7:32`), and a `}` where an array
/// value is due (`x = [ }`, `x = [1, # c` then `}` on the next line).
enum TOMLPreflight {
    /// A message naming the first such line, or nil.
    /// A line inside a multi-line array that starts with `[` and a comment is refused too (rare in a config).
    static func problem(in text: String) -> String? {
        // toml++ skips a byte-order mark before it parses: so must the checks.
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var rest = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            guard rest.first == UInt8(ascii: "[") else { continue }
            rest = rest.dropFirst()
            if rest.first == UInt8(ascii: "[") { rest = rest.dropFirst() }
            rest = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            guard let next = rest.first, startsKey(next) else {
                return "line \(lineNumber): a [table] header needs a name"
            }
        }
        return brokenDateTime(in: bytes) ?? braceAsArrayValue(in: bytes)
    }

    /// `}` after an array's `[` or a `,`, with only blanks, newlines and comments between (outside strings).
    private static func braceAsArrayValue(in bytes: [UInt8]) -> String? {
        var quote: UInt8?
        var inComment = false
        var valueDue = false
        var escaped = false
        var line = 1
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { line += 1; inComment = false }
            if inComment { continue }
            if let open = quote {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") { escaped = true } else if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte; valueDue = false
            case UInt8(ascii: "#"): inComment = true
            case UInt8(ascii: "["), UInt8(ascii: ","): valueDue = true
            case UInt8(ascii: "}"):
                if valueDue { return "line \(line): an array value is missing before '}'" }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): break
            default: valueDue = false
            }
        }
        return nil
    }

    /// `DDDD-DD-DDT` followed by anything but a digit.
    private static func brokenDateTime(in bytes: [UInt8]) -> String? {
        let shape = Array("0000-00-00T".utf8)
        guard bytes.count > shape.count else { return nil }
        for start in 0..<(bytes.count - shape.count) {
            let matches = zip(shape, bytes[start...]).allSatisfy { expected, byte in
                switch expected {
                case UInt8(ascii: "0"): return isDigit(byte)
                case UInt8(ascii: "T"): return byte == UInt8(ascii: "T") || byte == UInt8(ascii: "t")
                default: return byte == expected
                }
            }
            if matches, !isDigit(bytes[start + shape.count]) {
                let line = bytes[..<start].count { $0 == UInt8(ascii: "\n") } + 1
                return "line \(line): a date-time needs a time after T"
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Bare key characters and quotes: toml++ here takes ASCII bare keys only.
    private static func startsKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }
}
