import Foundation
import Testing
@testable import ReaderModel

/// Invented gardening blog: a sidebar list of tips at the top outweighs a short post whose theme
/// prints the date under the text, above the trackbacks and the comment form.
@Suite struct RunInDatedPostFrameTests {
    static let tips = [
        "1. Water the beds early in the morning, before the sun is high enough to steal most of it.",
        "2. Mulch every border with bark or straw so the soil keeps its moisture through a dry week.",
        "3. Sow a few seeds every fortnight rather than a whole packet at once in the spring.",
        "4. Keep a notebook by the shed door and write down what flowered and what failed each month.",
        "5. Leave a corner of the garden wild so that the beetles and the frogs have somewhere to live.",
    ]

    static let post = [
        "The rain did not stop for eleven days in April, and most of the early potatoes rotted in the ground before they could sprout.",
        "The broad beans did well enough, though, and the rhubarb has never looked better than it does this week.",
        "We will plant the squash out next weekend if the forecast for the valley holds.",
    ]

    static func page(headline: String = "Notes from a wet spring on the allotment", footer: String = "May 14, 2023 in Allotment | Permalink",
                     secondPost: Bool = false) -> [String] {
        var page = ["The Potting Shed", "Home", "About", "Archive", "", "Ten rules from the potting shed"] + tips + [""]
        // The sidebar's long list of sections parts the tips from the post.
        page += ["Categories", "Allotment", "Seeds", "Tools", "Compost", "Ponds", "Trees", "Recipes", "Links", "Bees", "Herbs",
                 "Fruit", "Roses", "Soil", "Weather", "Wildlife", "Orchards", "Greenhouse", ""]
        if secondPost {
            page += ["The new cold frame is finished at last", "",
                     "My neighbour helped me glaze the cold frame on Saturday, and the first trays of lettuce went in straight away after lunch.",
                     "", "May 10, 2023 in Tools | Permalink", "TrackBack", "Comments", "Post a comment", "Name:", ""]
        }
        page += ["« Previous post | Main | Next post »", "", headline, ""] + post
        page += ["", footer, "", "TrackBack", "TrackBack URL for this entry:", "", "Comments", "", "Post a comment", "Name:", "Email address:", "Comment:"]
        return page
    }

    static func candidate(_ texts: [String]) -> (candidate: BodyCandidate?, heaviest: BodyCandidate, lines: [TextLine]) {
        BodyEvidenceFixtures.candidate(RunInDatedPostFrame.self, texts)
    }

    @Test func thePostBetweenHeadlineAndDatedFooterBeatsAHeavierSidebarList() throws {
        let (found, heaviest, lines) = Self.candidate(Self.page())
        #expect(heaviest.range.contains { lines[$0].text == Self.tips[2] })
        let candidate = try #require(found)
        let postLine = try #require(lines.firstIndex { $0.text == Self.post[0] })
        #expect(candidate.range.contains(postLine))
        #expect(heaviest.prose > candidate.prose)
        #expect(BodyChoice.beats(candidate, heaviest))
    }

    @Test func aHeadlineCarryingItsOwnDateStillHeadsThePost() {
        #expect(Self.candidate(Self.page(headline: "Allotment diary for the week of May 8, 2023")).candidate != nil)
    }

    @Test func withoutADatedFooterThereIsNoFrame() {
        #expect(Self.candidate(Self.page(footer: "Posted in Allotment | Permalink")).candidate == nil)
    }

    @Test func twoFramedPostsMakeAnIndex() {
        #expect(Self.candidate(Self.page(secondPost: true)).candidate == nil)
    }

    @Test func theWholeCleanKeepsThePost() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page().joined(separator: "\n")))
        #expect(doc.paragraphs.contains(Self.post[0]))
        #expect(!doc.paragraphs.contains(Self.tips[2]))
    }
}
