/// Dates of Nepal's Bikram Sambat calendar ("२०८३ मंसिर २०", "२० मंसिर २०८३", "Mangsir 20, 2083"):
/// its month names in Nepali and Latin spelling, and the Gregorian day a date falls on, for the
/// years news pages use (2070-2090 BS, April 2013 to April 2034).
enum BikramSambatDate {
    /// The years of `monthLengths`.
    static let years = 2070...2090

    /// 1...12 for a Bikram Sambat month name (Nepali or Latin spellings).
    static func month<S: StringProtocol>(_ word: S) -> Int? {
        let utf8 = word.utf8
        guard let first = utf8.first, utf8.count >= 4, utf8.count <= 24 else { return nil }
        if first < 0x80 {
            guard (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return nil }
            return table[word.lowercased()]
        }
        // Devanagari letters are E0 A4/A5 xx.
        guard first == 0xE0 else { return nil }
        return table[String(word)]
    }

    /// The Gregorian year, month and day of a Bikram Sambat date in `years`, or nil when the day
    /// is past the month's end in that year.
    static func gregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard years.contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let lengths = monthLengths[year - years.lowerBound]
        guard day <= lengths[month - 1] else { return nil }
        var offset = day - 1
        for y in years.lowerBound..<year { offset += monthLengths[y - years.lowerBound].reduce(0, +) }
        for m in 0..<(month - 1) { offset += lengths[m] }
        return addDays(offset, toYear: 2013, month: 4, day: 14)
    }

    /// 1 Baisakh 2070 BS was 14 April 2013.
    private static func addDays(_ days: Int, toYear year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int) {
        var (y, m, d) = (year, month, day + days)
        while true {
            let length = GregorianMonth.length(year: y, month: m)
            guard d > length else { return (y, m, d) }
            d -= length
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
    }

    /// Days of each month (Baisakh first) of the years 2070-2090 BS. The calendar is astronomical
    /// and set each year by Nepal's calendar committee, so it has no formula: these lengths are
    /// those of the `calendar_bs.csv` table of the nepali-datetime package (version 1.0.8.5, MIT,
    /// https://github.com/amitgaru/nepali-datetime), which puts 1 Baisakh 2081 on 13 April 2024
    /// and 1 Baisakh 2082 on 14 April 2025, as Nepal's calendars do. Years after 2083 are that
    /// table's projection and may move by a day when the committee publishes them.
    private static let monthLengths: [[Int]] = [
        [31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30],  // 2070
        [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30],  // 2071
        [31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30],  // 2072
        [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31],  // 2073
        [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30],  // 2074
        [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30],  // 2075
        [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30],  // 2076
        [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31],  // 2077
        [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30],  // 2078
        [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30],  // 2079
        [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30],  // 2080
        [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31],  // 2081
        [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30],  // 2082
        [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30],  // 2083
        [31, 31, 32, 31, 31, 30, 30, 30, 29, 30, 30, 30],  // 2084
        [31, 32, 31, 32, 30, 31, 30, 30, 29, 30, 30, 30],  // 2085
        [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30],  // 2086
        [31, 31, 32, 31, 31, 31, 30, 29, 30, 30, 30, 30],  // 2087
        [30, 31, 32, 32, 30, 31, 30, 30, 29, 30, 30, 30],  // 2088
        [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30],  // 2089
        [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30],  // 2090
    ]

    /// Nepali names (the everyday and the Sanskrit spellings), then Latin spellings, one row per month.
    private static let rows: [[String]] = [
        ["बैशाख", "वैशाख", "baisakh", "baishakh", "vaisakh"],
        ["जेठ", "जेष्ठ", "ज्येष्ठ", "jestha", "jeth", "jeshtha"],
        ["असार", "आषाढ", "असाढ", "asar", "ashar", "asadh", "ashadh"],
        ["साउन", "श्रावण", "shrawan", "shravan", "saun", "srawan"],
        ["भदौ", "भाद्र", "bhadra", "bhadau"],
        ["असोज", "आश्विन", "asoj", "ashwin", "aswin"],
        ["कात्तिक", "कार्तिक", "kartik", "kattik"],
        ["मंसिर", "मङ्सिर", "मङसिर", "मार्ग", "mangsir", "mansir", "marga"],
        ["पुस", "पौष", "poush", "push", "paush"],
        ["माघ", "magh"],
        ["फागुन", "फाल्गुन", "falgun", "phalgun", "fagun", "phagun"],
        ["चैत", "चैत्र", "chaitra", "chait", "chaita"],
    ]

    private static let table: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, names) in rows.enumerated() { for name in names { table[name] = index + 1 } }
        return table
    }()

    /// Names for the word lexicon's month flag: the Devanagari ones, and Latin spellings that are
    /// not everyday words ("push", "magh", "jeth", "saun"... are left out).
    static var lexiconNames: [String] {
        let everyday: Set<String> = ["push", "asar", "magh", "jeth", "saun", "chait", "marga", "ashar"]
        return table.keys.filter { !everyday.contains($0) }
    }
}
