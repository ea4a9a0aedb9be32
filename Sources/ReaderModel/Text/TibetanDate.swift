/// The words of a Tibetan Gregorian date, "ཕྱི་ལོ་༢༠༢༥ ཟླ་༨ ཚེས་༡༤" (year, month, day, each after
/// its word) or "ཕྱི་ལོ་༢༠༢༥ ཟླ་བ་བརྒྱད་པ་ཚེས་༡༤" (the month as "eighth month"). Syllables are
/// split by a tsheg, which the date tokenizer keeps as a token of its own. The year may also stand
/// bare ("༢༠༢༥ ཟླ་༨ ཚེས་༡༤"), the day come first, and a clock time follow ("ཆུ་ཚོད་༡༠:༣༠").
enum TibetanDate {
    /// The words that open the year: "ཕྱི" (outer, Western) or "སྤྱི" (common) before "ལོ" (year).
    static let eraWords: Set<String> = ["ཕྱི", "སྤྱི"]
    static let year = "ལོ"
    /// "ལོའི", the year's: "༢༠༢༥ ལོའི་ཟླ་༨" (the month of the year 2025).
    static let yearGenitive = "ལོའི"
    static let month = "ཟླ"
    /// "ཟླ་བ", the month, before its ordinal ("ཟླ་བ་བརྒྱད་པ", the eighth month) or number.
    static let monthSecondSyllable = "བ"
    static let day = "ཚེས"
    /// The syllable closing an ordinal, alone or with the genitive ("དང་པོའི་ཚེས", the first month's day).
    static let ordinalClosers: Set<String> = ["པ", "པོ", "པའི", "པོའི"]

    /// "ཆུ་ཚོད", the clock's hour, before its number, and "སྐར་མ", the minute.
    static let hourFirst = "ཆུ", hourSecond = "ཚོད", minuteFirst = "སྐར", minuteSecond = "མ"
    /// The parts of the day before a clock time, whether each is after noon: "སྔ་དྲོ" (morning),
    /// "ཕྱི་དྲོ" (afternoon), "དགོང་དྲོ" (evening), each closed by "དྲོ".
    static let dayParts: [String: Bool] = ["སྔ": false, "ཕྱི": true, "དགོང": true]
    static let dayPartClose = "དྲོ"

    /// The tsheg (and its non-breaking form) between syllables, and the shad closing a clause.
    static func isSeparator(_ token: String) -> Bool {
        token == "\u{0F0B}" || token == "\u{0F0C}" || token == "\u{0F0D}"
    }

    /// A Tibetan syllable opens with a lead byte E0 and a second byte BC to BF (U+0F00 to U+0FFF):
    /// the byte test before any string comparison.
    @inline(__always)
    static func isTibetan(_ token: String) -> Bool {
        var utf8 = token.utf8.makeIterator()
        guard utf8.next() == 0xE0, let second = utf8.next() else { return false }
        return second >= 0xBC && second <= 0xBF
    }

    /// The month an ordinal's syllables name, without the closing "པ"/"པོ": "བརྒྱད" the eighth,
    /// "བཅུ གཅིག" the eleventh, "དང" (of "དང་པོ") the first.
    static func ordinalMonth(_ syllables: [String]) -> Int? {
        ordinals[syllables.joined(separator: " ")]
    }

    private static let ordinals: [String: Int] = [
        "དང": 1, "གཉིས": 2, "གསུམ": 3, "བཞི": 4, "ལྔ": 5, "དྲུག": 6, "བདུན": 7, "བརྒྱད": 8, "དགུ": 9,
        "བཅུ": 10, "བཅུ གཅིག": 11, "བཅུ གཉིས": 12,
    ]
}
