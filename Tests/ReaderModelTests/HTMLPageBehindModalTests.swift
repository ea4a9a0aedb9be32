import Testing
@testable import ReaderModel

/// A consent dialog longer than the short story it covers: the page behind it, `aria-hidden`
/// beside an element of `role="dialog"`, is the page read. Without a dialog beside it, a hidden
/// element that is not most of the page stays hidden.
@Suite struct HTMLPageBehindModalTests {
    static let consent = [
        "We and our many partners store and access information on your device, such as cookies and unique identifiers, and process personal data such as browsing behaviour and addresses.",
        "This allows us and our partners to show you personalised advertising and content, to measure how adverts and content perform and to understand our audiences.",
        "You may click to consent to our and our partners' processing as described above, or access more detailed information and change your preferences before consenting.",
        "Some processing of your personal data may not require your consent, but you have a right to object to it. Your preferences apply to this website only and can be changed at any time.",
    ]

    static func page(role: String) -> String {
        """
        <!DOCTYPE html><html><body>
        <div class="overlay" \(role)><h2>We value your privacy</h2>\(HTMLFixtures.paragraphs(consent))<a href="/vendors">Partners</a></div>
        <div class="site" aria-hidden="true"><article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.prefix(3))))</article></div>
        </body></html>
        """
    }

    @Test func thePageBehindADialogIsRead() {
        let doc = HTMLFixtures.clean(Self.page(role: "role=\"dialog\""))
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.prefix(3)))
        let block = doc.blocks.first { $0.text == HTMLFixtures.prose[0] }
        #expect(block?.evidence?.contains("behind a dialog") == true)
    }

    @Test func aHiddenPartWithoutADialogBesideItStaysHidden() {
        let doc = HTMLFixtures.clean(Self.page(role: ""))
        #expect(!doc.paragraphs.contains(HTMLFixtures.prose[0]))
    }
}
