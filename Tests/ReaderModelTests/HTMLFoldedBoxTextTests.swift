import Testing
@testable import ReaderModel

/// A story that stands on its own, then a long text folded under a toggle label (a quoted
/// statement): the story is the article, the folded text is the source's and goes.
@Suite struct HTMLFoldedBoxTextTests {
    static let story = [
        "The harbour board said on Monday that it will publish the tide gauge readings every hour, after fishermen asked for them for years.",
        "The first readings will appear online before the end of the month, the board said, and the old weekly bulletin will stop in spring.",
        "Fishermen welcomed the change but said the gauge at the north mole silts up every winter, which makes its readings late and unreliable.",
        "The board answered that a second gauge will be fitted at the ferry pier once the council has rebuilt it.",
    ]

    /// The statement is long (each quoted paragraph twice over, with commas): it outscores the story.
    static func page(story: [String], label: String) -> String {
        let quoted = (HTMLLabelledBoxTests.quoted + HTMLLabelledBoxTests.quoted.map { "Again, " + $0 })
            .map { "<p>\($0), with more words, and commas, here, and there.</p>" }.joined()
        return HTMLLabelledBoxTests.page(label: label)
            .replacingOccurrences(of: HTMLLabelledBoxTests.opening.map { "<p>\($0)</p>" }.joined(), with: story.map { "<p>\($0)</p>" }.joined())
            .replacingOccurrences(of: HTMLLabelledBoxTests.quoted.map { "<p>\($0), with more words, and commas, here, and there.</p>" }.joined(), with: quoted)
    }

    @Test func theFoldedTextAfterAStoryIsRemoved() {
        let doc = HTMLFixtures.clean(Self.page(story: Self.story,
            label: "<div class='quote-box'><div class='toggle'>Show the full statement</div><div class='quote-text'>"))
        #expect(doc.paragraphs == Self.story)
        let block = doc.blocks.first { $0.text.hasPrefix("The readings, taken at the north mole") }
        #expect(block?.role == .removed)
        #expect(block?.evidence?.contains("in the box under a short label after the story") == true)
        #expect(doc.blocks.first { $0.text == "Show the full statement" }?.role == .removed)
    }

    @Test func aDetailsBoxAfterAStoryIsRemoved() {
        let doc = HTMLFixtures.clean(Self.page(story: Self.story,
            label: "<details class='quote-box'><summary>Read the statement</summary><div class='quote-text'>")
            .replacingOccurrences(of: "</div></div></div>", with: "</div></details></div></div>"))
        #expect(doc.paragraphs == Self.story)
    }

    @Test func theRestOfAStoryFoldedAfterItsOpeningIsKept() {
        // Two short paragraphs do not stand alone: the box may be the story's own continuation.
        let doc = HTMLFixtures.clean(Self.page(story: Array(Self.story.prefix(1)),
            label: "<div class='quote-box'><div class='toggle'>Continue</div><div class='quote-text'>"))
        #expect(doc.paragraphs.filter { $0.hasSuffix("here, and there.") }.count == HTMLLabelledBoxTests.quoted.count * 2)
    }
}
