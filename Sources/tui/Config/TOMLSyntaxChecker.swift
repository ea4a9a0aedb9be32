/// A TOML 1.0 syntax checker (the ABNF of toml.io/en/v1.0.0): accepts exactly the texts the
/// grammar allows and names the line and column of the first place that breaks it. It checks
/// syntax only; what needs a symbol table (a key defined twice, a table redefined) toml++ reports.
/// One pass over the bytes, no backtracking beyond a few bytes of lookahead: linear time.
/// Strings, numbers and date-times are in the `TOMLSyntaxChecker+...` files.
struct TOMLSyntaxChecker {
    /// Arrays and inline tables nested deeper than this are refused: the checker recurses, and
    /// toml++ has a limit of its own (256).
    static let maxNesting = 100

    /// The first syntax error in `text`, or nil when it is valid TOML.
    static func check(_ text: String) -> TOMLSyntaxError? { check(Array(text.utf8)) }

    /// The first syntax error in the UTF-8 `bytes` (invalid UTF-8 included), or nil.
    static func check(_ bytes: [UInt8]) -> TOMLSyntaxError? {
        if let bad = firstInvalidUTF8(in: bytes) { return TOMLSyntaxError("the file is not valid UTF-8", at: bad, in: bytes) }
        var checker = TOMLSyntaxChecker(bytes: bytes)
        do {
            try checker.document()
            return nil
        } catch {
            return error
        }
    }

    let bytes: [UInt8]
    /// Offset of the next byte to read.
    var at = 0
    /// How many arrays and inline tables enclose the cursor.
    var nesting = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    // MARK: Cursor

    func peek(_ ahead: Int = 0) -> UInt8? {
        at + ahead < bytes.count ? bytes[at + ahead] : nil
    }

    func error(_ message: String, at offset: Int? = nil) -> TOMLSyntaxError {
        TOMLSyntaxError(message, at: offset ?? at, in: bytes)
    }

    /// What is at the cursor, for messages: `'x'`, "the end of the line", "control character U+0001"...
    var found: String { describe(at: at) }

