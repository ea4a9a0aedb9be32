import Testing
@testable import ReaderModel

/// A time after a date on the same line, behind the word for "at": Polish "o", Slovenian "ob",
/// Czech "v", Danish, Norwegian and Swedish "kl." (with a full stop or a colon), Finnish "klo",
/// French "à 10h20", German "um 10:20 Uhr".
@Suite struct DateAfterWordTests {
    @Test(arguments: [
        ("14.08.2025 o 10:20", "2025-08-14T10:20"),
        ("2025-08-14 o 10:20", "2025-08-14T10:20"),
        ("14. avgusta 2025 ob 10.20", "2025-08-14T10:20"),
        ("14. avgusta 2025 ob 10:20", "2025-08-14T10:20"),
        ("14. srpna 2025 v 10:20", "2025-08-14T10:20"),
        ("14. august 2025 kl. 10.20", "2025-08-14T10:20"),
        ("14. august 2025 kl 10:20", "2025-08-14T10:20"),
        ("14 augusti 2025 kl. 10.20", "2025-08-14T10:20"),
        ("14.08.2025 kl. 10.20", "2025-08-14T10:20"),
        ("14.8.2025 klo 10.20", "2025-08-14T10:20"),
        ("14 août 2025 à 10h20", "2025-08-14T10:20"),
        ("14 août 2025 à 10:20", "2025-08-14T10:20"),
        ("14. August 2025 um 10:20 Uhr", "2025-08-14T10:20"),
        ("14. August 2025 um 10.20 Uhr", "2025-08-14T10:20"),
    ])
    func readsTheTime(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    /// A full stop marks minutes only after a word for "at": a sentence's next number is no time.
    @Test(arguments: [
        ("14 August 2025. 10.20 per cent", "2025-08-14"),
        ("14.08.2025 10.20", "2025-08-14"),
        ("14. august 2025 kl. 10.5", "2025-08-14"),
        ("14. august 2025 kl. 25.10", "2025-08-14"),
    ])
    func readsNoTime(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }
}

/// The invented pages' text copies whose date line ends in "kl. 08.15", "klo 11.30" or "o 10:20"
/// read the time as their saved pages do.
@Suite struct DateAfterWordPageTests {
    @Test(arguments: ["da", "fi", "sk", "sv"])
    func textCopyReadsTheTime(code: String) throws {
        let page = try #require(UnseenPageFixtureTests.pages.first { $0.code == code })
        let doc = try UnseenPageFixtureTests.clean(page, html: false)
        #expect(doc.published == page.published, "\(code): \(doc.published ?? "nil")")
    }
}
