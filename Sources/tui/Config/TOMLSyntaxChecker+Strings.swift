/// The four TOML string forms: basic `"..."` (escapes), literal `'...'` (none), and their
/// multi-line `"""` / `'''` forms, which may hold newlines and up to two quotes before the close.
extension TOMLSyntaxChecker {
    /// basic-string = `"` *( basic-unescaped / escaped ) `"`, on one line.
    mutating func basicString() throws(TOMLSyntaxError) {
        let open = at
        at += 1
        while true {
            guard let byte = peek(), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") || peek(1) != UInt8(ascii: "\n") else {
                throw error("the string opened here is not closed on its line", at: open)
            }
            switch byte {
            case UInt8(ascii: "\""): at += 1; return
            case UInt8(ascii: "\\"): try escape()
            default:
                if Self.isControl(byte) { throw error("control character \(Self.codePoint(byte)) must be escaped in a string") }
                at += 1
            }
        }
    }

    /// literal-string = `'` *literal-char `'`, on one line; no escapes.
    mutating func literalString() throws(TOMLSyntaxError) {
        let open = at
        at += 1
        while true {
            guard let byte = peek(), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") || peek(1) != UInt8(ascii: "\n") else {
                throw error("the string opened here is not closed on its line", at: open)
            }
            if byte == UInt8(ascii: "'") { at += 1; return }
            if Self.isControl(byte) { throw error("control character \(Self.codePoint(byte)) is not allowed in a literal string") }
            at += 1
        }
    }

    /// ml-basic-string = `"""` [ newline ] body `"""`: escapes, newlines, and a backslash at the end
    /// of a line (blanks may follow it) that joins the next non-blank text.
    mutating func multiLineBasicString() throws(TOMLSyntaxError) {
        let open = at
        at += 3
        while true {
            guard let byte = peek() else { throw error("the multi-line string opened here is not closed", at: open) }
            switch byte {
            case UInt8(ascii: "\""):
                if try closesMultiLineString(quote: byte) { return }
            case UInt8(ascii: "\\"):
                var next = at + 1
                while next < bytes.count && Self.isBlank(bytes[next]) { next += 1 }
                let joinsLines = next < bytes.count
                    && (bytes[next] == UInt8(ascii: "\n") || (bytes[next] == UInt8(ascii: "\r") && next + 1 < bytes.count && bytes[next + 1] == UInt8(ascii: "\n")))
                if joinsLines { at = next } else { try escape() }
            case UInt8(ascii: "\n"): at += 1
            case UInt8(ascii: "\r"):
                guard takeNewline() else { throw loneCarriageReturn() }
            default:
                if Self.isControl(byte) { throw error("control character \(Self.codePoint(byte)) must be escaped in a string") }
                at += 1
            }
        }
    }

    /// ml-literal-string = `'''` [ newline ] body `'''`: newlines, no escapes.
    mutating func multiLineLiteralString() throws(TOMLSyntaxError) {
        let open = at
        at += 3
        while true {
            guard let byte = peek() else { throw error("the multi-line string opened here is not closed", at: open) }
            switch byte {
            case UInt8(ascii: "'"):
                if try closesMultiLineString(quote: byte) { return }
            case UInt8(ascii: "\n"): at += 1
            case UInt8(ascii: "\r"):
                guard takeNewline() else { throw loneCarriageReturn() }
            default:
                if Self.isControl(byte) { throw error("control character \(Self.codePoint(byte)) is not allowed in a literal string") }
                at += 1
            }
        }
    }

    /// At a run of `quote`s inside a multi-line string: one or two are text; three to five close
    /// it (the first one or two being text); six or more cannot be written unescaped.
    private mutating func closesMultiLineString(quote: UInt8) throws(TOMLSyntaxError) -> Bool {
        var run = 0
        while peek(run) == quote { run += 1 }
        if run > 5 { throw error("a multi-line string cannot hold three quotes in a row: escape one, or end the string") }
        at += run
        return run >= 3
    }

    /// escaped = `\` ( `"` / `\` / b / f / n / r / t / uXXXX / UXXXXXXXX ), a Unicode scalar value.
    mutating func escape() throws(TOMLSyntaxError) {
        let start = at
        guard let letter = peek(1) else { throw error("the string ends in a lone backslash") }
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            at += 2
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = letter == UInt8(ascii: "u") ? 4 : 8
            at += 2
            var scalar: UInt32 = 0
            for _ in 0..<count {
                guard let digit = peek().flatMap(Self.hexValue) else {
                    throw error("\\\(Character(Unicode.Scalar(letter))) needs exactly \(count) hexadecimal digits", at: start)
                }
                scalar = scalar << 4 | UInt32(digit)
                at += 1
            }
            guard Unicode.Scalar(scalar) != nil else {
                throw error("\(String(decoding: bytes[start..<at], as: UTF8.self)) is not a Unicode character (surrogate or above U+10FFFF)", at: start)
            }
        default:
            throw error("\(describeEscape(at: start)) is not a TOML escape (use \\\\ for a backslash)", at: start)
        }
    }

    private func describeEscape(at offset: Int) -> String {
        let letter = describe(at: offset + 1)
        return letter.hasPrefix("'") ? "'\\" + letter.dropFirst() : "a backslash before \(letter)"
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
