/// Years counted from an era: Japan's imperial eras ("令和7年", "令和元年", "R7.5.2") and the
/// Republic of China's Minguo years on Taiwanese pages ("民國114年", "114年5月2日").
enum EraYear {
    /// The Gregorian year of year `n` of the era whose name ends `word` ("令和", "は令和", "民國"), or nil.
    /// The name is looked for at the word's end: Japanese glues the particle before it to it.
    static func gregorian(eraWord word: String, year n: Int) -> Int? {
        // Every name here is two CJK ideographs: lead bytes E4-E6.
        guard n >= 1, n <= 199, let last = word.utf8.last, last >= 0x80 else { return nil }
        for (name, first, span) in eras where word.hasSuffix(name) && n <= span { return first + n - 1 }
        return nil
    }

    /// The Gregorian year of a word naming an era's first year ("令和元年": "元年", the first year).
    static func gregorian(firstYearWord word: String) -> Int? {
        guard word.hasSuffix("元年") else { return nil }
        return gregorian(eraWord: String(word.dropLast(2)), year: 1)
    }

    /// The Gregorian year of an era year written after its Latin initial ("R7", "H30"), or nil.
    static func gregorian(initial: String, year n: Int) -> Int? {
        switch initial {
        case "R": return n >= 1 && n <= 40 ? 2018 + n : nil
        case "H": return n >= 1 && n <= 31 ? 1988 + n : nil
        default: return nil
        }
    }

    /// A Minguo year written bare before "年" with month and day ("114年5月2日"): three digits,
    /// 100-199 (2011-2110). Taiwanese pages drop "民國"; no other page writes a year of three digits
    /// with a month and day. Two-digit years are left unread: Japanese pages also drop the era.
    static func minguoGregorian(bareYear n: Int, digits: Int) -> Int? {
        digits == 3 && (100...199).contains(n) ? 1911 + n : nil
    }

    /// Era names, the Gregorian year of their first year, and their length in years (the current era open-ended).
    private static let eras: [(String, Int, Int)] = [
        ("令和", 2019, 199), ("平成", 1989, 31), ("昭和", 1926, 64), ("民國", 1912, 199), ("民国", 1912, 199),
    ]
}
