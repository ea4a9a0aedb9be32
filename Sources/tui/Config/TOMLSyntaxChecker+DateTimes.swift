/// TOML dates and times (RFC 3339 with `T`, `t` or a space between date and time): offset and
/// local date-times, local dates, local times. Fields are range-checked (month 1-12, the day
/// within its month, leap years included, hour 0-23, minute 0-59, second 0-60) so an impossible
/// date is refused here, with its line, rather than somewhere inside toml++.
extension TOMLSyntaxChecker {
    /// `DDDD-` starts a date.
    func looksLikeDate() -> Bool {
        (0..<4).allSatisfy { Self.isDigit(peek($0)) } && peek(4) == UInt8(ascii: "-")
    }

    /// `DD:` starts a local time.
    func looksLikeTime() -> Bool {
        Self.isDigit(peek()) && Self.isDigit(peek(1)) && peek(2) == UInt8(ascii: ":")
    }

    mutating func dateTime() throws(TOMLSyntaxError) {
        guard looksLikeDate() else {
            try time()
            try refuseTrailingJunk()
            return
        }
        let year = try field(digits: 4, upTo: 9999, name: "year")
        try expect(UInt8(ascii: "-"), in: "date")
        let month = try field(digits: 2, upTo: 12, name: "month", from: 1)
        try expect(UInt8(ascii: "-"), in: "date")
        _ = try field(digits: 2, upTo: Self.days(inMonth: month, year: year), name: "day", from: 1)
        // A space is a delimiter only when a time follows ("1979-05-27 # c" is a date and a comment).
        let delimited = peek() == UInt8(ascii: "T") || peek() == UInt8(ascii: "t")
            || (peek() == UInt8(ascii: " ") && Self.isDigit(peek(1)))
        if delimited {
            at += 1
            try time()
            try offset()
        }
        try refuseTrailingJunk()
    }

    /// partial-time = HH ":" MM ":" SS [ "." 1*DIGIT ]
    private mutating func time() throws(TOMLSyntaxError) {
        _ = try field(digits: 2, upTo: 23, name: "hour")
        try expect(UInt8(ascii: ":"), in: "time")
        _ = try field(digits: 2, upTo: 59, name: "minute")
        try expect(UInt8(ascii: ":"), in: "time (seconds are required)")
        _ = try field(digits: 2, upTo: 60, name: "second")
        if peek() == UInt8(ascii: ".") {
            at += 1
            guard Self.isDigit(peek()) else { throw error("expected a digit after the '.' of the seconds, found \(found)") }
            while Self.isDigit(peek()) { at += 1 }
        }
    }

    /// time-offset = "Z" / ( "+" / "-" ) HH ":" MM, optional (a local date-time has none).
    private mutating func offset() throws(TOMLSyntaxError) {
        switch peek() {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"): at += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            at += 1
            _ = try field(digits: 2, upTo: 23, name: "offset hour")
            try expect(UInt8(ascii: ":"), in: "time offset")
            _ = try field(digits: 2, upTo: 59, name: "offset minute")
        default: break
        }
    }

    /// Exactly `digits` digits, their value within `from...upTo`.
    private mutating func field(digits: Int, upTo maximum: Int, name: String, from minimum: Int = 0) throws(TOMLSyntaxError) -> Int {
        var value = 0
        for _ in 0..<digits {
            guard let byte = peek(), Self.isDigit(byte) else {
                throw error("malformed date or time: the \(name) needs \(digits) digits, found \(found)")
            }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            at += 1
        }
        guard (minimum...maximum).contains(value) else {
            throw error("malformed date or time: the \(name) must be \(minimum) to \(maximum), not \(value)", at: at - digits)
        }
        return value
    }

    private mutating func expect(_ separator: UInt8, in what: String) throws(TOMLSyntaxError) {
        guard peek() == separator else {
            throw error("malformed \(what): expected '\(Character(Unicode.Scalar(separator)))', found \(found)")
        }
        at += 1
    }

    /// "1979-05-27T07:32:00Zx" or "07:32:00.5.5" is one malformed value, not a value then junk.
    private func refuseTrailingJunk() throws(TOMLSyntaxError) {
        if Self.isBareKeyByte(peek()) || peek() == UInt8(ascii: ".") || peek() == UInt8(ascii: ":")
            || peek() == UInt8(ascii: "+") || (peek() == UInt8(ascii: " ") && Self.isDigit(peek(1))) {
            throw error("malformed date or time: unexpected \(found)")
        }
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
