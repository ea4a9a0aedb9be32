/// Every word list the recognizer asks about (gazetteers, name rules, stopwords, months) in one
/// table keyed on UTF-8 bytes, so a token is looked up once, as written and lower-cased, instead
/// of hashing its `String` into a dozen sets.
enum EntityLexicon {
    /// Memberships of a word. "Exact" flags hold for the word as written, the others for its
    /// lower-case form (`Stopwords`, `Gazetteer.isCommonWord` and month names ignore case).
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        // Exact.
        static let place = Flags(rawValue: 1 << 0)
        static let majorPlace = Flags(rawValue: 1 << 1)
        static let country = Flags(rawValue: 1 << 2)
        static let firstName = Flags(rawValue: 1 << 3)
        static let organization = Flags(rawValue: 1 << 4)
        /// `Gazetteer.isDemonym` (plurals included).
        static let demonym = Flags(rawValue: 1 << 5)
        /// `NameRules.isTitle` (a final dot allowed).
        static let title = Flags(rawValue: 1 << 6)
        static let neverName = Flags(rawValue: 1 << 7)
        static let joiner = Flags(rawValue: 1 << 8)
        static let abbreviation = Flags(rawValue: 1 << 9)
        static let weekday = Flags(rawValue: 1 << 10)
        static let organizationHead = Flags(rawValue: 1 << 11)
        static let placeHead = Flags(rawValue: 1 << 12)
        static let organizationOpener = Flags(rawValue: 1 << 13)
        static let placeOpener = Flags(rawValue: 1 << 14)
        static let speechVerb = Flags(rawValue: 1 << 15)
        /// `FieldText.enders` and `FieldText.openers`.
        static let sentenceEnder = Flags(rawValue: 1 << 16)
        static let sentenceOpener = Flags(rawValue: 1 << 17)
        static let personCue = Flags(rawValue: 1 << 18)
        static let placeCue = Flags(rawValue: 1 << 19)
        /// `MoneyNormalizer.quickSymbols`, `quickCodes` and "US": a token that may open an amount ("$", "€", "USD", "US").
        static let moneyStart = Flags(rawValue: 1 << 20)
        // Lower-case form.
        static let stopword = Flags(rawValue: 1 << 24)
        static let commonWord = Flags(rawValue: 1 << 25)
        /// A scale, currency word or code after an amount ("million", "euros", "usd"): money may end here.
        static let moneyWord = Flags(rawValue: 1 << 26)
        /// A month name of another language than English ("juin", "diciembre"): written in lower case,
        /// a month only after a day number ("12 juin"), never a bare English word ("may", "march").
        static let otherMonth = Flags(rawValue: 1 << 27)

