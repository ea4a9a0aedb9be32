/// For `--explain`: the calendar a date line was converted from, when the line writes no year of
/// the Gregorian date read from it ("۱۶ آذر ۱۴۰۵" given as 2026-12-07 names the Solar Hijri calendar).
enum DateCalendarNote {
    /// The note for `line`, read as the ISO date `iso`; nil when the line writes the Gregorian year
    /// (or no year the converting calendars use).
    static func note<S: StringProtocol>(line: S, iso: String) -> String? {
        guard let year = Int(iso.prefix(4)) else { return nil }
        let years = numbers(in: line)
        guard !years.contains(year) else { return nil }
        let calendar: String
        if line.contains("令和") || line.contains("平成") || line.contains("昭和") || japaneseEraInitial(line) {
            calendar = "a Japanese era year"
        } else if line.contains("民國") || line.contains("民国") || years.contains(where: { (100...199).contains($0) }) {
            calendar = "a Minguo year (Taiwan)"
        } else if let y = years.first(where: { SolarHijriDate.years.contains($0) }) {
            calendar = "the Solar Hijri calendar (year \(y))"
        } else if let y = years.first(where: { BikramSambatDate.years.contains($0) }) {
            calendar = "the Bikram Sambat calendar (year \(y))"
        } else if let y = years.first(where: { (2443...2643).contains($0) }) {
            calendar = "a Thai Buddhist-era year (\(y))"
        } else {
            return nil
        }
        return "date in \(calendar), given in the Gregorian calendar"
    }

    /// The runs of decimal digits of any script in `line`, as numbers (at most six digits each).
    private static func numbers<S: StringProtocol>(in line: S) -> [Int] {
        var found: [Int] = []
        var value = 0
        var digits = 0
        for scalar in line.unicodeScalars {
            if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                if digits < 6 { value = value * 10 + Int(digit) }
                digits += 1
            } else if digits > 0 {
                found.append(value)
                value = 0
                digits = 0
            }
        }
        if digits > 0 { found.append(value) }
        return found
    }

    /// "R7.5.2": an era's initial right before its year.
    private static func japaneseEraInitial<S: StringProtocol>(_ line: S) -> Bool {
        let bytes = Array(line.utf8)
        for i in bytes.indices.dropLast() where "RHS".utf8.contains(bytes[i]) {
            let before = i == 0 ? UInt8(ascii: " ") : bytes[i - 1]
            if !(before | 0x20 >= 0x61 && before | 0x20 <= 0x7A), bytes[i + 1] >= 0x30, bytes[i + 1] <= 0x39 { return true }
        }
        return false
    }
}
