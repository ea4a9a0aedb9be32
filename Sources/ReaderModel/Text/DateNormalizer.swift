/// Reads dates as written in news ("April 29, 2024 3:10 PM", "20 April 2023", "Nov. 20",
/// "2024-04-29T15:10:00Z", "04/29/2024", "1 de julio de 2024", "3. März 2021", "12 октября 2025",
/// "2025年4月2日 7時30分", "2025년 6월 10일", Thai Buddhist-era years, digits of any script) and gives ISO 8601.
public enum DateNormalizer {
    /// A date found in a text: where it is and its ISO 8601 form.
    public struct Match: Sendable, Equatable {
        public var range: Range<String.Index>
        public var iso: String
    }

    /// ISO 8601 for the first date written in `text`: `2024-04-29`, `2024-04-29T15:10` when a time
    /// follows, `2024-04` for a month and year. Without a year in the text `referenceYear` is used;
    /// with neither, nil.
    public static func iso<S: StringProtocol>(_ text: S, referenceYear: Int? = nil) -> String? {
        firstMatch(in: String(text), referenceYear: referenceYear)?.iso
    }

    /// The first date in `text` with its range.
    public static func firstMatch(in text: String, referenceYear: Int? = nil) -> Match? {
        let tokens = DateToken.tokenize(text)
        var i = 0
        while i < tokens.count {
            if let found = match(tokens, at: i, referenceYear: referenceYear) { return found }
            i += 1
        }
        return nil
    }

    /// Calls `body` with each date of `text` in order until it returns false, reading on after
    /// each date's end: the dates repeated `firstMatch` calls on the rest of the text find, from
    /// one tokenization (dates are read forward from a token, and a date ends where a token does).
    public static func forEachMatch(in text: String, _ body: (Match) -> Bool) {
        let tokens = DateToken.tokenize(text)
        var i = 0
        while i < tokens.count {
            guard let found = match(tokens, at: i, referenceYear: nil) else { i += 1; continue }
            guard body(found) else { return }
            while i < tokens.count, tokens[i].range.lowerBound < found.range.upperBound { i += 1 }
        }
    }

    /// The tokens dates are read from, with their ranges (for tests of the tokenizer's fast paths).
    static func tokens(of text: String) -> [(text: String, range: Range<String.Index>, isDigits: Bool)] {
        DateToken.tokenize(text).map { ($0.text, $0.range, $0.isDigits) }
    }

    /// The date written at the very start of `text`, if there is one: `firstMatch` limited to a
    /// match beginning at `text.startIndex` (callers scanning token by token need no other).
    public static func matchAtStart(of text: String, referenceYear: Int? = nil) -> Match? {
        let tokens = DateToken.tokenize(text)
        guard let first = tokens.first, first.range.lowerBound == text.startIndex else { return nil }
        return match(tokens, at: 0, referenceYear: referenceYear)
    }

    /// The position in `starts` of the first start a date is written at, as `matchAtStart` reads
    /// the text from there, or nil: one tokenization of `text` for all the starts. `starts` are
    /// UTF-8 offsets into `text`, ascending, each one past a space (U+0020) that is a character of
    /// its own: the tokenizer begins afresh after a space, so the tokens from there on are those of
    /// the text from there, and a date is read forward from its first token.
    static func firstMatchStart(in text: String, atUTF8Offsets starts: [Int]) -> Int? {
        let tokens = DateToken.tokenize(text)
        let utf8 = text.utf8
        var k = 0
        var offset = 0
        for (position, start) in starts.enumerated() {
            while k < tokens.count {
                offset = utf8.distance(from: utf8.startIndex, to: tokens[k].range.lowerBound)
                if offset >= start { break }
                k += 1
            }
            guard k < tokens.count else { return nil }
            if offset == start, match(tokens, at: k, referenceYear: nil) != nil { return position }
        }
        return nil
    }

