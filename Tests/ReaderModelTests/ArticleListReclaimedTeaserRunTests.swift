import Testing
@testable import ReaderModel

/// An invented notice: the lists of closed libraries have a teaser block's shape, but a sentence
/// ending in a colon under a paragraph introduces each of them.
@Suite struct ArticleListReclaimedTeaserRunTests: TextPageCleaning {
    static let opening = "Flooding along the river has closed several roads in the county, and the library service says some branches cannot open until the water goes down."
    static let firstLeadIn = "The following Riverside County branches will be closed on Monday:"
    static let firstList = ["• Millbrook Branch Library", "• Ashford Village Library", "• North Quay Reading Room", "• Stonebridge Community Library"]
    static let secondLeadIn = "These branches will be closed on both Monday and Tuesday:"
    static let secondList = ["• Harbour Street Library", "• Elmwood Park Branch", "• Lower Fenton Library", "• Old Mill Lane Library", "• Cressley Green Library"]
    static let closing = [
        "Branches listed as closed on Monday only may stay closed longer, and readers are asked to check the county website before they travel.",
        "Books due during the closure can be returned later without a fine, the service said in a statement on Sunday evening.",
    ]

    @Test func listsUnderALeadInSentenceAreKept() {
        let page = ["Home", "News", "", "Libraries close after the floods", "", Self.opening, "", Self.firstLeadIn, ""] + Self.firstList
            + ["", Self.secondLeadIn, ""] + Self.secondList + [""] + Self.closing.flatMap { [$0, ""] } + ["Contact us"]
        let doc = clean(page)
        for line in [Self.opening, Self.firstLeadIn, Self.secondLeadIn] + Self.firstList + Self.secondList + Self.closing {
            #expect(doc.paragraphs.contains(line))
        }
        let explained = doc.blocks.first { $0.text == "• Elmwood Park Branch" }
        #expect(explained?.evidence?.contains(ArticleListReason.reclaimedTeaserRun.evidence) == true)
    }

    @Test func aShortLabelIsNoLeadIn() {
        let related = ["Floods Close Roads Across The County", "Volunteers Fill Sandbags At The Quay", "River Levels Expected To Fall By Friday", "Council Opens Emergency Shelter In Hall"]
        let page = ["Home", "", Self.opening, "", "More news:"] + related + [""] + Self.closing.flatMap { [$0, ""] }
        let doc = clean(page)
        for line in related { #expect(!doc.paragraphs.contains(line)) }
    }
}
