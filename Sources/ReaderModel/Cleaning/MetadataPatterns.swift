import Foundation

/// Written patterns of article metadata shared by both cleaners: title prefixes, bylines, publishers.
public enum MetadataPatterns {
    /// The title without prefixes such as `UPDATED:` or `BREAKING:` and without a trailing site name.
    public static func cleanTitle(_ title: String) -> String {
        var text = Substring(title).trimmingOuterSpace()
        // Prefixes: "UPDATED:", "Breaking News -", "LIVE |", "WATCH:".
        var changed = titlePrefixFirstWords.contains(WordTokenizer.tokens(text.prefix(16)).words.first ?? "")
        while changed {
            changed = false
            // An ASCII head is lowercased and compared on its bytes: `lowercased()` and 38 Character
            // comparisons cost about 2% of the clean-text bench. Any other head is read as before.
            let asciiHead = asciiLowerHead(text)
            // Any other head is settled on its leading ASCII bytes when they decide it
            // (`asciiLeadAnswer`); only the rest is lowercased, once, and compared by Characters.
            let asciiLead = asciiHead == nil ? asciiLowerLead(text) : []
            var lowerHead: String?
            let length = text.utf8.count
            for (prefix, prefixBytes) in zip(titlePrefixes, titlePrefixBytes) {
                guard length > prefixBytes.count + 3 else { continue }
                if let asciiHead {
                    guard asciiHead.starts(with: prefixBytes) else { continue }
                } else if let answer = asciiLeadAnswer(asciiLead, prefixBytes) {
                    guard answer else { continue }
                } else {
                    if lowerHead == nil { lowerHead = text.prefix(24).lowercased() }
                    guard lowerHead!.hasPrefix(prefix) else { continue }
                }
                let rest = text.dropFirst(prefix.count)
                let afterSpace = rest.drop(while: { $0 == " " })
                guard let mark = afterSpace.first, [":", "|", "-", "–", "—"].contains(mark) else { continue }
                text = afterSpace.dropFirst().trimmingOuterSpace()
                changed = true
            }
        }
        // A trailing " | Site Name" or " - Site Name" when the site part is short.
        for separator in [" | ", " – ", " — ", " - ", " :: "] {
            guard let range = lastRange(of: separator, in: text) else { continue }
            let head = text[..<range.lowerBound]
            let tail = text[range.upperBound...]
            let tailWords = tail.split(separator: " ").count
            let headWords = head.split(separator: " ").count
            let tailLooksLikeName = tail.first?.isUppercase == true && !tail.contains(where: { ".?!".contains($0) })
            // After a dash, a site's name holds at most one word in lower case ("Corriere della Sera",
            // "Welt am Sonntag"); a headline's second clause holds a verb and more ("Genossenschaft will
            // übernehmen"). A bar is the site's separator, and a tagline may follow it. Read last: rarely reached.
            if tailWords <= (separator == " | " ? 6 : 3), headWords >= 4, tailLooksLikeName,
               separator == " | " || tail.split(separator: " ").count(where: { $0.first?.isLowercase == true }) < 2 {
                text = head.trimmingOuterSpace()
                break
            }
        }
        return String(text)
    }

    /// The bytes of `text.prefix(24).lowercased()` when the first 25 bytes (all, when fewer) are
    /// ASCII without a carriage return: each byte is then one Character, the 24 Characters are the
    /// first 24 bytes (the 25th is no mark that would join the 24th), and lowercasing them maps
    /// only A-Z. Nil for any other head. `String.hasPrefix` of an ASCII prefix on such a head is
    /// the byte comparison (`TitlePrefixFastPathTests`).
    static func asciiLowerHead(_ text: Substring) -> [UInt8]? {
        var head: [UInt8] = []
        head.reserveCapacity(25)
        for byte in text.utf8.prefix(25) {
            guard byte < 0x80, byte != 0x0D else { return nil }
            head.append(byte &- 65 < 26 ? byte | 0x20 : byte)
        }
        if head.count > 24 { head.removeLast() }
        return head
    }

