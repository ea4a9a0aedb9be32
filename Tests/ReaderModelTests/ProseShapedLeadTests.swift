import Testing
@testable import ReaderModel

/// Invented pages where a long lead-in sentence closing on a colon mentions a chrome word
/// ("browser", "cookie"): the word alone must not mark the line as site chrome, while a short
/// warning of the same words still goes.
@Suite struct ProseShapedLeadTests: TextPageCleaning {
    static let lead = "When a desktop application asks a remote server to sync its files, the browser that hosts the settings panel opens a second browser tab and sends a small probe first, such as this one:"
    static let leadWithoutBrowser = "When a desktop application asks a remote server to sync its files, the client that hosts the settings panel opens a second client tab and sends a small probe first, such as this one:"

    static let page = [
        "How the Sync Probe Works",
        "",
        "The sync service keeps a copy of every file on a server that the user chooses, and the desktop application talks to it over plain requests that anyone can read.",
        "",
        "Each request carries a token that the server checks before it answers, so that one user can never read the folders of another user by guessing their names.",
        "",
        lead,
        "",
        "    PROBE /files/notes HTTP/1.1",
        "    Host: sync.example.org",
        "",
        "The server answers with the list of methods it allows for that folder, and the application only then sends the request it wanted to make in the first place.",
        "",
        "If the token has expired, the answer is a refusal, and the application asks the user to sign in again before it tries once more with a fresh token.",
    ]

    static func lines(_ text: String) -> [TextLine] {
        WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
    }

    @Test func theVocabularyAloneWouldCallTheLeadChrome() {
        #expect(NoiseVocabulary.reason(words: WordTokenizer.tokens(Self.lead).words, endsSentence: false, phraseStarts: nil) == .navigation)
    }

    @Test func aLongStopwordRichLeadInIsProseShaped() {
        let line = Self.lines(Self.lead)[0]
        #expect(ProseShapedLead.holds(line, densityScale: 1))
        // On a page of another language the function words say nothing; the closing colon still does.
        #expect(ProseShapedLead.holds(line, densityScale: 0))
    }

    @Test func shortOrPunctuatedLinesAreNotLeadIns() {
        #expect(!ProseShapedLead.holds(Self.lines("Your browser is out of date")[0], densityScale: 1))
        #expect(!ProseShapedLead.holds(Self.lines("This sentence about a browser ends as sentences do, with a full stop at the very end.")[0], densityScale: 1))
        // A long run of labels: few function words, no clause mark at its end.
        #expect(!ProseShapedLead.holds(Self.lines("Home News Browser Extensions Downloads Themes Plugins Developers Support Forum Blog Careers Press")[0], densityScale: 1))
    }

    @Test func aStrongPhraseStillMarksTheLine() {
        let line = Self.lines("If the settings panel looks broken on your screen, please update your browser and then come back to the page with the list of devices, which we keep short:")[0]
        #expect(ProseShapedLead.holds(line, densityScale: 1))
        #expect(!ProseShapedLead.releases(line, densityScale: 1))
    }

    @Test func aDataBlobOnOneLineIsNoLeadIn() {
        let blob = "\"text\": \"" + Array(repeating: "the browser opens the door to the garden and", count: 10).joined(separator: " ") + "\","
        #expect(!ProseShapedLead.holds(Self.lines(blob)[0], densityScale: 1))
    }

    @Test func theLeadInStaysInTheBodyWithItsEvidence() {
        let doc = clean(Self.page)
        #expect(doc.paragraphs.contains(Self.lead))
        #expect(doc.paragraphs.last == Self.page.last)
        #expect(doc.evidence(of: Self.lead).contains("not chrome on its own"))
    }

    @Test func theSamePageWithoutTheWordReadsTheSame() {
        let doc = clean(Self.page.map { $0 == Self.lead ? Self.leadWithoutBrowser : $0 })
        #expect(doc.paragraphs.contains(Self.leadWithoutBrowser))
        #expect(doc.paragraphs.last == Self.page.last)
    }

    @Test func aShortBrowserWarningStillGoes() {
        let warning = "Please update your browser to view this site"
        let doc = clean([Self.page[0], "", warning, ""] + Self.page.dropFirst(2))
        #expect(!doc.paragraphs.contains(warning))
        #expect(doc.paragraphs.contains(Self.lead))
    }
}
