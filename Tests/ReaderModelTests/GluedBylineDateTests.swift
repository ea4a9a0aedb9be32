import Testing
@testable import ReaderModel

/// A select-all copy of inline elements without spaces between them glues the writer's name to the
/// date after it ("By Ina MarschMay 9, 2024"): the name ends where the month begins. All names invented.
@Suite struct GluedBylineDateTests {
    @Test(arguments: [
        ("By Ina MarschMay 9, 2024", "Ina Marsch"),
        ("By Ina Marsch and Olu AdeyemiSeptember 3, 2025 5 min read", "Ina Marsch and Olu Adeyemi"),
        ("By Jana BeckerSept. 4, 2025", "Jana Becker"),
    ])
    func nameEndsWhereTheGluedMonthBegins(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name)
    }

    /// A capital inside a name that starts no month, or a month-like tail with no date after it, stays.
    @Test(arguments: [
        ("By Ada McDonald May 9, 2024", "Ada McDonald"),
        ("By Luca DeMarch", "Luca DeMarch"),
    ])
    func otherCapitalsInsideANameStay(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name)
    }
}
