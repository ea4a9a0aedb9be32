/// TOML integers (decimal with an optional sign; `0x`, `0o`, `0b` without one; `_` only between
/// digits; no leading zeros) and floats (a decimal integer with a fraction, an exponent or both).
/// `inf` and `nan` are words, checked with `true` and `false`.
extension TOMLSyntaxChecker {
    mutating func number() throws(TOMLSyntaxError) {
        let start = at
        let signed = peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-")
        if signed { at += 1 }
        if !signed && peek() == UInt8(ascii: "0"), let radix = Self.radix(prefix: peek(1)) {
            at += 2
            try digits(radix: radix, after: "the \(String(decoding: bytes[start..<at], as: UTF8.self)) prefix")
        } else {
            if peek() == UInt8(ascii: "0") {
                at += 1
                if Self.isDigit(peek()) || peek() == UInt8(ascii: "_") { throw error("a number cannot start with 0 (leading zeros are not allowed)", at: start) }
            } else {
                try digits(radix: 10, after: signed ? "the sign" : "the start of the number")
            }
            if peek() == UInt8(ascii: ".") {
                at += 1
                try digits(radix: 10, after: "the decimal point")
            }
            if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
                at += 1
                if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { at += 1 }
                try digits(radix: 10, after: "the exponent's 'e'")
            }
        }
        // "1.2.3", "12ab", "0x1g" are one malformed number, not a number then junk.
        if Self.isBareKeyByte(peek()) || peek() == UInt8(ascii: ".") || peek() == UInt8(ascii: ":") {
            throw error("malformed number: unexpected \(found)")
        }
    }

    /// 2, 8 or 16 for the letter after `0` in `0b`, `0o`, `0x` (lower case only).
    static func radix(prefix: UInt8?) -> Int? {
        switch prefix {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// One or more digits of `radix`, an underscore allowed only between two of them.
    mutating func digits(radix: Int, after place: String) throws(TOMLSyntaxError) {
        guard isDigit(peek(), radix: radix) else { throw error("expected a digit after \(place), found \(found)") }
        at += 1
        while true {
            if isDigit(peek(), radix: radix) {
                at += 1
            } else if peek() == UInt8(ascii: "_") {
                guard isDigit(peek(1), radix: radix) else { throw error("an underscore in a number must sit between two digits") }
                at += 2
            } else {
                return
            }
        }
    }

    private func isDigit(_ byte: UInt8?, radix: Int) -> Bool {
        guard let value = byte.flatMap(Self.hexValue) else { return false }
        return Int(value) < radix
    }
}
