import Testing
@testable import ReaderModel

/// Invented blog copies: the blog's name and tagline over a date line, the post's title under the
/// date and over its first paragraph, and an archive list after the post that repeats the title.
@Suite struct DateHeadedPostTitleTests: TextPageCleaning {
    static func page(archiveRepeatsTitle: Bool = true) -> [String] {
        [
            "Sign In",
            "Letters from the Lighthouse Road",
            "Salt spray and long nights on the north cape",
            "",
            "Friday, March 6, 2009",
            "Rescuing the lantern",
            "",
            "The old lantern had not seen fresh paint since the keepers left, and the salt had lifted the coat on its brass frame into flakes the size of a thumbnail.",
            "",
            "We scraped for two days, primed on the third and finally painted the lantern white on a calm Sunday when the wind dropped for once.",
            "",
            "Next week: the brass on the stairs, if the weather holds for us.",
            "",
            "Posted by Agnes at 6:40 PM",
            "",
            "Blog Archive",
            "2009 (14)",
            "March (3)",
            archiveRepeatsTitle ? "Rescuing the lantern" : "A gale in the night",
            "Gulls on the gallery",
            "Counting the steps",
            "February (5)",
        ]
    }

    @Test func thePostTitleUnderTheDateIsTheHeadline() {
        let doc = clean(Self.page())
        #expect(doc.title == "Rescuing the lantern")
        #expect(doc.evidence(of: "Rescuing the lantern").contains("between its date line and its first paragraph"))
        #expect(doc.paragraphs.first?.hasPrefix("The old lantern had not") == true)
    }

    @Test func withoutTheArchiveCopyTheRuleStaysOut() {
        let doc = clean(Self.page(archiveRepeatsTitle: false))
        #expect(!doc.evidence(of: "Rescuing the lantern").contains("between its date line"))
    }
}
