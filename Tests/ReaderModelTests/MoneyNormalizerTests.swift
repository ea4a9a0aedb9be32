import Testing
@testable import ReaderModel

@Suite struct MoneyNormalizerTests {
    func normalized(_ text: String) -> String? {
        let field = FieldText(field: .title, text: text)
        return field.tokens.indices.lazy.compactMap { MoneyNormalizer.match(field, at: $0)?.normalized }.first
    }

    @Test(arguments: [
        ("a grant of $325 million", "USD 325000000"),
        ("pledged €150 billion", "EUR 150000000000"),
        ("100 billion euros ($107.1 billion)", "EUR 100000000000"),
        ("worth £3.5bn", "GBP 3500000000"),
        ("cost $5m in total", "USD 5000000"),
        ("a US$2.25 billion loan", "USD 2250000000"),
        ("paid 40,000 hryvnias", "UAH 40000"),
        ("USD 20 million", "USD 20000000"),
        ("just $4.25", "USD 4.25"),
    ])
    func readsAmounts(text: String, expected: String) {
        #expect(normalized(text) == expected)
    }

    @Test func plainNumbersAreNotMoney() {
        #expect(normalized("14 months and 65 tanks") == nil)
        #expect(normalized("5 m away") == nil)
    }
}
