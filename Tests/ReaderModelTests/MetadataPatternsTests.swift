import Testing
@testable import ReaderModel

@Suite struct MetadataPatternsTests {
    @Test(arguments: [
        ("UPDATED: Ferry strike ends after two days of talks", "Ferry strike ends after two days of talks"),
        ("BREAKING NEWS - Dam gates opened as river rises", "Dam gates opened as river rises"),
        ("Live: Election count continues through the night", "Election count continues through the night"),
        ("Bridge reopens after repairs | The Valley Post", "Bridge reopens after repairs"),
        ("Bridge reopens after months of repairs - Valley Post", "Bridge reopens after months of repairs"),
        ("Council debates budget", "Council debates budget"),
        ("Ferry service ends after forty years – Corriere della Costa", "Ferry service ends after forty years"),
        ("Mühle im Tal schließt nach hundert Jahren – Verein will weitermachen", "Mühle im Tal schließt nach hundert Jahren – Verein will weitermachen"),
        ("Molino del valle cierra tras cien años - Vecinos piden ayuda", "Molino del valle cierra tras cien años - Vecinos piden ayuda"),
        ("Mill in the valley closes | News for the rest of us", "Mill in the valley closes"),
        ("NATO: allies meet in Brussels to discuss spending", "NATO: allies meet in Brussels to discuss spending"),
    ])
    func cleansTitles(raw: String, clean: String) {
        #expect(MetadataPatterns.cleanTitle(raw) == clean)
    }

    @Test(arguments: [
        ("by Ana Example April 29, 2024 3:10 PM 2 min read", "Ana Example"),
        ("By Tomas Sample and Lee Placeholder", "Tomas Sample and Lee Placeholder"),
        ("By Maria de la Cruz | Staff Writer", "Maria de la Cruz"),
        ("Written by Jo Writer • Updated 2 hours ago", "Jo Writer"),
        ("By Lucia Sample, Wire Service", "Lucia Sample, Wire Service"),
    ])
    func readsBylines(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name)
    }

    @Test(arguments: [
        "By the end of the week the river had fallen again.",
        "By Tuesday, officials had reopened the road.",
        "The council met on Monday.",
    ])
    func ignoresSentencesThatStartWithBy(line: String) {
        #expect(MetadataPatterns.byline(in: line) == nil)
    }

    @Test(arguments: [
        ("/ Source: Associated Press", "Associated Press"),
        ("Source: Example Wire", "Example Wire"),
        ("HAMBURG, April 20 (Wire) – The port reopened on Thursday.", "Wire"),
        ("LAGOS (AP) — Heavy rain flooded the city.", "Associated Press"),
        ("Reuters", "Reuters"),
    ])
    func readsPublishers(line: String, publisher: String) {
        #expect(MetadataPatterns.publisher(in: line) == publisher)
    }

    @Test func noPublisherInOrdinaryProse() {
        #expect(MetadataPatterns.publisher(in: "The council (which met late) agreed - narrowly - to the plan.") == nil)
        #expect(MetadataPatterns.publisher(in: "Officials said the road would reopen.") == nil)
    }

    /// Every known agency is still read whole, in capitals or with dots (the longest names bound the
    /// byte test that skips long lines), and a lower-case label opens a line as a capital one does.
    @Test func everyKnownAgencyPassesTheLengthTest() {
        for (key, name) in MetadataPatterns.knownAgencies {
            #expect(MetadataPatterns.publisher(in: key.uppercased()) == name)
            #expect(MetadataPatterns.publisher(in: "  " + key + "  ") == name)
        }
        #expect(MetadataPatterns.publisher(in: "U.P.I.") == "UPI")
        #expect(MetadataPatterns.publisher(in: "via: Example Wire") == "Example Wire")
        #expect(MetadataPatterns.publisher(in: "Courtesy of Example Wire") == "Example Wire")
        #expect(MetadataPatterns.publisher(in: "Agence France-Presse and partners") == nil)
    }

    /// The key built from an ASCII line's bytes reads as the grapheme-wise key of other lines does:
    /// space is trimmed before dots are dropped, and only the Kelvin sign lowercases into ASCII.
    @Test func agencyKeysReadAlikeInBytesAndGraphemes() {
        #expect(MetadataPatterns.publisher(in: "Reuters .") == nil)
        #expect(MetadataPatterns.publisher(in: "\tA.F.P.\u{0B}") == "AFP")
        #expect(MetadataPatterns.publisher(in: "\u{212A}YODO") == "Kyodo")
        #expect(MetadataPatterns.publisher(in: "Reuters\u{00A0}") == "Reuters")
        #expect(MetadataPatterns.publisher(in: "Re\u{00FC}ters") == nil)
        #expect(MetadataPatterns.publisher(in: "Reuters\u{0301}") == nil)
    }
}

@Suite struct MetadataPatternsBareNameTests {
    @Test func aBareNameIsItsOwnByline() {
        #expect(MetadataPatterns.byline(in: "Ana Example") == "Ana Example")
        #expect(MetadataPatterns.byline(in: "Maria de la Cruz") == "Maria de la Cruz")
        #expect(MetadataPatterns.byline(in: "Updated 3 hours ago") == nil)
        #expect(MetadataPatterns.byline(in: "The council met on Monday.") == nil)
    }
}