    /// False when no date can start at the number at byte `start` of `bytes`, as dates are read here:
    /// a numeric date needs "-", "/" or "." after the first digits, a day a month name (capitalised,
    /// after an optional ordinal suffix and "of"). Anything unclear (non-ASCII) says true. A cheap
    /// test before tokenising a window for `matchAtStart`.
    static func mayBeginDate(in bytes: UnsafeBufferPointer<UInt8>, atNumber start: Int) -> Bool {
        let n = bytes.count
        var p = start
        var value = 0, digits = 0
        while p < n, bytes[p] >= 0x30 && bytes[p] <= 0x39 {
            value = min(value * 10 + Int(bytes[p] - 0x30), 1000)
            digits += 1
            p += 1
        }
        func skipSpace() {
            while p < n, bytes[p] == 0x20 || (bytes[p] >= 0x09 && bytes[p] <= 0x0D) { p += 1 }
        }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        /// Skips the letter run at `p` when it is one of `words` (any case).
        func skipWord(_ words: Set<String>) {
            var e = p
            while e < n, isLetter(bytes[e]) { e += 1 }
            if words.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<e]), as: UTF8.self).lowercased()) { p = e }
        }
        skipSpace()
        guard p < n else { return false }
        if bytes[p] >= 0x80 || bytes[p] == 0x2D || bytes[p] == 0x2F || bytes[p] == 0x2E { return true }
        guard digits <= 2, (1...31).contains(value) else { return false }
        if isLetter(bytes[p]) { skipWord(ordinalSuffixes) }
        skipSpace()
        guard p < n else { return false }
        if isLetter(bytes[p]) { skipWord(["of"]) }
        skipSpace()
        guard p < n else { return false }
        return bytes[p] >= 0x80 || (bytes[p] >= 0x41 && bytes[p] <= 0x5A)
    }

    private static func match(_ tokens: [DateToken], at i: Int, referenceYear: Int?) -> Match? {
        guard let (date, end) = parseDate(tokens, at: i, referenceYear: referenceYear) else { return nil }
        var iso = date
        var last = end
        if date.utf8.count == 10, let (time, timeEnd) = parseTime(tokens, at: end + 1) {
            iso += "T" + time
            last = timeEnd
        }
        return Match(range: tokens[i].range.lowerBound..<tokens[last].range.upperBound, iso: iso)
    }

    // MARK: - Dates

    /// Tries every written form at token `i`; returns the ISO date and the index of its last token.
    private static func parseDate(_ t: [DateToken], at i: Int, referenceYear: Int?) -> (String, Int)? {
        let tok = t[i]
        if tok.isDigits {
            return parseNumeric(t, at: i) ?? parseDayMonth(t, at: i, referenceYear: referenceYear)
                ?? parseYearDotMonth(t, at: i) ?? parseCJK(t, at: i, referenceYear: referenceYear)
                ?? parseBikramSambatYearFirst(t, at: i) ?? parseTibetanBareYear(t, at: i)
        }
        // "May" and "March" are also words: a month must be capitalised to count. Most words are
        // ASCII and start in lower case: their first byte settles that before the month lookup.
        if startsWithASCIINonCapital(tok.text) { return nil }
        guard let month = monthNumber(tok.text) else {
            return parseUncasedMonthFirst(t, at: i) ?? parseWordBeforeNumber(t, at: i) ?? parseTibetan(t, at: i)
        }
        guard startsWithASCIICapital(tok.text) || tok.text.first?.isUppercase == true else { return nil }
        var j = i + 1
        if j < t.count, t[j].text == "." { j += 1 }
        // Month Day[, Year]
        if j < t.count, let day = dayNumber(t[j].text) {
            var end = j
            var k = j + 1
            if k < t.count, ordinalSuffixes.contains(t[k].text.lowercased()) { end = k; k += 1 }
            if k < t.count, t[k].text == "," { k += 1 }
            if k < t.count, let year = yearNumber(t[k].text) {
                return valid(year, month, day).map { ($0, k) }
            }
            guard let ref = referenceYear else { return nil }
            return valid(ref, month, day).map { ($0, end) }
        }
        // Month Year
        if j < t.count, let year = yearNumber(t[j].text) {
            return (pad4(year) + "-" + pad2(month), j)
        }
        return nil
    }

    /// The first Character is an ASCII scalar other than A-Z (the first two bytes are ASCII and
    /// not CR LF, or the text is that one byte): not upper case, read without a Character.
    @inline(__always)
    private static func startsWithASCIINonCapital(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        guard let first = utf8.next(), first < 0x80, first &- 0x41 >= 26 else { return false }
        guard let second = utf8.next() else { return true }
        return second < 0x80 && !(first == 0x0D && second == 0x0A)
    }

    /// The first Character is an ASCII capital A-Z (the next byte, if any, is ASCII): upper case,
    /// read without a Character.
    @inline(__always)
    private static func startsWithASCIICapital(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        guard let first = utf8.next(), first &- 0x41 < 26 else { return false }
        guard let second = utf8.next() else { return true }
        return second < 0x80
    }

    /// "29 April 2024", "29th of April", "20 April", "1 de julio de 2024", "3. März 2021", "1er juin",
    /// "12 октября 2025 г.", "5 مارس 2025", "14 בינואר 2025", "12 พฤษภาคม 2568", "12 ก.พ. 2568" at token `i` (a day number).
    private static func parseDayMonth(_ t: [DateToken], at i: Int, referenceYear: Int?) -> (String, Int)? {
        guard let day = dayNumber(t[i].text) else { return nil }
        var j = i + 1
        if j < t.count, ordinalSuffixes.contains(t[j].text.lowercased()) || t[j].text == "er" || t[j].text == "º" { j += 1 }
        if j < t.count, t[j].text == "." { j += 1 }  // German "3. März"
        if j < t.count, monthLinkWords.contains(t[j].text.lowercased()) { j += 1 }
        // Maltese links day and month with "ta'" ("14 ta’ Awwissu 2025"), its apostrophe a token of its own.
        if j + 1 < t.count, t[j].text == "ta", t[j + 1].text == "’" || t[j + 1].text == "'" { j += 2 }
        // Turkmen joins its ordinal ending to the day with a hyphen: "14-nji awgust 2025".
        if j + 1 < t.count, t[j].text == "-", turkmenOrdinalEndings.contains(t[j + 1].text) { j += 2 }
        // Uzbek joins the day to the month with a hyphen: "12-oktabr 2025".
        if j + 1 < t.count, t[j].text == "-", MonthNames.entry(t[j + 1].text)?.isEnglish == false { j += 1 }
        guard j < t.count, let (month, monthEnd) = monthName(t, at: j) ?? lowerCaseAbbreviation(t, at: j) else {
            return parseOtherCalendarDayMonth(t, day: day, monthAt: j)
        }
        var end = monthEnd
        if end + 1 < t.count, t[end + 1].text == "." { end += 1 }
        var k = end + 1
        if k < t.count, t[k].text == "," || monthLinkWords.contains(t[k].text.lowercased()) { k += 1 }
        if k < t.count, let year = yearNumber(t[k].text) {
            return valid(year, month, day).map { ($0, k) }
        }
        guard let ref = referenceYear else { return nil }
        return valid(ref, month, day).map { ($0, end) }
    }

    /// "2025. április 8.": Hungarian writes the year first, closed by a full stop, then the month's
    /// name in lower case and the day. Read only after a four-digit token and a full stop, which
    /// other dates rarely start with; "november" and "december" are spelt as in English, whose
    /// names are taken only in lower case here (after a full stop an English sentence starts with
    /// a capital).
    /// Latvian ("2025. gada 9. jūlijs": the year, "gada", the day and the month), Lithuanian
    /// ("2025 m. birželio 18 d.": the year, "m.", the month and the day, "d.") and Basque
    /// ("2025eko abuztuaren 14a") also write the year first, each with its own word after it.
    private static func parseYearDotMonth(_ t: [DateToken], at i: Int) -> (String, Int)? {
        guard t[i].text.utf8.count == 4, i + 2 < t.count, let year = yearNumber(t[i].text) else { return nil }
        // Malayalam, Sinhala, Burmese... copy the year-month-day order in their own script:
        // "2025 ഫെബ്രുവരി 11", "2025 ජූනි 03". Only a month name of a script of three-byte letters
        // (lead byte 0xE0 to 0xEE) is looked up there, and a day must follow it.
        if let lead = t[i + 1].text.utf8.first, lead >= 0xE0, lead < 0xEF, let day = dayNumber(t[i + 2].text),
           let entry = MonthNames.entry(t[i + 1].text), !entry.isEnglish {
            return valid(year, entry.month, day).map { ($0, i + 2) }
        }
        guard i + 3 < t.count else { return nil }
        if t[i + 1].text == "m", t[i + 2].text == ".", i + 4 < t.count, let entry = MonthNames.entry(t[i + 3].text),
           !entry.isEnglish, let day = dayNumber(t[i + 4].text) {
            let end = i + 6 < t.count && t[i + 5].text == "d" && t[i + 6].text == "." ? i + 6 : i + 4
            return valid(year, entry.month, day).map { ($0, end) }
        }
        // Basque: the year with its "-(e)ko" ending, the month's genitive and the day, "-a" or "-an"
        // joined to it: "2025eko abuztuaren 14a".
        if t[i + 1].text == "eko" || t[i + 1].text == "ko", let entry = MonthNames.entry(t[i + 2].text), !entry.isEnglish,
           let day = dayNumber(t[i + 3].text) {
            let end = i + 4 < t.count && (t[i + 4].text == "a" || t[i + 4].text == "an") ? i + 4 : i + 3
            return valid(year, entry.month, day).map { ($0, end) }
        }
        guard t[i + 1].text == "." else { return nil }
        if i + 5 < t.count, t[i + 2].text == "gada", let day = dayNumber(t[i + 3].text), t[i + 4].text == ".",
           let entry = MonthNames.entry(t[i + 5].text), !entry.isEnglish || t[i + 5].text.first?.isLowercase == true {
            return valid(year, entry.month, day).map { ($0, i + 5) }
        }
        guard let entry = MonthNames.entry(t[i + 2].text), !entry.isEnglish || t[i + 2].text.first?.isLowercase == true,
              let day = dayNumber(t[i + 3].text) else { return nil }
        let end = i + 4 < t.count && t[i + 4].text == "." ? i + 4 : i + 3
        return valid(year, entry.month, day).map { ($0, end) }
    }

    /// The month named at token `j` and its last token: an English name must be capitalised ("May"
    /// is also a verb); the other languages' names are taken in any case, some in two words ("تشرين الأول").
    private static func monthName(_ t: [DateToken], at j: Int) -> (Int, Int)? {
        if let entry = MonthNames.entry(t[j].text) {
            if entry.isEnglish, t[j].text.first?.isUppercase != true { return nil }
            return (entry.month, j)
        }
        if j + 1 < t.count, t[j].text.utf8.first.map({ $0 >= 0x80 }) == true,
           let entry = MonthNames.entry(t[j].text + " " + t[j + 1].text) {
            return (entry.month, j + 1)
        }
        // Yoruba numbers its months ("Oṣù Kẹta", the third); "Karùn-ún" runs on over its hyphen.
        if j + 1 < t.count, let month = MonthNames.yorubaOrdinal(t[j].text, t[j + 1].text) {
            let hyphenated = j + 3 < t.count && t[j + 2].text == "-" && ["ún", "án", "un", "an"].contains(t[j + 3].text.lowercased())
            return (month, hyphenated ? j + 3 : j + 1)
        }
        // Thai abbreviations tokenize as syllable "." syllable "." ("ก.พ."); the lookup tests the Thai bytes first.
        if j + 3 < t.count, t[j + 1].text == ".", t[j + 3].text == ".",
           let month = ThaiMonthAbbreviations.month(t[j].text, t[j + 2].text) {
            return (month, j + 3)
        }
        return irishMonth(t, at: j)
    }

    /// Irish months of more than one word: "Meán Fómhair" (September) and "Deireadh Fómhair"
    /// (October), and "Mí" (month) before a month's genitive, with or without the article ("Mí na
    /// Nollag", "Mí an Mhárta", "Mí Lúnasa", "Mí Mheán Fómhair"). Every form opens with "m" or "d",
    /// tested on the first byte.
    private static func irishMonth(_ t: [DateToken], at j: Int) -> (Int, Int)? {
        guard j + 1 < t.count, let lead = t[j].text.utf8.first, lead | 0x20 == 0x6D || lead | 0x20 == 0x64 else { return nil }
        let first = t[j].text.lowercased()
        if let month = MonthNames.irishTwoWord(first, t[j + 1].text) { return (month, j + 1) }
        guard first == MonthNames.irishMonthWord else { return nil }
        var k = j + 1
        if k + 1 < t.count, MonthNames.irishArticles.contains(t[k].text.lowercased()) { k += 1 }
        if let entry = MonthNames.entry(t[k].text), !entry.isEnglish { return (entry.month, k) }
        if k + 1 < t.count, let month = MonthNames.irishTwoWord(t[k].text.lowercased(), t[k + 1].text) { return (month, k + 1) }
        return nil
    }

    /// "ಮಾರ್ಚ್ 14, 2025", "मार्च 14, 2025": Indian pages in Kannada, Marathi, Hindi... copy the
    /// English order, month first, in a script without capitals. Only a name of a script of
    /// three-byte letters (lead byte 0xE0 and up: Indic, Thai, Ethiopic...) is looked up, and only
    /// a day and a year after it make it a date.
    /// Tagalog copies that order in Latin letters ("Marso 15, 2025"): a capitalised name of
    /// another language than English counts only with the comma before the year; so does a Twi name
    /// opening with a letter of Latin Extended-B ("Ɔsanaa 14, 2025", lead byte 0xC6-0xC9).
    private static func parseUncasedMonthFirst(_ t: [DateToken], at i: Int) -> (String, Int)? {
        // The day number first: it is cheaper than the month table, and most capitalised words have none after them.
        guard let lead = t[i].text.utf8.first, lead >= 0xE0 && lead < 0xEF || lead &- 0x41 < 26 || lead &- 0xC6 < 4, i + 1 < t.count,
              let day = dayNumber(t[i + 1].text),
              let entry = MonthNames.entry(t[i].text), !entry.isEnglish else { return nil }
        var k = i + 2
        if k < t.count, t[k].text == "," { k += 1 } else if lead < 0xE0 { return nil }
        guard k < t.count, let year = yearNumber(t[k].text) else { return nil }
        return valid(year, entry.month, day).map { ($0, k) }
    }

    /// "14 mar 2025", "3 nov 2024": Spanish, Italian and Portuguese pages abbreviate the month in
    /// lower case, and their abbreviations are the English ones; Estonian, Danish, Dutch and Slovak
    /// write whole names spelt as the English ones in lower case ("3. september 2025", "12 april
    /// 2025"). Between a day and a four-digit year the word can be nothing else, so it counts there
    /// even uncapitalised (elsewhere "may" stays a verb).
    private static func lowerCaseAbbreviation(_ t: [DateToken], at j: Int) -> (Int, Int)? {
        guard let entry = MonthNames.entry(t[j].text), entry.isEnglish else { return nil }
        var k = j + 1
        if k < t.count, t[k].text == "." { k += 1 }
        guard k < t.count, yearNumber(t[k].text) != nil else { return nil }
        return (entry.month, j)
    }

    /// "2025年4月2日", "2025年4月2日（水）", "4月2日", "2025년 6월 10일", "2025年4月" at token `i`
    /// (digits, then the year, month and day signs of Chinese, Japanese or Korean).
    private static func parseCJK(_ t: [DateToken], at i: Int, referenceYear: Int?) -> (String, Int)? {
        func sign(_ k: Int, _ signs: (Character, Character)) -> Bool {
            // Every sign is a CJK Character: a token opening with an ASCII byte is none, read without a Character.
            guard k < t.count, let lead = t[k].text.utf8.first, lead >= 0x80 else { return false }
            return t[k].text.first == signs.0 || t[k].text.first == signs.1
        }
        let yearSigns: (Character, Character) = ("年", "년"), monthSigns: (Character, Character) = ("月", "월")
        var k = i
        var year = referenceYear
        if sign(i + 1, yearSigns) {
            if let y = yearNumber(t[i].text) {
                year = y
            } else {
                // "114年5月2日": a Minguo year, read only with its month and day.
                guard let n = Int(t[i].text), let y = EraYear.minguoGregorian(bareYear: n, digits: t[i].text.utf8.count),
                      i + 5 < t.count, t[i + 2].isDigits, sign(i + 3, monthSigns), t[i + 4].isDigits else { return nil }
                year = y
            }
            k = i + 2
        }
        guard k + 1 < t.count, t[k].isDigits, Int(t[k].text) != nil, sign(k + 1, monthSigns) else { return nil }
        guard let year else { return nil }
        return parseCJKMonthDay(t, monthAt: k, year: year, yearGiven: k > i)
    }

    /// The month (token `k`, then its sign) and day of a CJK date whose year is known; the year and
    /// month alone when `yearGiven`.
    private static func parseCJKMonthDay(_ t: [DateToken], monthAt k: Int, year: Int, yearGiven: Bool = true) -> (String, Int)? {
        func sign(_ k: Int, _ signs: (Character, Character)) -> Bool {
            guard k < t.count, let lead = t[k].text.utf8.first, lead >= 0x80 else { return false }
            return t[k].text.first == signs.0 || t[k].text.first == signs.1
        }
        guard k + 1 < t.count, t[k].isDigits, let month = Int(t[k].text), sign(k + 1, ("月", "월")) else { return nil }
        guard k + 2 < t.count, t[k + 2].isDigits, let day = dayNumber(t[k + 2].text) else {
            // Year and month only.
            guard yearGiven, (1...12).contains(month) else { return nil }
            return (pad4(year) + "-" + pad2(month), k + 1)
        }
        let end = sign(k + 3, ("日", "일")) || sign(k + 3, ("号", "號")) ? k + 3 : k + 2
        return valid(year, month, day).map { ($0, end) }
    }

    /// "2024-04-29", "2024/04/29", "04/29/2024" (US order unless the first number exceeds 12), "29.04.2024".
    private static func parseNumeric(_ t: [DateToken], at i: Int) -> (String, Int)? {
        guard i + 4 < t.count, t[i + 2].isDigits, t[i + 4].isDigits else { return nil }
        let sep = t[i + 1].text
        guard ["-", "/", "."].contains(sep), t[i + 3].text == sep else { return nil }
        let a = t[i].text, b = t[i + 2].text, c = t[i + 4].text
        guard let na = Int(a), let nb = Int(b), let nc = Int(c) else { return nil }
        if a.count == 4 {
            guard yearNumber(a) != nil else { return nil }
            return otherCalendar(na, nb, nc).map { ($0, i + 4) }
        }
        // "04.03.25, 18:22": day, month and a two-digit year with dots, read only with the clock
        // time after it (a bare "04.03.25" may be a version or a reference number).
        if c.count == 2, sep == ".", a.count == 2, b.count == 2, parseTime(t, at: i + 5) != nil {
            return valid(2000 + nc, nb, na).map { ($0, i + 4) }
        }
        guard c.count == 4, a.count <= 2, b.count <= 2 else { return nil }
        if sep == "." || na > 12 || SolarHijriDate.years.contains(nc) || BikramSambatDate.years.contains(nc) {
            return otherCalendar(nc, nb, na).map { ($0, i + 4) }
        }
        // Vietnamese writes the day first ("Thứ ba, 8/4/2025"): a line in Vietnamese letters is no US page.
        if sep == "/", nb <= 12, t.contains(where: { holdsVietnameseLetter($0.text) }) {
            return valid(nc, nb, na).map { ($0, i + 4) }
        }
        return valid(nc, na, nb).map { ($0, i + 4) }
    }

    /// A letter only Vietnamese writes among Latin scripts: ơ, ư, đ and the stacked tone marks of
    /// Latin Extended Additional (U+1EA0 to U+1EF9: "ứ", "ả", "ộ"). ASCII words are skipped on their
    /// bytes; read only for a slashed date that could be either order.
    private static func holdsVietnameseLetter(_ word: String) -> Bool {
        guard word.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return word.unicodeScalars.contains { s in
            (0x1EA0...0x1EF9).contains(s.value) || s.value == 0x01A0 || s.value == 0x01A1 || s.value == 0x01AF
                || s.value == 0x01B0 || s.value == 0x0110 || s.value == 0x0111
        }
    }

    /// A numeric date by its year: Solar Hijri (1300-1415, "۱۴۰۵/۰۹/۱۶") and Bikram Sambat
    /// (2070-2090, "२०८३/०८/२०") become Gregorian; a lunar Hijri year (1416-1499) is no date here, so
    /// the Gregorian date an Arabic page gives beside it is the one read; other years are Gregorian.
    private static func otherCalendar(_ year: Int, _ month: Int, _ day: Int) -> String? {
        if year < 2000 {
            if SolarHijriDate.years.contains(year) { return SolarHijriDate.gregorian(year: year, month: month, day: day).flatMap { valid($0.year, $0.month, $0.day) } }
            if SolarHijriDate.lunarYears.contains(year) { return nil }
        } else if BikramSambatDate.years.contains(year) {
            return BikramSambatDate.gregorian(year: year, month: month, day: day).flatMap { valid($0.year, $0.month, $0.day) }
        }
        return valid(year, month, day)
    }

    /// "۱۶ آذر ۱۴۰۵", "16 Azar 1405", "۱۶ قوس ۱۴۰۵" (Solar Hijri), "२० मंसिर २०८३" (Bikram Sambat), "5 መጋቢት 2017" (Ethiopian):
    /// a day, a month of those calendars (Persian may put "ماه", month, after it) and a year of that
    /// calendar's range. Read only once the word after the day is no Gregorian month, and the year
    /// is tested before the name is looked up.
    private static func parseOtherCalendarDayMonth(_ t: [DateToken], day: Int, monthAt j: Int) -> (String, Int)? {
        var k = j + 1
        if k < t.count, t[k].text == "ماه" { k += 1 }
        if k < t.count, t[k].text == "," { k += 1 }
        guard k < t.count, t[k].isDigits, t[k].text.utf8.count == 4, let year = Int(t[k].text) else { return nil }
        if SolarHijriDate.years.contains(year), let month = SolarHijriDate.month(t[j].text),
           let g = SolarHijriDate.gregorian(year: year, month: month, day: day) {
            return valid(g.year, g.month, g.day).map { ($0, k) }
        }
        if BikramSambatDate.years.contains(year), let month = BikramSambatDate.month(t[j].text),
           let g = BikramSambatDate.gregorian(year: year, month: month, day: day) {
            return valid(g.year, g.month, g.day).map { ($0, k) }
        }
        // "5 መጋቢት 2017": an Ethiopian day, month and year.
        if EthiopianDate.years.contains(year), let month = EthiopianDate.month(t[j].text),
           let g = EthiopianDate.gregorian(year: year, month: month, day: day) {
            return valid(g.year, g.month, g.day).map { ($0, k) }
        }
        return nil
    }

    /// "२०८३ मंसिर २०", "२०८३ मंसिर २० गते": Nepali pages write the Bikram Sambat year first, then the
    /// month and the day ("गते", the day's counter word, may close it).
    private static func parseBikramSambatYearFirst(_ t: [DateToken], at i: Int) -> (String, Int)? {
        guard i + 2 < t.count, t[i + 2].isDigits, t[i].text.utf8.count == 4, let year = Int(t[i].text),
              BikramSambatDate.years.contains(year), let day = dayNumber(t[i + 2].text),
              let month = BikramSambatDate.month(t[i + 1].text),
              let g = BikramSambatDate.gregorian(year: year, month: month, day: day) else { return nil }
        let end = i + 3 < t.count && t[i + 3].text == "गते" ? i + 3 : i + 2
        return valid(g.year, g.month, g.day).map { ($0, end) }
    }

    /// Dates opening with a word before a number that no Gregorian month name starts: a Japanese or
    /// Minguo era ("令和7年5月2日", "民國114年5月2日", "令和元年5月1日"), an era's initial ("R7.5.2"), a
    /// Bikram Sambat month first ("मंसिर २०, २०८३", "Mangsir 20, 2083"). Every form has a number
    /// right after the word, tested first.
    private static func parseWordBeforeNumber(_ t: [DateToken], at i: Int) -> (String, Int)? {
        guard i + 1 < t.count, t[i + 1].isDigits, let lead = t[i].text.utf8.first else { return nil }
        let word = t[i].text
        if lead >= 0xE4, lead <= 0xE6 {
            // "令和元年" is one token: the month follows it.
            if let year = EraYear.gregorian(firstYearWord: word) { return parseCJKMonthDay(t, monthAt: i + 1, year: year) }
            guard i + 3 < t.count, t[i + 2].text == "年", let n = Int(t[i + 1].text),
                  let year = EraYear.gregorian(eraWord: word, year: n) else { return nil }
            return parseCJKMonthDay(t, monthAt: i + 3, year: year)
        }
        if word.utf8.count == 1 {
            // "R7.5.2": initial, era year, month, day, joined by full stops.
            guard i + 5 < t.count, t[i + 2].text == ".", t[i + 4].text == ".", t[i + 3].isDigits, t[i + 5].isDigits,
                  t[i + 1].text.utf8.count <= 2, let n = Int(t[i + 1].text), let year = EraYear.gregorian(initial: word, year: n),
                  t[i + 3].text.utf8.count <= 2, let month = Int(t[i + 3].text), let day = dayNumber(t[i + 5].text) else { return nil }
            return valid(year, month, day).map { ($0, i + 5) }
        }
        // Ethiopian, month first: "መጋቢት 5, 2017 ዓ.ም" (Ge'ez letters open with E1).
        if lead == 0xE1 { return parseEthiopianMonthFirst(t, at: i) }
        // Bikram Sambat, month first: "मंसिर २०, २०८३".
        guard lead == 0xE0 || lead &- 0x41 < 26, let day = dayNumber(t[i + 1].text) else { return nil }
        var k = i + 2
        if k < t.count, t[k].text == "," { k += 1 }
        guard k < t.count, t[k].isDigits, t[k].text.utf8.count == 4, let year = Int(t[k].text),
              BikramSambatDate.years.contains(year), let month = BikramSambatDate.month(word),
              let g = BikramSambatDate.gregorian(year: year, month: month, day: day) else { return nil }
        return valid(g.year, g.month, g.day).map { ($0, k) }
    }

    /// "መጋቢት 5, 2017 ዓ.ም": an Ethiopian month, the day, an Ethiopian year (`EthiopianDate`), as the
    /// Gregorian date.
    private static func parseEthiopianMonthFirst(_ t: [DateToken], at i: Int) -> (String, Int)? {
        guard let day = dayNumber(t[i + 1].text) else { return nil }
        var k = i + 2
        if k < t.count, t[k].text == "," || t[k].text == "፣" { k += 1 }
        guard k < t.count, t[k].isDigits, t[k].text.utf8.count == 4, let year = Int(t[k].text),
              EthiopianDate.years.contains(year), let month = EthiopianDate.month(t[i].text),
              let g = EthiopianDate.gregorian(year: year, month: month, day: day) else { return nil }
        return valid(g.year, g.month, g.day).map { ($0, k) }
    }

    /// "ཕྱི་ལོ་༢༠༢༥ ཟླ་༨ ཚེས་༡༤", "སྤྱི་ལོ་༢༠༢༥ ཟླ་བ་བརྒྱད་པ་ཚེས་༡༤" (`TibetanDate`): the year, month and
    /// day each after its word, tshegs between syllables. The year may stand bare before the month
    /// ("༢༠༢༥ ཟླ་༨ ཚེས་༡༤", "༢༠༢༥ ལོའི་ཟླ་༨ ཚེས་༡༤") and the fields may come day first ("ཚེས་༡༤ ཟླ་༨
    /// ཕྱི་ལོ་༢༠༢༥"): each field names itself by its word, so their order is free, but all three must be
    /// there. A Tibetan first byte pair is tested first.
    private static func parseTibetan(_ t: [DateToken], at i: Int) -> (String, Int)? {
        guard TibetanDate.isTibetan(t[i].text) else { return nil }
        return parseTibetanFields(t, at: i)
    }

    /// A Tibetan date opening with its bare year ("༢༠༢༥ ཟླ་༨ ཚེས་༡༤"): a Tibetan token after the
    /// number is tested before anything is read.
    private static func parseTibetanBareYear(_ t: [DateToken], at i: Int) -> (String, Int)? {
        guard i + 1 < t.count, TibetanDate.isTibetan(t[i + 1].text), t[i].text.utf8.count == 4 else { return nil }
        return parseTibetanFields(t, at: i)
    }

    /// The year, month and day fields of a Tibetan date from token `i`, in any order; nil unless
    /// all three are read.
    private static func parseTibetanFields(_ t: [DateToken], at i: Int) -> (String, Int)? {
        var k = i
        var end = i
        var year: Int?, month: Int?, day: Int?
        func skipSeparators() { while k < t.count, TibetanDate.isSeparator(t[k].text) { k += 1 } }
        func word(_ w: String) -> Bool {
            guard k < t.count, t[k].text == w else { return false }
            k += 1
            skipSeparators()
            return true
        }
        for _ in 0..<3 {
            guard k < t.count else { break }
            if year == nil, t[k].isDigits {
                // A bare year: four digits, "ལོ" or its genitive "ལོའི" (the year's) may follow.
                guard let y = yearNumber(t[k].text), t[k].text.utf8.count == 4 else { break }
                year = y
                end = k
                k += 1
                skipSeparators()
                if k < t.count, t[k].text == TibetanDate.year || t[k].text == TibetanDate.yearGenitive { k += 1; skipSeparators() }
            } else if year == nil, TibetanDate.eraWords.contains(t[k].text) || t[k].text == TibetanDate.year {
                if TibetanDate.eraWords.contains(t[k].text) { k += 1; skipSeparators() }
                guard word(TibetanDate.year), k < t.count, let y = yearNumber(t[k].text) else { return nil }
                year = y
                end = k
                k += 1
                skipSeparators()
                if k < t.count, t[k].text == TibetanDate.yearGenitive { k += 1; skipSeparators() }
            } else if month == nil, word(TibetanDate.month) {
                guard k < t.count else { return nil }
                if t[k].isDigits {
                    month = Int(t[k].text)
                    end = k
                    k += 1
                } else if word(TibetanDate.monthSecondSyllable) {
                    if k < t.count, t[k].isDigits {
                        month = Int(t[k].text)
                        end = k
                        k += 1
                    } else {
                        // The ordinal's syllables up to its closing "པ" or "པོ" (at most two before it).
                        var syllables: [String] = []
                        while k < t.count, syllables.count < 3, !TibetanDate.ordinalClosers.contains(t[k].text), TibetanDate.isTibetan(t[k].text) {
                            syllables.append(t[k].text)
                            k += 1
                            skipSeparators()
                        }
                        guard k < t.count, TibetanDate.ordinalClosers.contains(t[k].text) else { return nil }
                        end = k
                        k += 1
                        month = TibetanDate.ordinalMonth(syllables)
                    }
                }
                guard month != nil else { return nil }
                skipSeparators()
            } else if day == nil, word(TibetanDate.day) {
                guard k < t.count, let d = dayNumber(t[k].text) else { return nil }
                day = d
                end = k
                k += 1
                skipSeparators()
            } else {
                break
            }
        }
        guard let year, let month, let day else { return nil }
        return valid(year, month, day).map { ($0, end) }
    }

    /// "ཆུ་ཚོད་༡༠:༣༠", "ཕྱི་དྲོ་ཆུ་ཚོད་ ༣:༣༠", "ཆུ་ཚོད་༡༠ སྐར་མ་༣༠" after a date: the hour's word
    /// ("ཆུ་ཚོད", the clock's hour) before the number, a part of the day ("སྔ་དྲོ" morning, "ཕྱི་དྲོ"
    /// afternoon, "དགོང་དྲོ" evening) before it, the minutes after a colon or after "སྐར་མ". A number
    /// without the hour's word is a time only in the colon form.
    private static func parseTibetanTime(_ t: [DateToken], at start: Int) -> (String, Int)? {
        var k = start
        var hourWord = false
        var afternoon: Bool?
        while k < t.count, k - start < 10 {
            let w = t[k].text
            if TibetanDate.isSeparator(w) || w == TibetanDate.dayPartClose || w == "," {
                k += 1
            } else if w == TibetanDate.hourFirst || w == TibetanDate.hourSecond {
                hourWord = true
                k += 1
            } else if let pm = TibetanDate.dayParts[w] {
                afternoon = pm
                k += 1
            } else {
                break
            }
        }
        guard k < t.count, t[k].isDigits, t[k].text.utf8.count <= 2, var hour = Int(t[k].text), hour < 24 else { return nil }
        var minute: Int?
        var end = k
        if k + 2 < t.count, t[k + 1].text == ":", t[k + 2].isDigits, t[k + 2].text.utf8.count == 2 {
            minute = Int(t[k + 2].text)
            end = k + 2
        } else if hourWord {
            var m = k + 1
            while m < t.count, TibetanDate.isSeparator(t[m].text) { m += 1 }
            if m + 1 < t.count, t[m].text == TibetanDate.minuteFirst {
                m += 1
                while m < t.count, TibetanDate.isSeparator(t[m].text) { m += 1 }
                if m < t.count, t[m].text == TibetanDate.minuteSecond { m += 1 }
                while m < t.count, TibetanDate.isSeparator(t[m].text) { m += 1 }
                if m < t.count, t[m].isDigits, t[m].text.utf8.count <= 2 {
                    minute = Int(t[m].text)
                    end = m
                }
            }
        }
        guard let minute, minute < 60 else { return nil }
        if afternoon == true, hour < 12 { hour += 12 }
        if afternoon == false, hour == 12 { hour = 0 }
        return (pad2(hour) + ":" + pad2(minute), end)
    }

    // MARK: - Times

    /// The words for morning and afternoon that Korean ("오전", "오후"), Chinese ("上午", "下午") and
    /// Japanese ("午前", "午後") set before a time; true for the afternoon.
    static let leadingMeridiems: [String: Bool] = [
        "오전": false, "오후": true, "上午": false, "下午": true, "午前": false, "午後": true,
    ]

    /// "3:10 PM", "3:10 p.m.", "15:10", "at 3:10pm" starting at token `i` (after an optional "," or "at").
    private static func parseTime(_ t: [DateToken], at start: Int) -> (String, Int)? {
        if start < t.count, TibetanDate.isTibetan(t[start].text) { return parseTibetanTime(t, at: start) }
        var i = start
        var afterWord = false
        var leadingAfternoon: Bool?
        while i < t.count {
            let text = t[i].text
            // The Arabic comma "،" (Uyghur, Urdu, Persian) and the Ethiopic "፣" part the date from its time too.
            if text == "," || text == "T" || text == "-" || text == "|" || text == "." || text == "،" || text == "፣" {
                i += 1
            } else if timeLinkWords.contains(text.lowercased()) {
                afterWord = true
                i += 1
            } else if let afternoon = leadingMeridiems[text] {
                // Korean, Chinese and Japanese write the half of the day before the time ("오후 3:10").
                leadingAfternoon = afternoon
                i += 1
            } else {
                break
            }
        }
        // "15:10", "12h55" (French, Portuguese), "7時30分" (Japanese), "8시 15분" (Korean).
        guard i + 2 < t.count, t[i].isDigits, t[i + 2].isDigits else { return nil }
        let mark = t[i + 1].text
        let cjk = mark.first == "時" || mark.first == "时" || mark.first == "시"
        // "kl. 10.20", "ob 10.20": a full stop marks the minutes only after a word for "at".
        guard mark == ":" || mark == "h" || cjk || (afterWord && mark == "." && t[i].text.utf8.count <= 2), var hour = Int(t[i].text), let minute = Int(t[i + 2].text),
              t[i + 2].text.count == 2 || cjk, hour < 24, minute < 60
        else { return nil }
        if let afternoon = leadingAfternoon {
            guard (1...12).contains(hour) else { return nil }
            if afternoon, hour != 12 { hour += 12 }
            if !afternoon, hour == 12 { hour = 0 }
        }
        var end = i + 2
        var k = end + 1
        if cjk, k < t.count, t[k].text.first == "分" || t[k].text.first == "분" { end = k; k += 1 }
        if k + 1 < t.count, t[k].text == ":", t[k + 1].isDigits { end = k + 1; k += 2 }  // seconds
        if k < t.count {
            let word = t[k].text.lowercased()
            var meridiem: String?
            if word == "am" || word == "pm" {
                meridiem = word; end = k
            } else if (word == "a" || word == "p"), k + 2 < t.count, t[k + 1].text == ".", t[k + 2].text.lowercased() == "m" {
                meridiem = word + "m"; end = k + 2
                if k + 3 < t.count, t[k + 3].text == "." { end = k + 3 }
            }
            if let meridiem {
                guard (1...12).contains(hour) else { return nil }
                if meridiem == "pm", hour != 12 { hour += 12 }
                if meridiem == "am", hour == 12 { hour = 0 }
            }
        }
        return (pad2(hour) + ":" + pad2(minute), end)
    }

    /// The word opens with a four-digit year glued to more (the CJK "2025年4月2日"), a Minguo year
    /// ("114年") or an era's name ("令和7年"), or is a Thai Buddhist-era year ("2568"): a cheap byte
    /// test before parsing a line whose words hold no plain year.
    static func startsWithYear(_ word: String) -> Bool {
        var utf8 = word.utf8.makeIterator()
        var year = 0
        var digits = 0
        while let b = utf8.next() {
            guard b >= 0x30, b <= 0x39 else {
                guard b >= 0x80 else { return false }
                if digits == 0 { return startsWithEra(word) || startsWithOtherScriptYear(word) }
                // "2025年4月2日"; "114年5月2日", a Minguo year (its year sign: E5 B9 B4).
                return digits == 4 ? (1900...2100).contains(year) : digits == 3 && b == 0xE5 && (100...199).contains(year)
            }
            guard digits < 4 else { return false }
            year = year * 10 + Int(b - 0x30)
            digits += 1
        }
        return digits == 4 && (2443...2643).contains(year)
    }

    /// The word opens with a year written in the digits of another script ("༢༠༢༥", "۱۴۰۳/۱۲/۱۸",
    /// "២០២៥"): four digits, no fifth, of a Gregorian (1900-2100), Solar Hijri or Thai Buddhist-era
    /// year. The line tokenizer keeps such digits as they are, so no year word marks the line; the
    /// first scalar's value is tested against the digit blocks before any other is read.
    static func startsWithOtherScriptYear(_ word: String) -> Bool {
        var year = 0
        var digits = 0
        for scalar in word.unicodeScalars {
            guard let digit = otherScriptDigit(scalar.value) else { break }
            guard digits < 4 else { return false }
            year = year * 10 + digit
            digits += 1
        }
        return digits == 4 && ((1900...2100).contains(year) || SolarHijriDate.years.contains(year) || (2443...2643).contains(year))
    }

    /// The value of a decimal digit of the scripts whose dates are read here (Arabic-Indic, Persian,
    /// the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, full-width), by the
    /// scalar's value alone: every Indic block sets its digits at 0x66 to 0x6F of its 128.
    @inline(__always)
    private static func otherScriptDigit(_ v: UInt32) -> Int? {
        switch v {
        case 0x0660...0x0669: return Int(v - 0x0660)
        case 0x06F0...0x06F9: return Int(v - 0x06F0)
        case 0x0900..<0x0E00 where (v & 0x7F) &- 0x66 < 10: return Int((v & 0x7F) - 0x66)
        case 0x0E50...0x0E59, 0x0ED0...0x0ED9, 0x1040...0x1049, 0x17E0...0x17E9, 0x1810...0x1819, 0xFF10...0xFF19:
            return Int(v & 0xF)
        case 0x0F20...0x0F29: return Int(v - 0x0F20)
        default: return nil
        }
    }

    /// The word opens with the name of a Japanese or Minguo era ("令和", "平成", "民國", "民国"), or is
    /// the first syllable of a Tibetan year ("ཕྱི"): its first three bytes, then the whole name.
    private static func startsWithEra(_ word: String) -> Bool {
        var utf8 = word.utf8.makeIterator()
        guard let a = utf8.next(), let b = utf8.next(), let c = utf8.next() else { return false }
        switch (a, b, c) {
        case (0xE4, 0xBB, 0xA4), (0xE5, 0xB9, 0xB3), (0xE6, 0x98, 0xAD), (0xE6, 0xB0, 0x91):
            return word.hasPrefix("令和") || word.hasPrefix("平成") || word.hasPrefix("昭和") || word.hasPrefix("民國") || word.hasPrefix("民国")
        case (0xE0, 0xBD, 0x95), (0xE0, 0xBD, 0xA6):
            // The Tibetan year's first syllable ("ཕྱི་ལོ", "སྤྱི་ལོ"): `parseTibetan` reads the rest.
            return TibetanDate.eraWords.contains(word)
        default:
            return false
        }
    }

    /// False when `text` holds no date `forEachMatch` finds (one written with its year): every such
    /// date has a four-digit year with a day, a month name, a link word ("of", "de"), an ordinal
    /// suffix or a mark ("-", "/", ".", ",") just before it, or a mark or year sign just after it.
    /// A byte test over the digit runs before tokenising a whole line; anything unclear (digits of
    /// another script, a non-ASCII byte beside a number or a word before a year) says true.
    /// `fullDateOnly`: only a date with its day counts, so a month name right before the year
    /// ("in May 2021") needs a day number at most two words before it ("4th of May 2021").
    static func mayHoldYearDate(_ text: Substring, fullDateOnly: Bool = false) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ mayHoldYearDate(bytes: $0, fullDateOnly: fullDateOnly) }) {
            return answer
        }
        return Array(text.utf8).withUnsafeBufferPointer { mayHoldYearDate(bytes: $0, fullDateOnly: fullDateOnly) }
    }

    private static func mayHoldYearDate(bytes: UnsafeBufferPointer<UInt8>, fullDateOnly: Bool) -> Bool {
        let n = bytes.count
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        func isMark(_ b: UInt8) -> Bool { b == 0x2D || b == 0x2F || b == 0x2E }
        // The tokenizer reads digits of any script: a line with one is left to it.
        if bytes.contains(where: { $0 >= 0x80 }),
           String(decoding: bytes, as: UTF8.self).unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.numericType == .decimal }) {
            return true
        }
        var p = 0
        while p < n {
            guard isDigit(bytes[p]) else { p += 1; continue }
            let start = p
            while p < n, isDigit(bytes[p]) { p += 1 }
            // A number glued to a non-ASCII Character (a combining mark, a year sign) is the tokenizer's to split.
            if (start > 0 && bytes[start - 1] >= 0x80) || (p < n && bytes[p] >= 0x80) { return true }
            guard p - start == 4 else { continue }
            var after = p
            while after < n, isSpace(bytes[after]) { after += 1 }
            if after < n, bytes[after] >= 0x80 { return true }
            if after < n, isMark(bytes[after]) {
                // "2024-04-29": a number after the mark ("in 2024." ends a sentence).
                var next = after + 1
                while next < n, isSpace(bytes[next]) { next += 1 }
                if next < n, isDigit(bytes[next]) || bytes[next] >= 0x80 { return true }
            }
            var before = start
            while before > 0, isSpace(bytes[before - 1]) { before -= 1 }
            guard before > 0 else { continue }
            let previous = bytes[before - 1]
            if previous >= 0x80 || isDigit(previous) || isMark(previous) || previous == 0x2C { return true }
            guard isLetter(previous) else { continue }
            var wordStart = before - 1
            while wordStart > 0, isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
            var beforeWord = wordStart
            while beforeWord > 0, isSpace(bytes[beforeWord - 1]) { beforeWord -= 1 }
            // A word glued to or following a non-ASCII one may be part of a month's name ("März", "تشرين الأول").
            if beforeWord > 0, bytes[beforeWord - 1] >= 0x80 { return true }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<before]), as: UTF8.self)
            let lower = word.lowercased()
            if ordinalSuffixes.contains(lower) || monthLinkWords.contains(lower) { return true }
            guard monthNumber(word) != nil || MonthNames.entry(word) != nil else { continue }
            guard fullDateOnly else { return true }
            // Day [suffix] [.] [of] Month Year: a digit (or anything non-ASCII) within two words before the month.
            var q = wordStart
            var words = 0
            while q > 0 {
                let b = bytes[q - 1]
                if isDigit(b) || b >= 0x80 { return true }
                // Maltese "ta'" and Turkmen "14-nji" put an apostrophe or a hyphen between day and month.
                if isSpace(b) || b == 0x2E || b == 0x27 || b == 0x2D { q -= 1; continue }
                guard isLetter(b), words < 2 else { break }
                while q > 0, isLetter(bytes[q - 1]) { q -= 1 }
                words += 1
            }
        }
        return false
    }

    // MARK: - Pieces

    /// English, and Yiddish joined to the day ("14טן אויגוסט", "21סטן").
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "טן", "סטן", "טער", "סטער"]

    /// Words between day, month and year: "29th of April", "1 de julio de 2024", "12 de março de 2023";
    /// Khmer "ឆ្នាំ" (year) before the year ("៨ ខែមីនា ឆ្នាំ ២០២៥").
    private static let monthLinkWords: Set<String> = ["of", "de", "del", "di", "ឆ្នាំ"]

    /// Turkmen ordinal endings after a day's hyphen ("14-nji", "10-njy", "1-inji", "6-ynjy").
    private static let turkmenOrdinalEndings: Set<String> = ["nji", "njy", "inji", "ynjy", "unjy", "ünji"]

    /// Words before a time: "at 3:10", "às 12h55", "a las 10:00", "à 9h", "um 14:20", "alle 9:30", "в 14:20", "kl. 8".
    /// Polish and Slovak "o", Slovenian "ob", Czech "v", Finnish "klo", Galician "ás", Croatian "u" too;
    /// and "the hour" before it: Arabic "الساعة" (a news portal's "14/04/2009 الساعة 10:35"), Persian
    /// "ساعت", Turkish "saat", Greek "στις", Hebrew "בשעה", Thai "เวลา" ("14 สิงหาคม 2546 เวลา 10:25 น.").
    private static let timeLinkWords: Set<String> = ["at", "às", "as", "a", "las", "à", "um", "alle", "ore", "om", "в", "kl",
                                                     "o", "ob", "v", "klo", "ás", "u", "الساعة", "ساعت", "saat", "στις", "בשעה", "เวลา"]

    /// Month names and abbreviations, lower-case, with their numbers.
    static let monthNames: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The keys of `monthNames` of up to 8 bytes, little-endian in one integer, with their lengths and months.
    private static let packedMonthNames: [(UInt64, Int, Int)] = monthNames.compactMap { name, month in
        name.utf8.count <= 8 ? (pack(name), name.utf8.count, month) : nil
    }
    /// The first 8 bytes of "september", the one 9-byte key.
    private static let septembe = pack("septembe")
    private static func pack(_ name: String) -> UInt64 {
        var packed: UInt64 = 0
        for (k, b) in name.utf8.prefix(8).enumerated() { packed |= UInt64(b) << (8 * UInt64(k)) }
        return packed
    }

    /// 1...12 for an English month name or its abbreviation ("Apr", "Sept").
    public static func monthNumber(_ word: String) -> Int? {
        // Names are 3 to 9 ASCII letters: other ASCII lengths need no lower-casing and hashing.
        let utf8 = word.utf8
        // Every name starts with j, f, m, a, s, o, n or d: a word opening with another ASCII byte
        // lower-cases to no key (lower-casing maps its first scalar to that byte's lower case).
        if let first = utf8.first, first < 0x80 {
            switch first | 0x20 {
            case 0x6A, 0x66, 0x6D, 0x61, 0x73, 0x6F, 0x6E, 0x64: break
            default: return nil
            }
        }
        if utf8.count < 3 || utf8.count > 9, utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        // An ASCII word of 3 to 9 bytes: its lower-cased bytes compared as one integer with each
        // name's, not a lower-cased String hashed into the dictionary (same answer: the keys are ASCII).
        if utf8.count <= 9 {
            var packed: UInt64 = 0
            var ninth: UInt8 = 0
            var k = 0
            var ascii = true
            for b in utf8 {
                guard b < 0x80 else { ascii = false; break }
                let lower = b &- 0x41 < 26 ? b | 0x20 : b
                if k < 8 { packed |= UInt64(lower) << (8 * UInt64(k)) } else { ninth = lower }
                k += 1
            }
            if ascii {
                if k == 9 { return packed == septembe && ninth == UInt8(ascii: "r") ? 9 : nil }
                // The length too: a NUL byte packs as nothing.
                for (key, length, month) in packedMonthNames where key == packed && length == k { return month }
                return nil
            }
        }
        return monthNames[word.lowercased()]
    }

    private static func dayNumber(_ s: String) -> Int? {
        // `Int` reads ASCII only, where bytes are Characters: the byte count is the Character count.
        guard s.utf8.count <= 2, let n = Int(s), (1...31).contains(n) else { return nil }
        return n
    }

    /// A four-digit year; a Thai Buddhist-era year (2443-2643, as in "12 พฤษภาคม 2568") becomes
    /// its Gregorian year (543 less): no news page dates an article in those centuries otherwise.
    private static func yearNumber(_ s: String) -> Int? {
        guard s.utf8.count == 4, let n = Int(s), (1000...2999).contains(n) else { return nil }
        return (2443...2643).contains(n) ? n - 543 : n
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1...12).contains(month), day >= 1, day <= GregorianMonth.length(year: year, month: month) else { return nil }
        return pad4(year) + "-" + pad2(month) + "-" + pad2(day)
    }

    private static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func pad4(_ n: Int) -> String {
        let digits = String(n)
        // ASCII: bytes are Characters.
        return digits.utf8.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.utf8.count) + digits
    }
}

