/// The twelve standard Thai month abbreviations ("ม.ค." … "ธ.ค."), as Thai news sites write
/// nearly every date line ("12 ก.พ. 2568 09:15 น."); each is one or two Thai syllables between dots.
enum ThaiMonthAbbreviations {
    /// 1...12 for the abbreviation written as `first` "." `second` "." (the two syllables without
    /// their dots), nil otherwise. Thai letters are the three-byte sequences E0 B8/B9 xx: anything
    /// else is rejected by its first two bytes before a String is built.
    static func month(_ first: String, _ second: String) -> Int? {
        guard isThai(first), isThai(second) else { return nil }
        return table[first + "." + second + "."]
    }

    @inline(__always)
    private static func isThai(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        guard utf8.next() == 0xE0, let second = utf8.next() else { return false }
        return second == 0xB8 || second == 0xB9
    }

    private static let table: [String: Int] = [
        "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6,
        "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
    ]
}
