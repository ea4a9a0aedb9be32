import Testing
@testable import tui
import ReaderModel

/// Issue 12, item 8: `--explain` says first when a page was not read whole.
@Suite struct ReadingLimitNoteTests {
    @Test func explainNamesTheLimit() {
        var document = Document(source: "deep.html", paragraphs: ["A paragraph of the page."])
        document.blocks = [ExplainedBlock(text: "A paragraph of the page.", role: .body)]
        #expect(!BlockExplanation.render(document).contains("not read whole"))
        document.limits = [.flattened(depth: 300, places: 2)]
        let lines = BlockExplanation.render(document).split(separator: "\n")
        #expect(lines.count > 1 && lines[1].hasPrefix("note: not read whole: nested deeper than 300 elements"), "\(lines)")
    }
}