    /// The leading ASCII bytes of the first 25 (up to the first byte outside ASCII or a carriage
    /// return), A-Z lowercased: of a head `asciiLowerHead` does not take, the part that is still
    /// one Character a byte.
    static func asciiLowerLead(_ text: Substring) -> [UInt8] {
        var lead: [UInt8] = []
        lead.reserveCapacity(25)
        for byte in text.utf8.prefix(25) {
            guard byte < 0x80, byte != 0x0D else { break }
            lead.append(byte &- 65 < 26 ? byte | 0x20 : byte)
        }
        return lead
    }

    /// `text.prefix(24).lowercased().hasPrefix(prefix)` for an ASCII `prefix` of letters and
    /// spaces (at most 24 bytes), read on `lead` (`asciiLowerLead(text)`) when its bytes decide
    /// it; nil when they do not. Every lead byte but the last is a Character of its own (the
    /// next byte is ASCII and no carriage return, so nothing joins it), lowercased as a byte.
    /// A lead byte that differs from the prefix's byte at the same place is a Character no
    /// Character of the prefix equals (a mark joined to it makes it no ASCII letter either):
    /// false. A lead longer than the prefix that matches it holds the prefix's Characters whole:
    /// true. A lead that matches but ends within the prefix leaves the answer to the Characters
    /// after it (a mark joined to the lead's last letter, a Kelvin sign lowercased to "k").
    @inline(__always)
    static func asciiLeadAnswer(_ lead: [UInt8], _ prefix: [UInt8]) -> Bool? {
        let shared = min(lead.count, prefix.count)
        var k = 0
        while k < shared {
            if lead[k] != prefix[k] { return false }
            k += 1
        }
        return lead.count > prefix.count ? true : nil
    }

    /// The UTF-8 bytes of each of `titlePrefixes`, in the same order.
    static let titlePrefixBytes: [[UInt8]] = titlePrefixes.map { Array($0.utf8) }

