import Testing
@testable import ReaderModel

/// The entity lexicon reads the gazetteer's lists from their text, not through `Gazetteer`'s sets:
/// both must hold the same words.
@Suite struct EntityLexiconSetupTests {
    @Test func linesSplitOnNewlinesOnly() {
        var lines: [String] = []
        Gazetteer.forEachLine("Harbourton\n\nNew Quillby\nSão Erva") { lines.append(String(decoding: $0, as: UTF8.self)) }
        #expect(lines == ["Harbourton", "New Quillby", "São Erva"])
        lines = []
        Gazetteer.forEachLine("Ostrava Vale\n") { lines.append(String(decoding: $0, as: UTF8.self)) }
        #expect(lines == ["Ostrava Vale"])
    }

    @Test func everyListedWordCarriesItsFlag() {
        let lists: [(Set<String>, EntityLexicon.Flags)] = [
            (Gazetteer.places, .place), (Gazetteer.majorPlaces, .majorPlace), (Gazetteer.countries, .country),
            (Gazetteer.firstNames, .firstName),
        ]
        for (words, flag) in lists {
            let missing = words.filter { !EntityLexicon.facts($0).has(flag) }
            #expect(missing.isEmpty, "\(flag.rawValue): \(missing.prefix(5))")
        }
        let commonMissing = Gazetteer.commonWords.filter { !EntityLexicon.facts($0).has(.commonWord) }
        #expect(commonMissing.isEmpty, "\(commonMissing.prefix(5))")
    }

    @Test func unlistedWordsLackTheFlags() {
        let facts = EntityLexicon.facts("Quillbyfordshire")
        #expect(!facts.has(.place) && !facts.has(.majorPlace) && !facts.has(.country) && !facts.has(.commonWord))
        #expect(EntityLexicon.facts("Moreover").has(.commonWord))
        #expect(EntityLexicon.facts("Germany").has(.country))
    }
}
