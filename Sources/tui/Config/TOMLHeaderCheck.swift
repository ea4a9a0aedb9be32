/// Rejects table headers with no key (`[#`, `[ =]`, `[` then a newline) before TOMLKit sees them:
/// toml++ asserts that a key follows `[` and aborts the process (found by `scripts/fuzz`).
enum TOMLHeaderCheck {
    /// A message naming the first line whose `[`/`[[` header does not start with a key, or nil.
    /// A line inside a multi-line array that starts with `[` and a comment is refused too (rare in a config).
    static func problem(in text: String) -> String? {
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
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
        return nil
    }

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