/// A word, number or punctuation mark of a date string, with where it stands.
private struct DateToken {
    var text: String
    var range: Range<String.Index>
    var isDigits: Bool

    /// Splits at spaces and at every change between letters, digits and punctuation, so
    /// "2024-04-29T15:10" gives 2024 - 04 - 29 T 15 : 10.
    static func tokenize(_ s: String) -> [DateToken] {
        // Nearly every window is ASCII: classify bytes instead of Characters (Unicode property
        // lookups were most of the entity recognizer's date cost). Same tokens either way.
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return tokenizeASCII(s) }
        var tokens: [DateToken] = []
        // As `tokenizeASCII` reserves: a growing array reallocated several times a line.
        tokens.reserveCapacity(s.utf8.count / 3 + 4)
        var start: String.Index?
        var kind = 0  // 1 letters, 2 digits
        var digits = ""  // a digit run in ASCII, whatever script wrote it
        func flush(_ end: String.Index) {
            if let st = start {
                tokens.append(DateToken(text: kind == 2 ? digits : String(s[st..<end]), range: st..<end, isDigits: kind == 2))
            }
            start = nil
            digits = ""
        }
        let utf8 = s.utf8
        var i = s.startIndex
        while i < s.endIndex {
            let letter: Bool
            let digit: Int?
            let space: Bool
            let next: String.Index
            let b = utf8[i]
            let afterByte = utf8.index(after: i)
            if b < 0x80, b != 0x0D, afterByte == utf8.endIndex || utf8[afterByte] < 0x80 {
                // An ASCII byte followed by another (or the end) is a whole Character: Unicode
                // breaks graphemes between any two ASCII scalars but CR LF. `i` is always a
                // Character's start, so no grapheme lookup is needed for most of a mixed line.
                (letter, digit, space) = Self.classify(ascii: b)
                next = afterByte
            } else {
                let c = s[i]
                next = s.index(after: i)
                if let byte = c.asciiValue {
                    // Most Characters of a mixed line (prose with curly quotes or dashes) are still
                    // ASCII: classify those by byte, as `tokenizeASCII` does, and keep the Unicode
                    // property lookups (`isLetter`, `isWhitespace`) for the rest. "\r\n" has the
                    // value of "\n".
                    (letter, digit, space) = Self.classify(ascii: byte)
                } else {
                    // Decimal digits are never letters: look up a digit's value only for the rest.
                    letter = c.isLetter
                    digit = letter ? nil : otherScriptDigit(c)
                    space = c.isWhitespace
                }
            }
            let k = digit != nil ? 2 : (letter ? 1 : 0)
            if k == 0 {
                flush(i)
                if !space {
                    tokens.append(DateToken(text: String(s[i..<next]), range: i..<next, isDigits: false))
                }
            } else if start == nil || k != kind {
                flush(i)
                start = i
                kind = k
            }
            if let digit { digits.unicodeScalars.append(Unicode.Scalar(UInt8(48 + digit))) }
            i = next
        }
        flush(s.endIndex)
        return tokens
    }

    /// The value of a decimal digit of another script: Arabic-Indic, Persian, Devanagari, Bengali,
    /// Thai, full-width and the other Unicode decimal digits.
    private static func otherScriptDigit(_ c: Character) -> Int? {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first,
              scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    /// `tokenize` for all-ASCII text, where every Character is one byte (or whitespace "\r\n").
    /// An ASCII byte as the tokenizer reads it: a letter, a decimal digit's value, White_Space (tab,
    /// line feed, vertical tab, form feed, carriage return, space).
    @inline(__always)
    private static func classify(ascii b: UInt8) -> (letter: Bool, digit: Int?, space: Bool) {
        ((b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A), b >= 0x30 && b <= 0x39 ? Int(b) - 48 : nil,
         b == 0x20 || (b >= 0x09 && b <= 0x0D))
    }

    private static func tokenizeASCII(_ s: String) -> [DateToken] {
        var tokens: [DateToken] = []
        // About a token per three bytes in a dated line: one allocation instead of a growing array's several.
        tokens.reserveCapacity(s.utf8.count / 3 + 4)
        let utf8 = s.utf8
        // A token of up to 15 bytes (nearly all) is built inline from the bytes packed as they are
        // read, the String `String(s[st..<end])` gives (`SmallASCIIString`), without slicing `s`.
        let inline = SmallASCIIString.isAvailable
        var low: UInt64 = 0, high: UInt64 = 0, length = 0
        var start: String.Index?
        var kind = 0  // 1 letters, 2 digits
        func flush(_ end: String.Index) {
            if let st = start {
                let text = inline && length <= SmallASCIIString.maximumCount
                    ? SmallASCIIString.make(low: low, high: high, count: length) : String(s[st..<end])
                tokens.append(DateToken(text: text, range: st..<end, isDigits: kind == 2))
            }
            start = nil
        }
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            let k = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) ? 1 : (b >= 0x30 && b <= 0x39 ? 2 : 0)
            let next = utf8.index(after: i)
            if k == 0 {
                flush(i)
                // ASCII White_Space: tab, line feed, vertical tab, form feed, carriage return, space.
                if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
                    let text = inline ? SmallASCIIString.make(low: UInt64(b), high: 0, count: 1) : String(UnicodeScalar(b))
                    tokens.append(DateToken(text: text, range: i..<next, isDigits: false))
                }
            } else {
                if start == nil || k != kind {
                    flush(i)
                    start = i
                    kind = k
                    low = 0
                    high = 0
                    length = 0
                }
                if length < 8 {
                    low |= UInt64(b) << (8 * UInt64(length))
                } else if length < 16 {
                    high |= UInt64(b) << (8 * UInt64(length - 8))
                }
                length += 1
            }
            i = next
        }
        flush(utf8.endIndex)
        return tokens
    }
}
