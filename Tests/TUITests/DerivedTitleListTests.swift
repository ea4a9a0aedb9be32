import Testing
@testable import tui
@testable import ReaderModel

/// The article list shows a derived title (the first sentence) for an article without a headline,
/// with the file name below it, instead of the bare hash file name.
@Suite struct DerivedTitleListTests {
    func rowText(_ canvas: Canvas, _ row: Int) -> String { canvas.lines[row].map(\.text).joined() }

    @Test func untitledArticleShowsItsFirstSentence() {
        let doc = Document(source: "/lib/4be1c0ffee.txt", paragraphs: ["Rain closed the pier on Sunday. Boats stayed in."])
        let summary = ArticleSummary(doc)
        #expect(summary.derivedTitle == "Rain closed the pier on Sunday.")
        let canvas = ArticleListPane(articles: [summary], state: ViewState(), focused: true).render(width: 60, height: 5)
        #expect(rowText(canvas, 1).contains("Rain closed the pier on Sunday."))
        #expect(rowText(canvas, 2).contains("4be1c0ffee.txt"))
    }

    @Test func articleWithoutTextFallsBackToTheFileName() {
        let summary = ArticleSummary(Document(source: "/lib/empty.txt"))
        let canvas = ArticleListPane(articles: [summary], state: ViewState(), focused: true).render(width: 60, height: 5)
        #expect(rowText(canvas, 1).contains("empty.txt"))
    }
}
