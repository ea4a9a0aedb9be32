import Testing
@testable import ReaderModel

/// `EntityKey` reads ASCII off the bytes; it must agree with the `Character` definition everywhere.
@Suite struct EntityKeyTests {
    /// The definition: lower-cased, split at white space, joined with one space.
    static func reference(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [
        "Jens Stoltenberg", "jens stoltenberg", "  NATO ", "Bank\tof\n\nEngland", "A\u{0B}B\u{0C}C\r\nD", "2024-04-29",
        "USD 325000000", "", " ", "\t\n", "x", "Secretary-General  Guterres", "Zelenskyy", "São Paulo", "ŁÓDŹ",
        "Kyiv\u{00A0}Oblast", "Володимир Зеленський", "e\u{301}cole", "MARK\u{2003}TWAIN", "a \u{85}b",
    ])
    func agreesWithTheCharacterDefinition(text: String) {
        #expect(EntityKey.key(text) == Self.reference(text))
    }

    @Test func groupsByKeyAndKeepsTheLongestName() {
        let spans = [
            EntitySpan(field: .title, range: 0..<4, text: "NATO", type: .organization),
            EntitySpan(field: .title, range: 5..<9, text: "nato", type: .organization),
            EntitySpan(field: .title, range: 10..<20, text: "Łódź", type: .place),
            EntitySpan(field: .title, range: 21..<30, text: "ŁÓDŹ", type: .place),
            EntitySpan(field: .title, range: 31..<40, text: "São  Paulo", type: .place),
            EntitySpan(field: .title, range: 41..<50, text: "são paulo", type: .place),
        ]
        let groups = EntityCount.group(spans)
        #expect(groups.map(\.key) == ["nato", "łódź", "são paulo"])
        #expect(groups.map(\.count) == [2, 2, 2])
        // Longer by Characters wins, the first seen on a tie.
        #expect(groups.map(\.name) == ["NATO", "Łódź", "São  Paulo"])
    }

    @Test func tokensKnowTheirTextLengthAndMarks() {
        let text = "Łódź’s mayor, Mr. Smith: “Kyiv”."
        let field = FieldText(field: .title, text: text)
        let texts = field.tokens.indices.map { field.text($0) }
        #expect(texts == ["Łódź", "’s", "mayor", ",", "Mr", ".", "Smith", ":", "“", "Kyiv", "”", "."])
        #expect(field.tokens.indices.map { field.characterCount($0) } == texts.map(\.count))
        #expect(field.tokens[3].is(","))
        #expect(field.tokens[5].is("."))
        #expect(!field.tokens[8].is("\""))
        #expect(field.token(4, is: "Mr"))
        #expect(!field.token(2, is: "Mayor"))
        #expect(field.tokens[0].isCapitalised && !field.tokens[0].isAllCaps)
    }
}
