import Testing
@testable import ReaderModel

@Suite struct GazetteerTests {
    @Test func loadsGeneratedLists() {
        #expect(Gazetteer.places.contains("Lisbon"))
        #expect(Gazetteer.places.contains("Vilnius"))
        #expect(Gazetteer.majorPlaces.contains("Germany"))
        #expect(Gazetteer.firstNames.contains("Julianne"))
        #expect(Gazetteer.isCommonWord("Moreover"))
        #expect(!Gazetteer.isCommonWord("Stoltenberg"))
        #expect(Gazetteer.isDemonym("Ukrainians"))
    }

    @Test func transliterationVariantsShareAKey() {
        let k: (String) -> String = { Transliteration.key($0) }
        #expect(k("Zelensky") == k("Zelenskyy"))
        #expect(k("Zelensky") == k("Zelenskiy"))
        #expect(k("Kharkov") == k("Harkov"))
        #expect(k("Schutz") == k("Schuts"))
        #expect(k("Müller") == k("Muller"))
        #expect(k("Petrov") != k("Petrova"))
        #expect(k("Hrytsenko") == k("Gritsenko"))
        #expect(k("Gill") != k("Hill"))
        #expect(k("Jan") != k("Ian"))
        #expect(k("Hryhoriy") == k("Grigory"))
        #expect(k("Гриценко") == k("Hrytsenko"))
        #expect(k("Олександр") == k("Oleksandr"))
    }

    @Test func aliasTableAndInitials() {
        #expect(AliasResolver.canonicalKey("Kiev") == AliasResolver.canonicalKey("Kyiv"))
        #expect(AliasResolver.canonicalKey("U.S.") == AliasResolver.canonicalKey("United States"))
        #expect(AliasResolver.canonicalKey("UN") == AliasResolver.canonicalKey("U.N."))
        #expect(AliasResolver.canonicalKey("EU") == AliasResolver.canonicalKey("European Union"))
        #expect(AliasResolver.initials("North Atlantic Treaty Organization") == "NATO")
        #expect(AliasResolver.initials("Bank for International Settlements") == "BIS")
        #expect(AliasResolver.acronymLetters("U.N.") == "UN")
    }

    @Test func tokenizerKeepsNamesWholeAndSplitsPossessives() {
        let text = "al-Assad met the U.S. envoy; Quell’s aide paid $5."
        let t = Tokenizer.tokenize(text)
        #expect(t.map { $0.text(in: text) } == ["al-Assad", "met", "the", "U.S.", "envoy", ";", "Quell", "’s", "aide", "paid", "$", "5", "."])
        #expect(t[7].kind == .possessive)
    }
}
