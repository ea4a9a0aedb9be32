import Testing
@testable import ReaderModel

/// The entity finder's DATE spans read dates of other languages with the date parser's month
/// tables. Sentences are invented.
@Suite struct EntityScriptDateTests {
    func dates(_ paragraph: String) -> [String?] {
        EntityRecognizer().recognize(Document(source: "t", paragraphs: [paragraph])).filter { $0.type == .date }.map(\.normalized)
    }

    @Test(arguments: [
        ("Собрание прошло 12 октября 2025 в школе.", "2025-10-12"),
        ("Die Fähre fuhr am 3. März 2021 wieder.", "2021-03-03"),
        ("Der Rat tagte am 9.\u{00A0}Mai 2024 im Rathaus.", "2024-05-09"),
        ("افتتح الخط في 5 مارس 2025 رسميا.", "2025-03-05"),
        ("Το πλοίο έφυγε στις 3 Ιουλίου 2025 από το λιμάνι.", "2025-07-03"),
    ])
    func datesOfOtherScriptsAreNormalised(sentence: String, iso: String) {
        #expect(dates(sentence).contains(iso), "\(sentence): \(dates(sentence))")
    }
}