    func describe(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: "\n"): return "the end of the line"
        case UInt8(ascii: "\r") where offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n"): return "the end of the line"
        case 0x20..<0x7F: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x80...:
            var end = offset + 1
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
            return "'\(String(decoding: bytes[offset..<end], as: UTF8.self))'"
        default: return "control character \(Self.codePoint(byte))"
        }
    }

    static func codePoint(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    static func isBlank(_ byte: UInt8?) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    static func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }

    /// A control character TOML forbids outside escapes: U+0000 to U+001F but tab, and U+007F.
    static func isControl(_ byte: UInt8) -> Bool { (byte < 0x20 && byte != 0x09) || byte == 0x7F }

    static func isBareKeyByte(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): return true
        default: return false
        }
    }

    mutating func skipBlanks() {
        while Self.isBlank(peek()) { at += 1 }
    }

    /// True (and the cursor past it) when a newline, LF or CRLF, is at the cursor.
    mutating func takeNewline() -> Bool {
        if peek() == UInt8(ascii: "\n") { at += 1; return true }
        if peek() == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n") { at += 2; return true }
        return false
    }

    /// A lone carriage return (not followed by a line feed) is not a newline in TOML.
    func loneCarriageReturn() -> TOMLSyntaxError {
        error("a carriage return must be followed by a line feed")
    }

    // MARK: Document

    /// toml = expression *( newline expression ); a UTF-8 byte-order mark first is skipped, as toml++ does.
    mutating func document() throws(TOMLSyntaxError) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
        while true {
            skipBlanks()
            switch peek() {
            case UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), nil: break
            case UInt8(ascii: "["): try tableHeader()
            case let byte? where Self.isBareKeyByte(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"):
                try keyValue()
            default: throw error("expected a key, a [table] header or a comment, found \(found)")
            }
            skipBlanks()
            if peek() == UInt8(ascii: "#") { try comment() }
            if peek() == nil { return }
            guard takeNewline() else {
                if peek() == UInt8(ascii: "\r") { throw loneCarriageReturn() }
                throw error("expected the end of the line, found \(found)")
            }
        }
    }

    /// `#` to the end of the line; tab is the one control character allowed.
    mutating func comment() throws(TOMLSyntaxError) {
        at += 1
        while let byte = peek(), byte != UInt8(ascii: "\n") {
            if byte == UInt8(ascii: "\r") {
                guard peek(1) == UInt8(ascii: "\n") else { throw loneCarriageReturn() }
                return
            }
            if Self.isControl(byte) { throw error("control character \(Self.codePoint(byte)) is not allowed in a comment") }
            at += 1
        }
    }

    /// `[key]` or `[[key]]`: the brackets of `[[` and `]]` touch, blanks may surround the key.
    mutating func tableHeader() throws(TOMLSyntaxError) {
        at += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { at += 1 }
        skipBlanks()
        guard Self.isBareKeyByte(peek()) || peek() == UInt8(ascii: "\"") || peek() == UInt8(ascii: "'") else {
            throw error("a [table] header needs a name, found \(found)")
        }
        try key()
        skipBlanks()
        guard peek() == UInt8(ascii: "]") else { throw error("expected '\(isArray ? "]]" : "]")' to close the table header, found \(found)") }
        at += 1
        if isArray {
            guard peek() == UInt8(ascii: "]") else { throw error("expected ']]' to close the [[array of tables]] header, found \(found)") }
            at += 1
        }
    }

    // MARK: Keys

    /// key = simple-key *( ws "." ws simple-key ); the blanks after the last part are consumed too.
    mutating func key() throws(TOMLSyntaxError) {
        while true {
            try simpleKey()
            skipBlanks()
            guard peek() == UInt8(ascii: ".") else { return }
            at += 1
            skipBlanks()
        }
    }

    /// A bare key (letters, digits, `-`, `_`) or a single-line quoted one (empty allowed).
    mutating func simpleKey() throws(TOMLSyntaxError) {
        switch peek() {
        case UInt8(ascii: "\""): try basicString()
        case UInt8(ascii: "'"): try literalString()
        case let byte where Self.isBareKeyByte(byte):
            while Self.isBareKeyByte(peek()) { at += 1 }
        default:
            throw error("expected a key name (letters, digits, '-', '_' or a quoted name), found \(found)")
        }
    }

    /// keyval = key ws "=" ws val
    mutating func keyValue() throws(TOMLSyntaxError) {
        try key()
        guard peek() == UInt8(ascii: "=") else { throw error("expected '=' after the key, found \(found)") }
        at += 1
        skipBlanks()
        try value()
    }

    // MARK: Values

    mutating func value() throws(TOMLSyntaxError) {
        guard let byte = peek() else { throw error("a value is missing at the end of the file") }
        switch byte {
        case UInt8(ascii: "\""):
            if peek(1) == byte && peek(2) == byte { try multiLineBasicString() } else { try basicString() }
        case UInt8(ascii: "'"):
            if peek(1) == byte && peek(2) == byte { try multiLineLiteralString() } else { try literalString() }
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "{"): try inlineTable()
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
            try word(signed: false)
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            if peek(1) == UInt8(ascii: "i") || peek(1) == UInt8(ascii: "n") {
                at += 1
                try word(signed: true)
            } else {
                try number()
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if looksLikeDate() || looksLikeTime() { try dateTime() } else { try number() }
        case UInt8(ascii: "#"):
            throw error("a value is missing before the comment")
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            throw error("a value is missing at the end of the line")
        default:
            throw error("expected a value, found \(found)")
        }
    }

    /// `true`, `false`, `inf`, `nan` (`signed`: a sign before the last two is already consumed).
    mutating func word(signed: Bool) throws(TOMLSyntaxError) {
        let start = at
        while Self.isBareKeyByte(peek()) { at += 1 }
        let word = String(decoding: bytes[start..<at], as: UTF8.self)
        let allowed = signed ? ["inf", "nan"] : ["true", "false", "inf", "nan"]
        guard allowed.contains(word) else {
            throw error(signed ? "expected inf or nan after the sign" : "'\(word)' is not a value: text needs quotes, like \"text\"", at: start)
        }
    }

    /// array = "[" *( ws / comment / newline ) [ val *( "," val ) [","] ] "]", newlines and comments
    /// allowed around every value and comma.
    mutating func array() throws(TOMLSyntaxError) {
        let open = at
        try enterNesting()
        at += 1
        while true {
            try skipBlanksCommentsAndNewlines()
            if peek() == UInt8(ascii: "]") { break }
            if peek() == nil { throw error("the array opened here is not closed", at: open) }
            if peek() == UInt8(ascii: ",") { throw error("expected a value before ','") }
            try value()
            try skipBlanksCommentsAndNewlines()
            if peek() == UInt8(ascii: ",") { at += 1; continue }
            if peek() == UInt8(ascii: "]") { break }
            if peek() == nil { throw error("the array opened here is not closed", at: open) }
            throw error("expected ',' or ']' after an array value, found \(found)")
        }
        at += 1
        nesting -= 1
    }

    /// inline-table = "{" ws [ keyval *( ws "," ws keyval ) ] ws "}": one line, no trailing comma.
    mutating func inlineTable() throws(TOMLSyntaxError) {
        try enterNesting()
        at += 1
        skipBlanks()
        if peek() != UInt8(ascii: "}") {
            while true {
                try refuseLineEndInInlineTable()
                try keyValue()
                skipBlanks()
                if peek() == UInt8(ascii: "}") { break }
                try refuseLineEndInInlineTable()
                guard peek() == UInt8(ascii: ",") else { throw error("expected ',' or '}' in the inline table, found \(found)") }
                at += 1
                skipBlanks()
                if peek() == UInt8(ascii: "}") { throw error("an inline table cannot end with a comma") }
            }
        }
        at += 1
        nesting -= 1
    }

    /// A clearer message than "expected a key" for the commonest inline-table mistake.
    private func refuseLineEndInInlineTable() throws(TOMLSyntaxError) {
        if peek() == UInt8(ascii: "\n") || peek() == UInt8(ascii: "\r") || peek() == UInt8(ascii: "#") || peek() == nil {
            throw error("an inline table { ... } must be closed on the line it starts")
        }
    }

    private mutating func enterNesting() throws(TOMLSyntaxError) {
        nesting += 1
        if nesting > Self.maxNesting { throw error("arrays and inline tables are nested more than \(Self.maxNesting) deep") }
    }

    /// ws-comment-newline = *( wschar / [ comment ] newline )
    mutating func skipBlanksCommentsAndNewlines() throws(TOMLSyntaxError) {
        while true {
            skipBlanks()
            if peek() == UInt8(ascii: "#") { try comment() }
            if takeNewline() { continue }
            if peek() == UInt8(ascii: "\r") { throw loneCarriageReturn() }
            return
        }
    }
}
