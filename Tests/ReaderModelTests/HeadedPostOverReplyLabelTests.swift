import Testing
@testable import ReaderModel

/// Invented pages: a post that is only a list, under its headline and date, then its reply label,
/// then a long "about this blog" blurb. The list is the article; a comments count in place of the
/// reply label reads as the header's and leaves the choice to the weights.
@Suite struct HeadedPostOverReplyLabelTests: TextPageCleaning {
    static let items = [
        "Spare wool socks in a dry bag", "A thermos with something hot", "Gloves, and a thinner pair to wear under them",
        "A head torch with fresh batteries", "A paper map of the area", "Plasters and tape for blisters", "A hat that covers the ears",
    ]
    static let blurb = "I write about cooking, walking and the small pleasures of living in a cold country. I have been doing this since my children left home, and I enjoy hearing from readers who try the recipes and send me photographs of how their bread turned out, good or bad. Most weekends I am out on the hills with a flask and a notebook, and most weeknights I am in the kitchen trying to get the bread right."

    static func page(label: String) -> [String] {
        ["Home", "", "Recipes", "", "Travel", "", "Things to pack for a winter walking weekend", "", "2 February 2025", ""]
            + Self.items.flatMap { [$0, ""] }
            + [label, "", "About this blog", "", Self.blurb, "", "Archives", "", "February 2025", "", "January 2025"]
    }

    @Test func listPostOverItsReplyLabelIsTheArticle() {
        let doc = clean(Self.page(label: "Leave a reply"))
        // Known issue: the title finder takes the first item for the headline (the metadata's reading).
        #expect(Array(doc.paragraphs.suffix(Self.items.count - 1)) == Array(Self.items.dropFirst()))
        #expect(doc.evidence(of: Self.items[1]).contains(HeadedPostOverReplyLabel.evidence))
        #expect(!doc.paragraphs.contains(Self.blurb))
    }

    @Test func countingLabelIsNoReplyForm() {
        let text = Self.page(label: "3 comments").joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let headline = lines.firstIndex { $0.text.hasPrefix("Things to pack") }!
        let label = lines.firstIndex { $0.text == "3 comments" }!
        #expect(!HeadedPostOverReplyLabel.holds(headline: headline, label: label, lines, evidence))
    }

    @Test func headlineWithoutItsDateLineIsNoHeader() {
        var page = Self.page(label: "Leave a reply")
        page.removeAll { $0 == "2 February 2025" }
        let text = page.joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let headline = lines.firstIndex { $0.text.hasPrefix("Things to pack") }!
        let label = lines.firstIndex { $0.text == "Leave a reply" }!
        #expect(!HeadedPostOverReplyLabel.holds(headline: headline, label: label, lines, evidence))
    }
}