        static let foldedMask = Flags(rawValue: 0xFF00_0000)
    }

    /// What is known about one word.
    struct Facts: Sendable {
        var flags: Flags = []
        /// 1...12 for a month name or abbreviation (any case), else 0.
        var month: UInt8 = 0

        @inline(__always) func has(_ flag: Flags) -> Bool { flags.contains(flag) }
    }

    /// Facts about the word in `bytes`, NFC as `CanonicalBytes` gives it (its `WordHashTable` hash is `hash`).
    @inline(__always)
    static func facts(canonical bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Facts {
        if let ascii = asciiHashes(bytes) { return asciiFacts(bytes, ascii) }
        // Unicode lower-casing ("ÉNERGIE", "Łódź"): only for words with non-ASCII letters.
        let table = EntityLexicon.table
        let lower = String(decoding: bytes, as: UTF8.self).lowercased()
        return combine(exact: table.value(bytes, hash: hash),
                       folded: CanonicalBytes.with(lower) { table.value($0, hash: WordHashTable<Facts>.hash($0)) })
    }

    /// Facts about the word in `bytes` (any normalisation). ASCII words, nearly all, are hashed as
    /// written and lower-cased in the same pass.
    @inline(__always)
    static func facts(_ bytes: UnsafeBufferPointer<UInt8>) -> Facts {
        var hash: UInt64 = 0
        return facts(bytes, asciiHash: &hash)
    }

    /// `facts(bytes)`, also giving the `WordHashTable` hash of an ASCII word as written (0 for other
    /// words), so callers keying their own tables on the word need not hash it again.
    @inline(__always)
    static func facts(_ bytes: UnsafeBufferPointer<UInt8>, asciiHash: inout UInt64) -> Facts {
        guard let ascii = asciiHashes(bytes) else {
            asciiHash = 0
            return CanonicalBytes.with(bytes) { facts(canonical: $0, hash: WordHashTable<Facts>.hash($0)) }
        }
        asciiHash = ascii.exact
        return asciiFacts(bytes, ascii)
    }

    /// Facts about each of `words` (byte ranges of `bytes`, nil for none), with the `WordHashTable` hash
    /// of each ASCII word as written (0 for other words). The table is far bigger than the caches: all
    /// first slots are touched in one pass so their misses overlap, then the words are looked up.
    static func facts(of words: UnsafeBufferPointer<Range<Int>?>, in bytes: UnsafeBufferPointer<UInt8>,
                      into result: UnsafeMutableBufferPointer<Facts>, hashes: UnsafeMutableBufferPointer<UInt64>) {
        let table = EntityLexicon.table
        var lowerHashes = [UInt64](repeating: 0, count: words.count)
        let sink = lowerHashes.withUnsafeMutableBufferPointer { lowerHashes in
            var sink: UInt64 = 0  // a local, kept in a register: no chain of stores through memory
            for (k, range) in words.enumerated() {
                guard let range, let ascii = asciiHashes(UnsafeBufferPointer(rebasing: bytes[range])) else { continue }
                hashes[k] = ascii.exact
                sink ^= table.touch(hash: ascii.exact)
                if let lower = ascii.lower {
                    lowerHashes[k] = lower
                    sink ^= table.touch(hash: lower)
                }
            }
            for (k, range) in words.enumerated() {
                guard let range else { continue }
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                // Non-ASCII words (hash 0) are looked up in full.
                result[k] = hashes[k] == 0 ? facts(word)
                    : asciiFacts(word, (hashes[k], lowerHashes[k] == 0 ? nil : lowerHashes[k]))
            }
            return sink
        }
        keep(sink)
    }

    /// FNV-1a hashes of an ASCII word as written and lower-cased (nil `lower` when it has no capital);
    /// nil for a word with non-ASCII bytes.
    @inline(__always)
    private static func asciiHashes(_ word: UnsafeBufferPointer<UInt8>) -> (exact: UInt64, lower: UInt64?)? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325, lowerHash = h
        var upper = false
        for b in word {
            if b >= 0x80 { return nil }
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            upper = upper || lower != b
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            lowerHash = (lowerHash ^ UInt64(lower)) &* 0x100_0000_01b3
        }
        // `WordHashTable.hash` keeps 0 for empty slots.
        return (h == 0 ? 1 : h, upper ? (lowerHash == 0 ? 1 : lowerHash) : nil)
    }

    /// Facts about an ASCII word from its hashes: the lower-cased copy is looked up only when it differs.
    @inline(__always)
    private static func asciiFacts(_ word: UnsafeBufferPointer<UInt8>, _ hashes: (exact: UInt64, lower: UInt64?)) -> Facts {
        let table = EntityLexicon.table
        let exact = table.value(word, hash: hashes.exact)
        guard let lowerHash = hashes.lower else { return combine(exact: exact, folded: exact) }
        let folded = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buffer in
            for (k, b) in word.enumerated() { buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            return table.value(UnsafeBufferPointer(buffer), hash: lowerHash)
        }
        return combine(exact: exact, folded: folded)
    }

    /// Exact flags from the word as written, case-blind flags and the month from its lower-case form.
    @inline(__always)
    private static func combine(exact: Facts?, folded: Facts?) -> Facts {
        var result = Facts()
        if let exact { result.flags = exact.flags.subtracting(.foldedMask) }
        if let folded {
            result.flags.formUnion(folded.flags.intersection(.foldedMask))
            result.month = folded.month
        }
        return result
    }

    /// Keeps the touching loads from being optimised away.
    @inline(never) @_optimize(none)
    private static func keep(_ value: UInt64) {}

    /// Facts about `word`.
    static func facts(_ word: String) -> Facts {
        var word = word
        return word.withUTF8 { facts($0) }
    }

    private static let table: WordHashTable<Facts> = {
        var table = WordHashTable<Facts>(minimumCapacity: 140_000)
        // Keys in NFC, as queries are.
        func insert(_ word: String, _ change: (inout Facts) -> Void) {
            CanonicalBytes.with(word) { table.update($0, hash: WordHashTable<Facts>.hash($0), initial: Facts(), change) }
        }
        func mark<S: Sequence>(_ words: S, _ flag: Flags) where S.Element == String {
            for word in words { insert(word) { $0.flags.insert(flag) } }
        }
        // The big lists straight from their text, with no `Set<String>` built on the way.
        func mark(lines data: String, _ flag: Flags) {
            Gazetteer.forEachLine(data) { line in
                CanonicalBytes.with(line) { table.update($0, hash: WordHashTable<Facts>.hash($0), initial: Facts()) { $0.flags.insert(flag) } }
            }
        }
        mark(lines: GazetteerData.places, .place)
        mark(Gazetteer.extraPlaces, .place)
        mark(lines: GazetteerData.majorPlaces, .majorPlace)
        mark(Gazetteer.extraPlaces, .majorPlace)
        mark(lines: GazetteerData.countries, .country)
        mark(Gazetteer.extraCountries, .country)
        mark(lines: GazetteerData.firstNames, .firstName)
        mark(Gazetteer.extraFirstNames, .firstName)
        mark(Gazetteer.organizations, .organization)
        mark(Gazetteer.demonyms, .demonym)
        mark(Gazetteer.demonyms.map { $0 + "s" }, .demonym)
        mark(NameRules.titles, .title)
        mark(NameRules.titles.map { $0 + "." }, .title)
        mark(NameRules.neverNames, .neverName)
        mark(NameRules.joiners, .joiner)
        mark(NameRules.abbreviations, .abbreviation)
        mark(NameRules.weekdays, .weekday)
        mark(NameRules.organizationHeads, .organizationHead)
        mark(NameRules.placeHeads, .placeHead)
        mark(NameRules.organizationOpeners, .organizationOpener)
        mark(NameRules.placeOpeners, .placeOpener)
        mark(NameRules.speechVerbs, .speechVerb)
        mark(NameRules.personCues, .personCue)
        mark(NameRules.placeCues, .placeCue)
        mark(MoneyNormalizer.quickSymbols.words, .moneyStart)
        mark(MoneyNormalizer.quickCodes.words, .moneyStart)
        mark(["US"], .moneyStart)
        mark(FieldText.enders, .sentenceEnder)
        mark(FieldText.openers, .sentenceOpener)
        mark(Stopwords.english, .stopword)
        mark(lines: GazetteerData.commonWords, .commonWord)
        mark(MoneyNormalizer.scales.keys, .moneyWord)
        mark(MoneyNormalizer.words.keys, .moneyWord)
        mark(MoneyNormalizer.codes.map { $0.lowercased() }, .moneyWord)
        for (name, number) in DateNormalizer.monthNames {
            insert(name) { $0.month = UInt8(number) }
        }
        mark(MonthNames.otherLanguageNames, .otherMonth)
        return table
    }()
}
