import Testing
@testable import ReaderModel

/// Invented copies whose headline sits where the finder did not look: glued to a list of other
/// stories (so swept into it), or just inside the body under a notice that reads as prose.
@Suite struct HeadlineReachTests: TextPageCleaning {
    static let body = HeadlineFinderTests.body
    static let headline = "Two new boats double the Almsford river ferry crossings"

    @Test func headlineGluedToAListOfOtherStories() {
        let others = [
            "Bakery Wins Regional Prize For Its Rye Loaf",
            "Council Debates The Future Of The Old Cinema",
            "Storm Damage Closes The Coastal Footpath Again",
            "School Orchestra Plays At The Cathedral",
        ]
        let page = ["Home", "News", ""] + others + [Self.headline, "March 4, 2025 9:10 AM BY STAFF", ""] + Self.body
        let doc = clean(page)
        #expect(doc.title == Self.headline)
        #expect(doc.paragraphs.first == Self.body[0])
    }

    @Test func headlineUnderANoticeThatReadsAsProse() {
        let notice = "This story was saved as a draft, which means only people who have the link can read it for now."
        let page = ["Sign in", "Next story", "", notice, "", Self.headline, "", "Share", ""] + Self.body
        #expect(clean(page).title == Self.headline)
    }

    /// Share buttons and a tagline stand between the headline under the notice and the prose.
    @Test func headlineUnderANoticeFarAboveTheProse() {
        let notice = "This story was saved as a draft, which means only people who have the link can read it for now."
        let page = ["Sign in", "Next story", "", notice, "", Self.headline, "", "Share on Twitter", "Share on Facebook",
                    "Share by email", "", "Almsford ferry:", "Boats need riders.", ""] + Self.body
        #expect(clean(page).title == Self.headline)
    }

    /// A short headline shares few words with the body; the page repeating it under the share box says it heads it.
    @Test func shortHeadlineRepeatedUnderTheShareBox() {
        let notice = "This story was saved as a draft, which means only people who have the link can read it for now."
        let headline = "Crossing the Almsford"
        let page = ["Sign in", "Tamsin Example", "Next story", "", notice, "", headline, "", "Share on Twitter", "Share on Facebook",
                    "Share by email", "", "Boats need riders.", "", headline, ""] + Self.body
        #expect(clean(page).title == headline)
    }

    @Test func aSubheadingDeepInTheBodyIsNoHeadline() {
        let page = ["Home", "", "Ferry news in brief", ""] + Self.body + ["", "Ferry boats and the river crossings", ""]
            + Self.body.map { $0.replacingOccurrences(of: "ferry", with: "boat") }
        #expect(clean(page).title != "Ferry boats and the river crossings")
    }
}
