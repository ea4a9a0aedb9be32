import Testing
@testable import ReaderModel

/// An invented travel diary's front page: each entry under its own date line and title. The first
/// entry is no furniture above the second entry's header.
@Suite struct RunUnderOwnHeaderTests {
    static let first = [
        "The bus left the border town two hours late, and by the time we reached the pass the driver had stopped twice to let goats cross the road.",
        "We spent the night in a guest house run by a retired teacher, who insisted on showing us every photograph of her grandchildren before supper.",
    ]
    static let second = [
        "The market in the valley opens before dawn, so we set an alarm for four and walked down the hill with our torches and an empty rucksack each.",
        "By seven the stalls were packed with onions, dried fish and bright wool, and we had spent far more than we meant to on a blanket we did not need.",
        "In the afternoon the rain came back, and we sat in the cafe by the bridge writing postcards that will probably arrive after we do.",
        "Tomorrow we take the early train north, if the line is open again; the station master only shrugged when we asked him about it.",
    ]

    @Test func theFirstDatedEntryIsKept() {
        let page = ["Home", "Archives", "About", "", "March 3, 2024", "Goats on the Mountain Road", ""] + Self.first.flatMap { [$0, ""] }
            + ["Posted by the two of us", "", "Market Morning in the Valley", "March 1, 2024", ""] + Self.second.flatMap { [$0, ""] }
            + ["Archives", "Contact"]
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: page.joined(separator: "\n")))
        for paragraph in Self.first + Self.second { #expect(doc.paragraphs.contains(paragraph)) }
    }

    @Test func aRunWithoutItsOwnHeaderStillStartsUnderTheLaterOne() {
        let notice = "Our shop will be closed over the holiday weekend, and orders placed after Thursday will be sent out on the following Tuesday."
        let page = ["Home", "Shop", "", notice, "", "Market Morning in the Valley", "March 1, 2024", ""] + Self.second.flatMap { [$0, ""] }
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: page.joined(separator: "\n")))
        #expect(!doc.paragraphs.contains(notice))
        for paragraph in Self.second { #expect(doc.paragraphs.contains(paragraph)) }
    }
}
