/// The words that introduce an author in many languages ("Por", "Par", "Von", "Di", "Door",
/// "Автор:", "Από την", "מאת", "بقلم", "โดย", "लेखक:", "作者：", "文/", "記者", "기자", "글", Kazakh
/// "Авторы:", Azerbaijani "Müəllif:", Hausa "Daga", Serbian "Аутор:", Kannada "ವರದಿ:", Pashto
/// "لیکوال:", Yoruba "Láti ọwọ́", Hungarian "Szerző:", Finnish "Teksti:", Swedish "Text:", Gujarati
/// "અહેવાલ:", Danish "Af", Norwegian "Av", Albanian "Nga", Lithuanian "Autorė:", Latvian "Autore:",
/// Mongolian "Сэтгүүлч:", Sorani "نووسەر:", Malay "Oleh", Dhivehi "ލިޔުނީ:", Tibetan "རྩོམ་པ་པོ།",
/// Odia "ରିପୋର୍ଟ:", Slovenian "Avtor:", Icelandic "Höfundur:", Basque "Egilea:", Welsh "Gan",
/// Belarusian "Аўтар:", Tajik "Муаллиф:", Yiddish "פֿון", Afrikaans "Deur", Uyghur "مۇخبىر:",
/// Zulu "Umbhali:", Maltese "Minn", Turkmen "Awtor:", Kinyarwanda "Yanditswe na", Esperanto
/// "Aŭtoro:", Sindhi "رپورٽ:", Tigrinya "ጸሓፊ፦", Assamese "প্ৰতিবেদক:", Javanese "Panulis:", Igbo
/// "Odee:", Haitian Creole "Ekri pa", Malagasy "Mpanoratra:", Inuktitut "ᑎᑎᕋᖅᑎ:", Khmer "ដោយ៖",
/// Persian "نویسنده:", Telugu "రచన:", Somali "Qoraa:", Burmese "ရေးသားသူ", N'Ko "ߛߍߓߍߣߓߊߜߊ:", Santali
/// "ᱚᱞᱤᱪᱷᱚ:", Scottish Gaelic "Ùghdar:", Kurmanji "Nivîskar:", Maori "Kaituhi:", Faroese "Høvundur:",
/// Breton "Skrivet gant:", Oromo "Barreessaa:", Samoan "Tusitala:", Western Frisian "Skriuwer:", Romansh
/// "Autur:", Tongan "Tohi ʻe:", Guarani "Ohaíva:", Syriac "ܣܦܪܐ:", Sesotho "Mongodi:", Tamazight
/// "ⴰⵎⴰⵔⵓ:", Cherokee "ᎤᏬᏪᎳᏅᎯ:" (lower-cased here, as the line is, to U+AB70-ABBF), Fulfulde in Adlam "𞤄𞤭𞤲𞥆𞤣𞤮𞥅𞤱𞤮:", Manipuri in Meetei Mayek "ꯏꯕꯕ:",
/// Quechua "Qillqaq:", Wolof "Bindkat:", Sakha "Суруйда:", Northern Sami "Čálli:", Tok Pisin "Raita:", Twi
/// "Ɔkyerɛwfo:", Shona "Munyori:", Indonesian "Penulis:", Occitan "Escrich per:", Lingala "Mokomi:", Chuvash
/// "Ҫыраканӗ:", Hawaiian "Mea kākau:", Tagalog and Cebuano "Ni", which a
/// byline row runs into its date: "Ni <name> Agosto 14, 2025"), found at
/// the start of a metadata line or after a separator inside one ("5 <month> 2025 - بقلم <name>"),
/// with the name that follows them.
enum BylineLabels {
    /// Labels, lower-case, longest first so "από την" wins over "από". A label ending in a colon or
    /// slash may touch the name ("作者：林", "文/王").
    static let labels: [String] = [
        "written by", "by", "por", "par", "von", "di", "door", "autor:", "autor", "auteur:", "autore:", "yazar:",
        "автор:", "автор", "текст:", "από την", "από τον", "από", "מאת:", "מאת", "כתב:", "بقلم:", "بقلم", "كتب:",
        "โดย", "लेखक:", "लेखक", "作者：", "作者:", "作者", "文/", "文／", "記者：", "記者", "기자", "글:", "글",
        "авторы:", "müəllif:", "muallif:", "daga", "аутор:", "ವರದಿ:", "ಲೇಖಕರು:", "ಲೇಖಕ:", "لیکوال:", "لیکنه:", "láti ọwọ́",
        "szerző:", "teksti:", "text:", "અહેવાલ:", "લેખક:",
        "af", "av", "nga", "autorė:", "autorius:", "autore:", "autors:", "сэтгүүлч:", "нийтлэлч:", "نووسەر:",
        "oleh", "ލިޔުނީ:", "ރިޕޯޓް:", "རྩོམ་པ་པོ།", "རྩོམ་པ་པོ:", "སྙན་སྐུལ་བ།", "ରିପୋର୍ଟ:", "ଲେଖକ:",
        "avtor:", "höfundur:", "egilea:", "gan", "аўтар:", "муаллиф:", "פֿון",
        "deur", "مۇخبىر:", "ئاپتور:", "umbhali:", "minn", "awtor:", "yanditswe na", "aŭtoro:",
        "رپورٽ:", "ጸሓፊ፦", "ጸሓፊ:", "প্ৰতিবেদক:", "panulis:", "odee:", "ekri pa", "mpanoratra:", "ᑎᑎᕋᖅᑎ:", "ni",
        "ߛߍߓߍߣߓߊߜߊ:", "ᱚᱞᱤᱪᱷᱚ:", "ùghdar:", "nivîskar:", "kaituhi:", "høvundur:", "skrivet gant:", "barreessaa:",
        "tusitala:", "skriuwer:", "autur:", "tohi ʻe:", "ohaíva:", "ܣܦܪܐ:", "mongodi:", "ⴰⵎⴰⵔⵓ:",
        "ꭴꮼꮺꮃꮕꭿ:", "𞤦𞤭𞤲𞥆𞤣𞤮𞥅𞤱𞤮:", "ꯏꯕꯕ:", "qillqaq:", "bindkat:",
        "суруйда:", "čálli:", "raita:", "ɔkyerɛwfo:", "munyori:", "penulis:",
        "escrich per:", "mokomi:", "ҫыраканӗ:", "mea kākau:",
        // Khmer "ដោយ៖" ("by", with the Khmer colon), which touches the name or stands before it;
        // Arabic "كتبت:" ("she wrote"), Persian "نویسنده:", Telugu "రచన:", Somali "Qoraa:", Burmese
        // "ရေးသားသူ" (with a colon or a dash before the name).
        "ដោយ៖", "كتبت:", "نویسنده:", "రచన:", "qoraa:", "ရေးသားသူ -", "ရေးသားသူ:", "ရေးသားသူ",
    ].sorted { $0.count > $1.count }

