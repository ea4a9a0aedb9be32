/// Dates of the Ethiopian calendar as Amharic and Tigrinya pages write them ("መጋቢት 5, 2017 ዓ.ም",
/// "5 መጋቢት 2017"): its thirteen month names in Ge'ez script, and the Gregorian day a date falls
/// on. The date is given in the Gregorian calendar, as Solar Hijri and Bikram Sambat dates are, so
/// that pages of every calendar sort on one time line; the page's text keeps the stated date.
/// Tigrinya spellings that Eritrean pages give the Gregorian months ("ጥቅምቲ", `MonthNames`) read
/// as Gregorian: the Gregorian table is asked first, and only names it lacks reach this one.
enum EthiopianDate {
    /// The years news pages use (Ethiopian 1990-2040, 1997 to 2048 Gregorian).
    static let years = 1990...2040

    /// 1...13 for an Ethiopian month name (Amharic and Tigrinya spellings), nil for other words.
    /// Ge'ez letters are E1 88 80 to E1 8E BF: other words are rejected on their first two bytes.
    static func month<S: StringProtocol>(_ word: S) -> Int? {
        var utf8 = word.utf8.makeIterator()
        guard utf8.next() == 0xE1, let second = utf8.next(), second >= 0x88, second <= 0x8E else { return nil }
        return table[String(word)]
    }

    /// The Gregorian year, month and day of an Ethiopian date, or nil when the day is past the
    /// month's end (30 days, the thirteenth month 5, or 6 in the year before a Gregorian leap year).
    static func gregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard years.contains(year), (1...13).contains(month), day >= 1,
              day <= (month < 13 ? 30 : (year % 4 == 3 ? 6 : 5)) else { return nil }
        // Julian day numbers: the era's epoch (1 Meskerem 1 was JDN 1724221), then the Gregorian
        // date of that day number (Fliegel and Van Flandern).
        let jdn = 1_724_220 + 365 * (year - 1) + year / 4 + 30 * (month - 1) + day
        let a = jdn + 32044
        let b = (4 * a + 3) / 146_097
        let c = a - 146_097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        return (100 * b + d - 4800 + m / 10, m + 3 - 12 * (m / 10), e - (153 * m + 2) / 5 + 1)
    }

    /// The month names, one row per month (Meskerem first), Amharic spellings then Tigrinya ones.
    private static let rows: [[String]] = [
        ["መስከረም"],
        ["ጥቅምት", "ጥቅምቲ"],
        ["ኅዳር", "ሕዳር", "ህዳር"],
        ["ታኅሣሥ", "ታህሳስ", "ታኅሳስ", "ታሕሳስ"],
        ["ጥር", "ጥሪ"],
        ["የካቲት", "ለካቲት"],
        ["መጋቢት"],
        ["ሚያዝያ", "ሚያዚያ"],
        ["ግንቦት"],
        ["ሰኔ", "ሰነ"],
        ["ሐምሌ", "ሓምለ", "ሀምሌ"],
        ["ነሐሴ", "ነሓሰ", "ነሀሴ"],
        ["ጳጉሜ", "ጳጉሜን"],
    ]

    private static let table: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, names) in rows.enumerated() { for name in names { table[name] = index + 1 } }
        return table
    }()

    /// Names for the word lexicon's month flag.
    static var lexiconNames: [String] { Array(table.keys) }
}
