import Foundation

/// Dates of the Solar Hijri calendar of Iran and Afghanistan ("۱۶ آذر ۱۴۰۵", "16 Azar 1405",
/// "۱۶ قوس ۱۴۰۵"): month names in Persian, Dari and Pashto, and the Gregorian day they fall on.
enum SolarHijriDate {
    /// Years a news page dates in (1921-2037). Later years are lunar Hijri (1416 AH is 1995):
    /// the two ranges do not meet in any year a page is dated, so the number says the calendar.
    static let years = 1300...1415

    /// Lunar Hijri years of pages dated since 1995 (and until 2076): a page giving one also gives
    /// the Gregorian date, which is the one to read.
    static let lunarYears = 1416...1499

    /// 1...12 for a Solar Hijri month name (Persian, Dari, Pashto, or their Latin spellings).
    static func month<S: StringProtocol>(_ word: S) -> Int? {
        let utf8 = word.utf8
        guard let first = utf8.first, utf8.count >= 3, utf8.count <= 16 else { return nil }
        if first < 0x80 {
            // Latin spellings: letters only, looked up in lower case.
            guard (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return nil }
            return table[word.lowercased()]
        }
        // Arabic script (lead bytes D8-DB): Persian and Arabic keyboards write "ی" and "ک" as
        // either letter; the table holds the Persian ones.
        guard first >= 0xD8, first <= 0xDB else { return nil }
        if let month = table[String(word)] { return month }
        let persian = String(String.UnicodeScalarView(word.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "\u{064A}", "\u{0649}": return "\u{06CC}"
            case "\u{0643}": return "\u{06A9}"
            default: return scalar
            }
        }))
        return table[persian]
    }

    /// The Gregorian year, month and day of a Solar Hijri date, or nil when the day does not exist
    /// (months 1-6 have 31 days, 7-11 30, the last 29 or 30).
    static func gregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard years.contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = persian.date(from: components) else { return nil }
        // Foundation rolls a day past the month's end into the next month: a round trip catches it.
        let back = persian.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let g = gregorianCalendar.dateComponents([.year, .month, .day], from: date)
        guard let y = g.year, let m = g.month, let d = g.day else { return nil }
        return (y, m, d)
    }

    private static let persian: Calendar = {
        var calendar = Calendar(identifier: .persian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    private static let gregorianCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// Persian (Iran), Dari (Afghanistan, the zodiac names) and Pashto names, then Latin spellings, one row per month.
    private static let rows: [[String]] = [
        ["فروردین", "حمل", "وری", "farvardin", "farwardin", "hamal"],
        ["اردیبهشت", "ثور", "غویی", "ordibehesht", "sawr", "saur", "sowr"],
        ["خرداد", "جوزا", "غبرګولی", "khordad", "jawza", "jauza", "jowza"],
        ["تیر", "سرطان", "چنګاښ", "tir", "saratan"],
        ["مرداد", "امرداد", "اسد", "زمری", "mordad", "amordad", "asad"],
        ["شهریور", "سنبله", "وږی", "shahrivar", "shahriwar", "sunbula", "sonbola", "sombola"],
        ["مهر", "میزان", "تله", "mehr", "mizan"],
        ["آبان", "عقرب", "لړم", "aban", "aqrab", "akrab"],
        ["آذر", "قوس", "لیندۍ", "azar", "qaws", "qaus", "qos"],
        ["دی", "جدی", "مرغومی", "dey", "jadi", "jaddi", "jadey"],
        ["بهمن", "دلو", "سلواغه", "bahman", "dalw", "dalv"],
        ["اسفند", "حوت", "کب", "esfand", "esfund", "hut", "hoot"],
    ]

    private static let table: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, names) in rows.enumerated() { for name in names { table[name] = index + 1 } }
        return table
    }()

    /// Names for the word lexicon's month flag: those of the Arabic script, and Latin spellings no
    /// English or Persian text uses as an everyday word ("tir", "dey", "hut", "asad" are left out).
    static var lexiconNames: [String] {
        let everyday: Set<String> = ["tir", "dey", "hut", "hoot", "asad", "mehr", "qos", "saur", "sawr", "jadi", "mizan", "hamal"]
        return table.keys.filter { !everyday.contains($0) }
    }
}
