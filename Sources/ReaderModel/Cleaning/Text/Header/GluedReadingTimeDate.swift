/// A select-all copy runs a header's date into the reading time the page sets beside it in its
/// own span ("May 9, 20247 min read", "9. Mai 20245 Min. Lesezeit", "12 maggio 20256 minuti di
/// lettura"): the year takes the count's digits and the date parser reads no year. When the glued
/// number opens with a year (1900-2099), has one or two digits more, and a reading-time unit
/// follows it, the year ends after its fourth digit and the line is read again. Only a short line
/// with a month word whose date the parser missed is asked, so few lines are read twice.
enum GluedReadingTimeDate {
    /// Words for minutes that a reading time counts in, as the line tokenizer lowercases them.
    static let units: Set<String> = [
        "min", "mins", "minute", "minutes", "minuten", "minuti", "minuto", "minutos", "minut", "minuty", "minutes'",
        "minuter", "minutter", "minuttia", "perc", "dk", "dakika", "мин", "минут", "минуты", "хв", "хвилин", "phút",
        "menit", "minit", "λεπτά", "λεπτό", "דקות", "דקה", "دقيقة", "دقائق", "دقیقه", "分钟", "분",
    ]

    /// The ISO day of the line's date with the reading time's digits taken off its year, or nil.
    static func date(in line: TextLine) -> String? {
        let words = line.words
        guard words.count >= 3 else { return nil }
        for k in words.indices.dropFirst() {
            let word = words[k]
            guard let digits = gluedYearDigits(word) else { continue }
            // The unit follows as a word of its own ("20247 min") or glued to the digits ("20247min").
            let unit = digits < word.utf8.count ? String(decoding: word.utf8.dropFirst(digits), as: UTF8.self)
                : (k + 1 < words.count ? words[k + 1] : "")
            guard units.contains(unit) else { continue }
            let number = Array(word.utf8.prefix(digits))
            guard let yearEnd = yearEnd(of: number, in: line.text) else { return nil }
            let unglued = String(line.text[..<yearEnd]) + " " + String(line.text[yearEnd...])
            guard let iso = DateNormalizer.iso(unglued), iso.count >= 10,
                  iso.utf8.prefix(4).elementsEqual(number.prefix(4)) else { return nil }
            return iso
        }
        return nil
    }

    /// For a word of five or six ASCII digits opening with a year from 1900 to 2099, then letters or
    /// nothing: how many digits it has.
    @inline(__always)
    static func gluedYearDigits(_ word: String) -> Int? {
        let utf8 = word.utf8
        guard utf8.count >= 5, let first = utf8.first, first == 0x31 || first == 0x32 else { return nil }
        var digits = 0
        var year = 0
        for byte in utf8 {
            guard byte &- 0x30 < 10 else { break }
            if digits < 4 { year = year * 10 + Int(byte - 0x30) }
            digits += 1
        }
        guard (5...6).contains(digits), (1900...2099).contains(year) else { return nil }
        return digits
    }

    /// Where the year ends in the first run of exactly these digits in `text`: after its fourth digit.
    static func yearEnd(of number: [UInt8], in text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        var run: Substring.Index?
        var length = 0
        var i = utf8.startIndex
        while true {
            let byte: UInt8? = i < utf8.endIndex ? utf8[i] : nil
            if let byte, byte &- 0x30 < 10 {
                if run == nil { run = i; length = 0 }
                length += 1
            } else {
                if let start = run, length == number.count, utf8[start..<i].elementsEqual(number) {
                    return utf8.index(start, offsetBy: 4)
                }
                run = nil
            }
            guard byte != nil else { return nil }
            i = utf8.index(after: i)
        }
    }
}
