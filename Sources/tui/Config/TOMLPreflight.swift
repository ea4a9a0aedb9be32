/// Refuses the TOML that makes toml++ assert and abort the process instead of reporting an error
/// (found by `scripts/fuzz`): a table header with no key (`[#`, `[ =]`, `[` then a newline), a
/// date followed by `T` or by a space and a digit but not by a time (`1979-04-27T-7:32`,
/// `1979-05-27 1`), and a `}` where an array value is due (`x = [ }`, `x = [1, # c` then `}` on
/// the next line; strings, multi-line ones included, are skipped).
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
        var multiline = false  // inside `"""` or `'''`
        var inComment = false
        var valueDue = false
        var line = 1
        var i = 0
        func tripled(_ q: UInt8, at k: Int) -> Bool { k + 2 < bytes.count && bytes[k + 1] == q && bytes[k + 2] == q }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") { line += 1; inComment = false }
            if inComment { i += 1; continue }
            if let open = quote {
                if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") {
                    i += 2  // an escaped character, whatever it is
                    continue
                }
                if byte == open && (!multiline || tripled(open, at: i)) {
                    i += multiline ? 3 : 1
                    quote = nil
                    multiline = false
                    continue
                }
                i += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                quote = byte
                valueDue = false
                multiline = tripled(byte, at: i)
                i += multiline ? 3 : 1
                continue
            case UInt8(ascii: "#"): inComment = true
            case UInt8(ascii: "["), UInt8(ascii: ","): valueDue = true
            case UInt8(ascii: "}"):
                if valueDue { return "line \(line): an array value is missing before '}'" }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): break
            default: valueDue = false
            }
            i += 1
        }
        return nil
    }

    /// `DDDD-DD-DD` then `T` (or a space and a digit) not followed by a time `DD:DD`.
    private static func brokenDateTime(in bytes: [UInt8]) -> String? {
        let date = Array("0000-00-00".utf8)
        guard bytes.count > date.count else { return nil }
        for start in 0..<(bytes.count - date.count) {
            let isDate = zip(date, bytes[start...]).allSatisfy { expected, byte in
                expected == UInt8(ascii: "0") ? isDigit(byte) : byte == expected
            }
            // A bare value that starts like a date (`= 1979-`) must be one: toml++ asserts on `1979-05-2a 5`.
            if !isDate, startsBareValue(bytes, at: start), bytes[start..<(start + 4)].allSatisfy(isDigit),
               bytes[start + 4] == UInt8(ascii: "-") {
                let line = bytes[..<start].count { $0 == UInt8(ascii: "\n") } + 1
                return "line \(line): a value that starts like a date must be a date (YYYY-MM-DD)"
            }
            guard isDate else { continue }
            let separator = bytes[start + date.count]
            let time = bytes[(start + date.count + 1)...].prefix(5)
            let isTime = time.count == 5 && time.enumerated().allSatisfy { k, byte in k == 2 ? byte == UInt8(ascii: ":") : isDigit(byte) }
            let wantsTime = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
                || (separator == UInt8(ascii: " ") && time.first.map(isDigit) == true)
            if wantsTime && !isTime {
                let line = bytes[..<start].count { $0 == UInt8(ascii: "\n") } + 1
                return "line \(line): a date-time needs a time (HH:MM) after its date"
            }
        }
        return nil
    }

    /// Whether a value starts at `index`: only blanks between it and the `=`, `[` or `,` before it.
    private static func startsBareValue(_ bytes: [UInt8], at index: Int) -> Bool {
        var k = index - 1
        while k >= 0, bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\t") { k -= 1 }
        return k >= 0 && [UInt8(ascii: "="), UInt8(ascii: "["), UInt8(ascii: ",")].contains(bytes[k])
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
