/// Where a TOML text first breaks the TOML 1.0 grammar, and what is wrong there.
struct TOMLSyntaxError: Error, Equatable, CustomStringConvertible {
    /// 1-based line number.
    let line: Int
    /// 1-based column, counted in characters (Unicode scalars), not bytes.
    let column: Int
    /// A plain sentence saying what is wrong.
    let message: String

    var description: String { "line \(line), column \(column): \(message)" }

    /// The error at byte `offset` of `bytes` (the whole text, so the line can be counted).
    /// Counting here, once, keeps the checker from tracking lines on every byte.
    init(_ message: String, at offset: Int, in bytes: [UInt8]) {
        let end = min(offset, bytes.count)
        var line = 1
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for i in 0..<end where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        // Continuation bytes (10xxxxxx) do not start a character.
        let characters = lineStart < end ? bytes[lineStart..<end].lazy.filter { $0 & 0xC0 != 0x80 }.count : 0
        self.line = line
        self.column = characters + 1
        self.message = message
    }
}