    /// First letters of the labels in both cases: most lines are rejected before lower-casing.
    private static let firstLetters: Set<Character> = Set(labels.flatMap { label in
        [label.first!, Character(String(label.first!).uppercased())]
    })

    /// The labels by their first Character, each list in `labels` order (longest first): a label
    /// can only start where its first Character stands, so most positions of a line skip the label
    /// loop, and the others try only the few labels that open with that Character. The same label
    /// as trying all of `labels`: `hasPrefix` compares Characters, so a label that matches at a
    /// position opens with the Character there (`BylineLabelsFastPathTests`).
    static let labelsByStart: [Character: [String]] = Dictionary(grouping: labels, by: { $0.first! })

    /// Marks between the parts of a metadata line: a label after one of them starts a byline.
    static func isSeparator(_ c: Character) -> Bool {
        // An ASCII Character (one ASCII scalar, or CR LF) equals an ASCII mark exactly when its
        // byte is the mark's, and never equals a non-ASCII one: read on the byte, not by a string
        // comparison per mark (the name readers walk every Character of a line through this).
        if let byte = c.asciiValue {
            return byte == 0x7C || byte == 0x2D || byte == 0x2F || byte == 0x2C || byte == 0x28
        }
        return c == "·" || c == "•" || c == "–" || c == "—" || c == "　" || c == "（" || c == "،"
    }

