import Testing
@testable import ReaderModel

/// An invented how-to: the materials list under "You will need:" sits right above the first step's
/// paragraph, and its items are too short to read as prose.
@Suite struct ListAboveBodyTests {
    static let items = ["Two wooden pegs", "Garden twine", "Scissors", "A handful of gravel", "Seed packets (any small herbs)"]
    static let steps = [
        "Push the pegs into the soil at both ends of the bed, about a hand's width deeper than you think they need to go, so the wind cannot pull them loose.",
        "Tie the twine tightly between the pegs and use it as a guide for a shallow trench, then scatter a thin layer of gravel along the bottom for drainage.",
        "Sow the seeds thinly along the trench, cover them with a little fine soil and water gently until the surface is dark but not puddled.",
    ]

    @Test func theMaterialsListAboveTheFirstStepIsKept() {
        let page = ["Home", "Gardening", "Crafts", "", "How to Sow a Straight Row", "By a garden writer", "", "You will need:"] + Self.items
            + ["Step 1", ""] + Self.steps.flatMap { [$0, ""] } + ["Share", "Print"]
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: page.joined(separator: "\n")))
        for line in Self.items + Self.steps { #expect(doc.paragraphs.contains(line)) }
        let explained = doc.blocks.first { $0.text == "Garden twine" }
        #expect(explained?.evidence?.contains(ArticleListReason.aboveBody.evidence) == true)
    }

    @Test func aFormsStackedLabelsAreNoList() {
        let page = ["Home", "", "Search the archive", "Leave out words:", "Leave out authors:", "Only articles with photos", "Only articles from this year",
                    "Search again >>", ""] + Self.steps.flatMap { [$0, ""] }
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: page.joined(separator: "\n")))
        #expect(!doc.paragraphs.contains("Only articles with photos"))
    }

    @Test func aLongSentenceEndingInAColonIsNoListHeading() {
        let page = ["Home", "", "Our newsletter brings you the best of the garden every week, and here is what you get:", "Tips", "Offers", "News", ""]
            + Self.steps.flatMap { [$0, ""] }
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: page.joined(separator: "\n")))
        #expect(!doc.paragraphs.contains("Offers"))
    }
}
