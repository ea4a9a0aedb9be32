import Testing
@testable import ReaderModel

/// Invented pages whose sidebar of other stories outweighs a short article: the list of
/// headline-shaped lines is removed as a teaser list and the article's own text wins.
@Suite struct TeaserListTests: TextPageCleaning {
    static let article = [
        "Village Hall Gets Its Clock Back After Forty Years",
        "",
        "By Rhodri Example",
        "",
        "The clock that stopped above the village hall door in 1985 was wound again on Saturday morning after a repair paid for by a cake sale.",
        "",
        "A retired watchmaker from the next valley spent the winter cleaning its brass wheels and making two new teeth for the worn escapement.",
    ]

    static let paragraphs = Array(article[4...].filter { !$0.isEmpty })

    static let sidebar = [
        "Most Popular Right Now",
        "Celebrity Chef Opens Floating Restaurant On The Thames!",
        "Rising Star Reveals The Secret Behind Her Viral Dance Routine!",
        "Ten Gadgets That Will Change How You Cook Forever!",
        "3 min read",
        "Why Everyone Is Suddenly Talking About Sourdough Again!",
        "Football Legend Buys A Vineyard In Southern France!",
        "Inside The Mansion That Sold For A Record Price This Week!",
        "Fans Queue Overnight For The Final Concert Of The Tour!",
        "Scientists Say This Breakfast Habit Could Add Years To Your Life!",
        "The Surprising Reason Your Houseplants Keep Dying Every Winter!",
        "Watch: Puppy Steals The Show At The County Fair Parade!",
    ]

    @Test func longSidebarAfterAShortArticle() {
        let doc = clean(Self.article + [""] + Self.sidebar)
        #expect(doc.paragraphs == Self.paragraphs)
        let note = doc.blocks.first { $0.text.hasPrefix("Football Legend") }?.evidence ?? ""
        #expect(note.contains("teaser list"))
    }

    @Test func teaserListWithSummariesAndDatesBeforeTheArticle() {
        var page: [String] = ["Home", "Local", ""]
        for k in 0..<5 {
            page += [Self.sidebar[k == 3 ? 9 : k + 1],
                     "A short summary sentence about this other story, written to tempt the reader into another click.",
                     "June \(k + 2), 2025"]
        }
        let doc = clean(page + [""] + Self.article)
        #expect(doc.paragraphs == Self.paragraphs)
        #expect(doc.title == "Village Hall Gets Its Clock Back After Forty Years")
    }

    /// Sub-headings inside an article lead into paragraphs: they are not a list of teasers.
    @Test func subheadingsBetweenParagraphsStay() {
        var page = Self.article
        for heading in ["How The Clock Was Saved", "Who Paid For The Repair", "What Happens Next"] {
            page += ["", heading, "", "The volunteers met every Thursday evening in the hall kitchen to plan the work and count the money raised so far."]
        }
        let doc = clean(page)
        #expect(doc.paragraphs.contains("What Happens Next"))
        #expect(!doc.removed.contains { $0.reason == .related })
    }

    /// A glued run of fewer than four headline-like lines is not judged a list.
    @Test func threeGluedHeadlinesAreNotAList() {
        let lines = LineSplitter.lines(of: (Self.sidebar[1...3]).joined(separator: "\n"))
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        TeaserListDetector.mark(lines, &evidence)
        #expect(evidence.allSatisfy { $0.noise == nil })
    }
}