    /// The last occurrence of an ASCII separator, searched on the contiguous UTF-8 bytes (walking
    /// `Substring.UTF8View` back index by index cost about 1% of the clean-text bench).
    static func lastRange(of separator: String, in text: Substring) -> Range<Substring.Index>? {
        let needle = Array(separator.utf8)
        let utf8 = text.utf8
        func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            let n = bytes.count, m = needle.count
            guard m > 0, n >= m else { return nil }
            var i = n - m
            while true {
                if bytes[i] == needle[0] {
                    var k = 1
                    while k < m, bytes[i + k] == needle[k] { k += 1 }
                    if k == m { return i }
                }
                if i == 0 { return nil }
                i -= 1
            }
        }
        let found: Int?
        if let result = utf8.withContiguousStorageIfAvailable(find) { found = result } else { found = Array(utf8).withUnsafeBufferPointer(find) }
        guard let offset = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.count)
    }

    /// The author named in a byline line ("by A Writer April 29, 2024 3:10 PM 2 min read" → "A Writer").
    public static func byline(in line: String) -> String? {
        let text = Substring(line).trimmingOuterSpace()
        guard text.utf8.count <= 300 else { return nil }
        let lower = text.lowercased()
        var rest: Substring?
        for prefix in bylinePrefixes where lower.hasPrefix(prefix) {
            rest = text.dropFirst(prefix.count)
            break
        }
        if rest == nil, let prefix = wholeLineBylinePrefixes.first(where: { lower.hasPrefix($0) }) {
            return wholeLineName(text.dropFirst(prefix.count))
        }
        // Irish "Le" only where the name or its date shows Irish (`IrishBylineLabel`).
        if rest == nil, let name = IrishBylineLabel.name(in: text) { return name }
        // A desk's credit stands for a name ("Staff reporter, Millbrook", `DeskCredit`).
        guard let afterPrefix = rest else { return DeskCredit.name(in: text) ?? bareName(text) }
        // Names are capitalised words joined by commas, "and" or particles; a date, a digit,
        // a separator or a word like "Updated" ends them.
        var names: [Substring] = []
        var capitalised = 0
        for rawWord in afterPrefix.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var word = rawWord
            var endsHere = false
            if word.last == "," || word.last == ";" { word = word.dropLast() }
            if word.last == "|" || word.last == "•" { word = word.dropLast(); endsHere = true }
            guard !word.isEmpty else { break }
            if ["|", "•", "·", "-", "–", "—", "/"].contains(word) { break }
            if let first = word.first, first.isNumber { break }
            if DateNormalizer.monthNumber(String(word.lowercased().filter { $0 != "." }))
                != nil, word.first?.isUppercase == true, !names.isEmpty { break }
            if bylineStopWords.contains(word.lowercased()) { break }
            if let cut = gluedStopWordStart(word) {
                // Fields of a byline row set apart only by style glue the name to the label after it ("AFMPublié").
                names.append(word[..<cut])
                capitalised += 1
                break
            }
            if afterPrefix[rawWord.endIndex...].first(where: { $0 != " " })?.isNumber == true,
               word.first?.isUppercase == true, let cut = gluedMonthStart(word) {
                // A copy of inline elements glues the name to the date after it ("WhitfieldMay 9, 2024").
                names.append(word[..<cut])
                capitalised += 1
                break
            }
            // A month the English names lack opens a date after the name ("<name> Ɔsanaa 14, 2025").
            if !names.isEmpty, afterPrefix[rawWord.endIndex...].first(where: { $0 != " " })?.isNumber == true,
               MonthNames.entry(word) != nil { break }
            if word.first?.isUppercase == true {
                capitalised += 1
            } else if !nameConnectors.contains(word.lowercased()) {
                break
            }
            names.append(rawWord.last == "," && !endsHere ? rawWord : word)
            if endsHere || names.count >= 12 { break }
        }
        while let last = names.last, nameConnectors.contains(last.lowercased()) || last.hasSuffix(",") {
            if last.hasSuffix(",") {
                names[names.count - 1] = last.dropLast()
                if nameConnectors.contains(names[names.count - 1].lowercased()) { names.removeLast() }
                break
            }
            names.removeLast()
        }
        // "Par la rédaction": a label before a desk's credit in place of a name.
        guard capitalised >= 1, !names.isEmpty else { return DeskCredit.name(in: afterPrefix) }
        return names.joined(separator: " ")
    }

    /// Where a capitalised stop word of four or more letters starts inside `word`, glued to the
    /// capitalised name before it ("AFMPublié", "ExampleUpdated"): the name ends there.
    static func gluedStopWordStart(_ word: Substring) -> Substring.Index? {
        guard word.utf8.count >= 6, word.first?.isUppercase == true else { return nil }
        // An ASCII word without a capital after its first letter has none: one pass over bytes.
        if word.utf8.allSatisfy({ $0 < 0x80 }), !word.utf8.dropFirst().contains(where: { $0 &- 0x41 < 26 }) { return nil }
        var i = word.index(after: word.startIndex)
        while i < word.endIndex {
            if word[i].isUppercase, word[word.index(before: i)].isLetter {
                let rest = word[i...]
                if rest.count >= 4, rest.dropFirst().first?.isLowercase == true, bylineStopWords.contains(rest.lowercased()) { return i }
            }
            i = word.index(after: i)
        }
        return nil
    }

    /// Where a month's name starts inside `word`, glued to the name before it: the last lower-case
    /// letter followed by a capital ("WhitfieldMay" → "May"), when what follows is a month.
    static func gluedMonthStart(_ word: Substring) -> Substring.Index? {
        // An ASCII word without a lower-case letter before a capital has no glued month: one pass over bytes.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var lowerBefore = false
            guard word.utf8.contains(where: { b in
                defer { lowerBefore = b >= 0x61 && b <= 0x7A }
                return lowerBefore && b >= 0x41 && b <= 0x5A
            }) else { return nil }
        }
        var cut: Substring.Index?
        var previous = word.startIndex
        for i in word.indices.dropFirst() {
            if word[previous].isLowercase, word[i].isUppercase { cut = i }
            previous = i
        }
        guard let cut, DateNormalizer.monthNumber(String(word[cut...].lowercased().filter { $0 != "." })) != nil else { return nil }
        return cut
    }

    /// The name after a label that is also a word of prose ("di", "door"): only a line that holds
    /// nothing but the label and two or more capitalised names ("di Chiara Bellandi", "Door Femke
    /// van der Laan") is a byline; "Door County officials said" and "Di Maio e Salvini hanno detto"
    /// go on into lower-case words and are sentences.
    private static func wholeLineName(_ rest: Substring) -> String? {
        let words = rest.split(separator: " ")
        guard (2...6).contains(words.count), !rest.contains(where: { $0.isNumber || ".!?:|,".contains($0) }),
              words.first?.first?.isUppercase == true, words.last?.first?.isUppercase == true,
              words.allSatisfy({ $0.first?.isUppercase == true || nameConnectors.contains($0.lowercased()) }),
              !words.contains(where: { bylineStopWords.contains($0.lowercased()) }) else { return nil }
        return words.joined(separator: " ")
    }

    /// A byline element holding only a name ("Ana Example"), as HTML pages often have.
    private static func bareName(_ text: Substring) -> String? {
        // An ASCII text is one Character a byte (but CRLF, which is no space, digit or capital), so its
        // words, digits, stops and capitals are read on bytes first: most texts asked are sentences, whose
        // split into words and Character tests cost more than the rest of the byline reading.
        if let shape = asciiNameShape(text.utf8), shape.words < 2 || shape.words > 5 || shape.capitalised < 2 || shape.stops {
            return nil
        }
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), !text.contains(where: { $0.isNumber || ".!?:|".contains($0) }) else { return nil }
        let names = words.filter { $0.first?.isUppercase == true }
        guard names.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true || nameConnectors.contains($0.lowercased()) }),
              !words.contains(where: { bylineStopWords.contains($0.lowercased()) }) else { return nil }
        return String(text)
    }

    /// An ASCII text's space-parted words, those of them opening with a capital, and whether it holds a
    /// digit or one of `.!?:|` (what `bareName` turns away); nil when a byte is not ASCII. A sixth word
    /// read in ASCII ends the reading (words: 6): each space before it is a Character of its own.
    private static func asciiNameShape(_ bytes: Substring.UTF8View) -> (words: Int, capitalised: Int, stops: Bool)? {
        var words = 0, capitalised = 0
        var stops = false
        var inWord = false
        for b in bytes {
            guard b < 0x80 else { return nil }
            if b == 0x20 { inWord = false; continue }
            if !inWord {
                inWord = true
                words += 1
                if words > 5 { return (words, capitalised, stops) }
                if b &- 0x41 < 26 { capitalised += 1 }
            }
            if b &- 0x30 < 10 || b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x7C { stops = true }
        }
        return (words, capitalised, stops)
    }

    /// The publisher named in a line ("/ Source: Associated Press", "KYIV, April 20 (Reuters) -").
    public static func publisher(in line: String) -> String? {
        var text = Substring(line).trimmingOuterSpace()
        if text.first == "/" { text = text.dropFirst().trimmingOuterSpace() }
        // Every label starts with "s", "v", "p" or "c", and only those ASCII letters lowercase to
        // them: other lines skip lowercasing the whole line.
        if let lead = text.utf8.first, [0x73, 0x76, 0x70, 0x63].contains(lead | 0x20) {
            let lower = text.lowercased()
            for prefix in ["source:", "sources:", "source -", "via:", "published by", "courtesy of"] where lower.hasPrefix(prefix) {
                let name = text.dropFirst(prefix.count).trimmingOuterSpace()
                let words = name.split(separator: " ").count
                if words >= 1, words <= 6, name.first?.isUppercase == true { return String(name) }
                return nil
            }
        }
        if let agency = datelineAgency(in: text) { return agency }
        // Each ASCII letter or digit stays one byte of the key (lowercasing, trimming and dropping
        // dots keep it), so a line with more of them than the longest agency name is none: the
        // grapheme-wise filter below cost 4% of a folder of text pages when run on every candidate.
        guard asciiAlphanumerics(text.utf8) <= longestAgencyKey else { return nil }
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            // The keys are ASCII, and a non-ASCII character stays so through lowercasing and
            // canonical equivalence, but for the Kelvin sign (E2 84 AA), which lowercases to "k".
            guard hasKelvinSign(text.utf8) else { return nil }
            let key = String(Substring(text.lowercased()).trimmingOuterSpace().filter { $0 != "." })
            return knownAgencies[key]
        }
        return knownAgencies[asciiAgencyKey(text.utf8)]
    }

    private static func hasKelvinSign(_ bytes: Substring.UTF8View) -> Bool {
        var state = 0
        for b in bytes {
            if b == 0xE2 { state = 1 } else if state == 1, b == 0x84 { state = 2 } else if state == 2, b == 0xAA { return true } else { state = 0 }
        }
        return false
    }

    /// The `knownAgencies` key of an all-ASCII line, built from its bytes: ASCII lowercases, trims
    /// and drops dots byte for byte as the grapheme-wise key does, which cost 3% of a folder of
    /// text pages.
    private static func asciiAgencyKey(_ bytes: Substring.UTF8View) -> String {
        var start = bytes.startIndex
        var end = bytes.endIndex
        // Outer space as `trimmingOuterSpace` reads it in ASCII, trimmed before dots are dropped.
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        while start < end, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        var key: [UInt8] = []
        key.reserveCapacity(bytes.distance(from: start, to: end))
        for b in bytes[start..<end] where b != 0x2E { key.append(b &- 65 < 26 ? b | 0x20 : b) }
        return String(decoding: key, as: UTF8.self)
    }

    /// The number of bytes that are ASCII letters or digits.
    private static func asciiAlphanumerics(_ bytes: Substring.UTF8View) -> Int {
        var count = 0
        for b in bytes where (b | 0x20) &- 97 < 26 || b &- 48 < 10 { count += 1 }
        return count
    }

    /// The UTF-8 length of the longest key of `knownAgencies`.
    static let longestAgencyKey = knownAgencies.keys.map(\.utf8.count).max() ?? 0

    /// The agency in a dateline opening a paragraph: "CITY, Month Day (Agency) –" or "CITY (AP) —".
    static func datelineAgency(in text: Substring) -> String? {
        guard mayHoldDateline(text.utf8) else { return nil }
        let head = text.prefix(90)
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let before = head[..<open]
        let inside = head[head.index(after: open)..<close].trimmingOuterSpace()
        let after = head[head.index(after: close)...].drop(while: { $0 == " " })
        guard let dash = after.first, ["-", "–", "—", ":"].contains(dash) else { return nil }
        // The place before the bracket starts with a capitalised word and is short.
        guard let first = before.first, first.isUppercase, before.split(separator: " ").count <= 6 else { return nil }
        let insideWords = inside.split(separator: " ")
        guard !insideWords.isEmpty, insideWords.count <= 4, inside.first?.isUppercase == true else { return nil }
        return knownAgencies[inside.lowercased()] ?? String(inside)
    }

    /// False when no ")" byte with a "(" byte before it is followed, past spaces, by "-", "–", "—" or ":".
    /// `datelineAgency` needs such Characters, and each of them is exactly those bytes (none has
    /// another canonical spelling): a byte scan that says no before walking the line's graphemes.
    static func mayHoldDateline(_ bytes: Substring.UTF8View) -> Bool {
        var sawOpen = false
        var state = 0  // 0 scanning, 1 past ")" and spaces, 2 after E2, 3 after E2 80
        for b in bytes {
            switch state {
            case 1:
                if b == 0x20 { continue }
                if b == 0x2D || b == 0x3A { return true }
                state = b == 0xE2 ? 2 : 0
            case 2: state = b == 0x80 ? 3 : 0
            case 3:
                if b == 0x93 || b == 0x94 { return true }
                state = 0
            default: break
            }
            if state == 0 {
                if b == 0x28 { sawOpen = true } else if b == 0x29 && sawOpen { state = 1 }
            }
        }
        return false
    }

    /// True when a paragraph opens with a dateline ("CITY, April 20 (Agency) –", "CITY (AP) —").
    static func startsWithDateline(_ text: Substring) -> Bool {
        datelineAgency(in: text) != nil
    }

    static let titlePrefixes = [
        "breaking news", "breaking", "updated", "update", "live updates", "live", "watch", "video", "exclusive",
        "just in", "developing", "urgent", "analysis", "opinion", "explainer", "factbox", "fact check",
        "photos", "listen", "editorial", "commentary", "sponsored", "new", "corrected", "correction", "revealed",
        "interview", "podcast", "review", "in pictures", "in photos", "profile", "obituary", "feature",
        "special report", "investigation", "first look", "breaking news live",
    ]

    static let titlePrefixFirstWords: Set<String> = Set(titlePrefixes.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// First words of the byline prefixes, to skip most lines cheaply.
    static let bylineFirstWords: Set<String> = ["by", "written", "words", "reporting", "report", "story", "text", "author",
                                                "authors", "von", "par", "por", "door", "di", "láti", "lati",
                                                "autor", "szerző", "szerzo", "teksti", "autorė", "autorius", "autore",
                                                "autors", "muallif", "müəllif", "af", "av", "nga", "oleh",
                                                "avtor", "höfundur", "egilea", "gan", "daga", "na", "ni",
                                                "deur", "minn", "yanditswe", "umbhali", "awtor", "aŭtoro", "auteur",
                                                "panulis", "odee", "mpanoratra", "ekri", "qoraa", "ùghdar", "nivîskar",
                                                "kaituhi", "høvundur", "skrivet", "barreessaa", "tusitala",
                                                "skriuwer", "autur", "tohi", "ohaíva", "mongodi",
                                                "qillqaq", "bindkat", "čálli", "raita", "ɔkyerɛwfo", "munyori", "penulis",
                                                "escrich", "mokomi", "mea"]
    static let bylinePrefixes = [
        "by ", "written by ", "words by ", "reporting by ", "report by ", "story by ", "text by ", "author: ",
        "authors: ", "author ", "von ", "par ", "por ",
        // Czech, Slovak, Polish and Romanian "Autor:", Hungarian "Szerző:", Finnish "Teksti:", Swedish "Text:".
        "autor: ", "szerző: ", "teksti: ", "text: ",
        // Lithuanian "Autorė:"/"Autorius:", Latvian "Autore:"/"Autors:", Uzbek "Muallif:", Azerbaijani "Müəllif:".
        "autorė: ", "autorius: ", "autore: ", "autors: ", "muallif: ", "müəllif: ",
        // Slovenian "Avtor:", Icelandic "Höfundur:", Basque "Egilea:".
        "avtor: ", "höfundur: ", "egilea: ",
        // Zulu "Umbhali:", Turkmen "Awtor:", Esperanto "Aŭtoro:", Luxembourgish (and French) "Auteur:".
        "umbhali: ", "awtor: ", "aŭtoro: ", "auteur: ",
        // Javanese "Panulis:", Igbo "Odee:", Malagasy "Mpanoratra:".
        "panulis: ", "odee: ", "mpanoratra: ",
        // Scottish Gaelic "Ùghdar:", Kurmanji "Nivîskar:", Maori "Kaituhi:", Faroese "Høvundur:", Breton
        // "Skrivet gant:", Oromo "Barreessaa:", Samoan "Tusitala:".
        "ùghdar: ", "nivîskar: ", "kaituhi: ", "høvundur: ", "skrivet gant: ", "barreessaa: ", "tusitala: ",
        // Somali "Qoraa:".
        "qoraa: ",
        // Western Frisian "Skriuwer:", Romansh "Autur:", Tongan "Tohi ʻe:", Guarani "Ohaíva:", Sesotho "Mongodi:".
        "skriuwer: ", "autur: ", "tohi ʻe: ", "ohaíva: ", "mongodi: ",
        // Quechua "Qillqaq:", Wolof "Bindkat:".
        "qillqaq: ", "bindkat: ",
        // Northern Sami "Čálli:", Tok Pisin "Raita:", Twi "Ɔkyerɛwfo:", Shona "Munyori:", Indonesian "Penulis:".
        "čálli: ", "raita: ", "ɔkyerɛwfo: ", "munyori: ", "penulis: ",
        // Occitan "Escrich per:", Lingala "Mokomi:", Hawaiian "Mea kākau:".
        "escrich per: ", "mokomi: ", "mea kākau: ",
    ]

    /// Byline labels of other Latin-script languages that are also words of running text (Italian
    /// "di", Dutch "door", Yoruba "láti ọwọ́", Danish "af", Norwegian "av", Albanian "nga", Malay
    /// "oleh", which also opens "Oleh itu, ...", Welsh "gan", Yiddish "פֿון", and those below): `wholeLineName` takes only
    /// a line of label and name. Irish "Le" is none of them: a French site's name ("Le Courrier de la
    /// Vallée") is a line of "le" and capitalised words too, so `IrishBylineLabel` wants Irish evidence.
    /// Hausa "Daga" (from), Swahili "Na" and Tagalog "Ni" (by), Afrikaans "deur" ("through"), Maltese
    /// "minn" ("from") and Kinyarwanda "yanditswe na" ("written by", "na" also "and") are prose too, as is
    /// Haitian Creole "ekri pa" ("written by"; "ekri" is "write", "pa" also "not"). Spanish and
    /// Italian "Con" ("with") names a programme's host in its author element ("Con Lucía Barreiro").
    static let wholeLineBylinePrefixes = ["di ", "door ", "láti ọwọ́ ", "af ", "av ", "nga ", "oleh ", "gan ", "פֿון ",
                                          "daga ", "na ", "ni ", "deur ", "minn ", "yanditswe na ", "ekri pa ", "con "]
    static let bylineStopWords: Set<String> = [
        "updated", "published", "posted", "last", "on", "at", "min", "read", "in", "for", "from", "the", "with",
        "follow", "share", "about", "editor", "comment", "comments", "reuters", "ap", "afp", "photo", "photos",
        "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // "Published" and "updated" of the languages whose byline labels are read ("Text: <name> Publicerad <date>").
        "publicerad", "uppdaterad", "julkaistu", "päivitetty", "publikováno", "aktualizováno", "publicat", "actualizat",
        "frissítve", "publikálva",
        // French, Spanish, Portuguese, Italian, German and Dutch, run on after a name when a byline row is read whole.
        "publié", "publiée", "publicado", "publicada", "pubblicato", "veröffentlicht", "gepubliceerd",
        // Korean stamps before a date: "입력" (posted), "수정" (edited), "승인" (approved), "등록" (filed),
        // "기사입력", "최종수정", "업데이트", "송고" (sent). After "<name> 기자" they are no name.
        "입력", "수정", "승인", "등록", "기사입력", "최종수정", "업데이트", "송고",
    ]

    static let nameConnectors: Set<String> = [
        "and", "&", "de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "bin", "al",
        "ibn", "y", "e", "st.",
        // French "et", German "und", Swedish "och": two writers' names joined ("Par <A> et <B>").
        "et", "und", "och",
    ]

    static let knownAgencies: [String: String] = [
        "reuters": "Reuters", "associated press": "Associated Press", "the associated press": "Associated Press",
        "ap": "Associated Press", "afp": "AFP", "agence france-presse": "AFP", "bloomberg": "Bloomberg",
        "upi": "UPI", "xinhua": "Xinhua", "dpa": "dpa", "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo",
        "yonhap": "Yonhap", "pa media": "PA Media", "press association": "PA Media", "tass": "TASS",
        "interfax": "Interfax", "ukrinform": "Ukrinform", "cnn wire": "CNN Wire",
    ]
}