    /// The name after a byline label in `text`, or after the separator that ends a dated line
    /// ("<date>, 14:20 · Ирина Соколова") when that name is written in a script other than Latin
    /// (a Latin line names its author with a label). Nil when neither is there.
    static func name(in text: Substring, anywhere: Bool = true) -> String? {
        guard text.utf8.count <= 200 else { return nil }
        // "記者" (E8 A8 98 E8 80 85) touching the name: `HanReporterCredit`.
        if text.utf8.first == 0xE8, let name = HanReporterCredit.name(in: text) { return name }
        if !anywhere, let first = text.first, !firstLetters.contains(first) { return nil }
        if let found = asciiName(in: text, anywhere: anywhere) { return found }
        let lower = text.lowercased()
        var index = lower.startIndex
        var atBoundary = true
        while index < lower.endIndex {
            let c = lower[index]
            if atBoundary, let candidates = labelsByStart[c], let label = candidates.first(where: { lower[index...].hasPrefix($0) }) {
                let after = lower.index(index, offsetBy: label.count)
                let touching = label.last == ":" || label.last == "：" || label.last == "/" || label.last == "／" || label.last == "៖"
                if after < lower.endIndex, touching || lower[after] == " " || lower[after] == ":" {
                    // Same offset in the original: lower-casing keeps these scripts' lengths.
                    let offset = lower.distance(from: lower.startIndex, to: after)
                    if let start = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex),
                       let found = nameRun(text[start...]) { return found }
                }
            }
            guard anywhere else { return nil }
            atBoundary = c.isWhitespace || isSeparator(c)
            index = lower.index(after: index)
        }
        return anywhere ? trailingName(text) : nil
    }

    /// The labels written in ASCII, as bytes, in `labels` order.
    static let asciiLabels: [[UInt8]] = labels.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// Whether an ASCII label starts with each ASCII byte: most word starts of a line start none.
    private static let asciiLabelStarts: [Bool] = (0..<128).map { b in asciiLabels.contains { $0[0] == UInt8(b) } }

    /// `asciiLabels` by their first byte, each list in `asciiLabels` order: a label written at a
    /// position opens with the (lower-cased) byte there, so only those are compared.
    static let asciiLabelsByStart: [[[UInt8]]] = (0..<128).map { b in asciiLabels.filter { $0[0] == UInt8(b) } }

    /// The first of `asciiLabels` (longest first) written at `i` in any case; the bytes are ASCII
    /// and `start` is the lower-cased byte at `i`.
    @inline(__always)
    private static func asciiLabel(at i: Int, start: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let n = bytes.count
        search: for label in asciiLabelsByStart[Int(start)] where i + label.count <= n {
            for k in label.indices {
                let b = bytes[i + k]
                if (b >= 65 && b <= 90 ? b + 32 : b) != label[k] { continue search }
            }
            return label
        }
        return nil
    }

    /// `name(in:anywhere:)` for a line of ASCII without carriage returns (every byte one Character),
    /// read on its bytes without a lower-cased copy; nil when the line is not such ASCII. Only
    /// ASCII labels can start in it, and no non-Latin trailing name can end it.
    private static func asciiName(in text: Substring, anywhere: Bool) -> String?? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            for b in bytes where b >= 0x80 || b == 13 { return .none }
            @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
            let n = bytes.count
            var atBoundary = true
            var i = 0
            while i < n {
                let c = lower(bytes[i])
                if atBoundary, asciiLabelStarts[Int(c)], let label = asciiLabel(at: i, start: c, in: bytes) {
                    let after = i + label.count
                    let touching = label.last == 58 || label.last == 47  // ":" "/"
                    if after < n, touching || bytes[after] == 32 || bytes[after] == 58 {
                        let start = text.utf8.index(text.startIndex, offsetBy: after)
                        if let found = nameRun(text[start...]) { return .some(found) }
                    }
                }
                guard anywhere else { return .some(nil) }
                // Whitespace and the ASCII separators of `isSeparator`.
                atBoundary = (c >= 9 && c <= 13) || c == 32 || c == 124 || c == 45 || c == 47 || c == 44 || c == 40
                i += 1
            }
            return .some(nil)
        } ?? .none
    }

    /// Up to four words before the next separator, without digits; in a script with capitals each
    /// word is capitalised (a lower-case run is prose, not a name). A month name followed by a
    /// number ends the name: in a script without capitals ("ವರದಿ: ಸುರೇಶ್ ಹೆಗಡೆ ಮಾರ್ಚ್ 14, 2025")
    /// nothing else tells the date's first word from a surname.
    private static func nameRun(_ text: Substring) -> String? {
        let rest = text.drop { $0 == " " || $0 == ":" || $0 == "：" || $0 == "៖" }
        let end = rest.firstIndex(where: { isSeparator($0) && $0 != "-" || $0 == "|" || $0 == "）" || $0 == ")" }) ?? rest.endIndex
        let all = rest[..<end].split(separator: " ")
        if let name = nameRun(words: all) { return name }
        // A date run on after the name (`BylineDateTail`): the words before it, read again. They
        // open with the line's first word, so when that word alone is no name (prose: "by the
        // ...") no words before a date are one, and the line is not read for dates.
        guard let first = all.first, nameRun(words: [first]) != nil,
              let beforeDate = BylineDateTail.wordsBeforeDate(all, in: rest) else { return nil }
        return nameRun(words: beforeDate)
    }

    /// A full-width colon ("：", EF BC 9A) in `word`: looked for as a Character only where its
    /// first byte is, not with Foundation's substring search on every word of every byline.
    @inline(__always)
    private static func holdsFullWidthColon(_ word: Substring) -> Bool {
        word.utf8.contains(0xEF) && word.contains { $0 == "：" }
    }

    /// `nameRun` on the line's words up to the first separator.
    private static func nameRun(words all: [Substring]) -> String? {
        // A word without letters (" - ", "|") ends the name too, and so does one opening with a
        // digit: a date whose day is joined to its month ("12-oktabr 2025"), and a next labelled
        // field ("作者：周文静 字号：大 中 小").
        // Only the first word the run stops at can follow a month (the run's words open with no
        // digit), so the name keeps all the run or all but its last word: a run of six or more is
        // no name, and the words past the sixth are not read (a prose line is long).
        var count = 0
        while count < all.count, count < 6,
              all[count].contains(where: \.isLetter), all[count].first.map(isDigit) != true, !holdsFullWidthColon(all[count]) {
            count += 1
        }
        // A weekday (or a day label) of a script without capitals opens the date ("<name> الأحد 16 مارس"): the name ends before it.
        if count > 1, let weekday = all[1..<count].firstIndex(where: { uncasedWeekdays.contains(String($0)) }) { count = weekday }
        // A Greek weekday, capitalised like a name, opens the date after it ("<name> Τρίτη, 15 Μαΐου 2012").
        if count > 1, let weekday = all[1..<count].firstIndex(where: { word in
            word.utf8.first.map { $0 &- 0xCE < 2 } == true && greekWeekdays.contains(String(word.prefix { $0 != "," }))
        }) { count = weekday }
        guard count < 6 else { return nil }
        var words = all[..<count]
        if words.count < all.count, let month = words.indices.dropFirst().first(where: { i in
            all[i + 1].first.map(isDigit) == true && MonthNames.entry(words[i]) != nil
        }) {
            words = words[..<month]
        }
        guard (1...4).contains(words.count), !words.contains(where: { $0.contains(where: isDigit) }),
              words.allSatisfy({ word in
                  word.first.map { !$0.isCased || $0.isUppercase } == true || MetadataPatterns.nameConnectors.contains(word.lowercased())
              }),
              words.allSatisfy({ !MetadataPatterns.bylineStopWords.contains($0.lowercased()) })
        else { return nil }
        // Trimmed of ".", "," and ";" scalars at both ends, as `trimmingCharacters(in:)` trims
        // them, without building a CharacterSet for each name.
        let joined = words.joined(separator: " ")
        let scalars = joined.unicodeScalars
        @inline(__always) func trimmed(_ s: Unicode.Scalar) -> Bool { s == "." || s == "," || s == ";" }
        guard let first = scalars.firstIndex(where: { !trimmed($0) }) else { return nil }
        let last = scalars.lastIndex(where: { !trimmed($0) })!
        let name = first == scalars.startIndex && last == scalars.index(before: scalars.endIndex)
            ? joined : String(scalars[first...last])
        return name.isEmpty ? nil : name
    }

    /// Weekday names of Arabic, Persian, Urdu and Hindi, and Khmer "ថ្ងៃទី" ("day"), which a byline
    /// row sets between the name and the date's numerals: no capital tells them from a surname.
    static let uncasedWeekdays: Set<String> = [
        "ថ្ងៃទី",
        "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
        "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "شنبه",
        "اتوار", "منگل", "بدھ", "جمعرات",
        "रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार",
    ]

    /// Greek weekdays, capitalised as a date line writes them.
    static let greekWeekdays: Set<String> = [
        "Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή",
    ]

    /// A decimal digit of any script ("一" counts as a number, but is a name's letter).
    private static func isDigit(_ c: Character) -> Bool { c.unicodeScalars.first?.properties.numericType == .decimal }

    /// "<date> · Ирина Соколова": two or three capitalised words of a non-Latin script after the last separator.
    private static func trailingName(_ text: Substring) -> String? {
        // A byte of each mark ("|" 7C, "·" C2 B7 or its canonical equivalent "·" CE 87, "•" E2 80
        // A2) must be there: most lines hold none, and the walk back compared every character.
        guard text.utf8.contains(where: { $0 == 0x7C || $0 == 0xB7 || $0 == 0x87 || $0 == 0xA2 }) else { return nil }
        guard let cut = text.lastIndex(where: { $0 == "·" || $0 == "|" || $0 == "•" }) else { return nil }
        let words = text[text.index(after: cut)...].split(separator: " ")
        guard (2...3).contains(words.count),
              words.allSatisfy({ word in
                  word.first.map { $0.isUppercase && !$0.isASCII } == true
                      && word.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase }
              }) else { return nil }
        return words.joined(separator: " ")
    }
}

private extension Character {
    /// The letter has an upper- and a lower-case form (Latin, Cyrillic, Greek...).
    var isCased: Bool { isUppercase || isLowercase }
}
