import ReaderModel
import Testing
@testable import tui

/// The reader's repeated-passage marks, fold (`f`) and jump (`p`), without a terminal.
@Suite struct PassageReaderTests {
    // Original articles: two outlets quoting one made-up councillor, and an unrelated one.
    static let documents = [
        Document(source: "a.txt", title: "Council backs ferry", paragraphs: [
            "Councillor Ada Brenn told the meeting: “We will not let the island wait another winter for a boat.” The vote passed by nine to two.",
            "Fishermen at the quay were less sure. Old Tomas Verne asked who would pay for the crossing when the storms came.",
            "The ferry will run twice a day from June and carry up to two hundred passengers, the council said.",
        ]),
        Document(source: "b.txt", title: "Island ferry approved", paragraphs: [
            "Tickets will cost four crowns for islanders and six for visitors, according to the draft timetable.",
            "\"We will not let the island wait another winter for a boat,\" said Ada Brenn, who chairs the harbour council.",
            "The council said the ferry will run twice a day from June and carry up to two hundred passengers.",
        ]),
        Document(source: "c.txt", title: "Weekend weather", paragraphs: [
            "Rain is expected along the coast on Saturday, clearing by Sunday afternoon with light winds from the west.",
        ]),
    ]
    static let catalog = PassageCatalog(documents: documents)
    static let layout = PaneLayout(columns: 120, rows: 40, sidebar: nil, focus: .reader)

    static func context(_ state: ViewState) -> ReduceContext {
        let folded: (Int) -> [DocumentField: [Range<Int>]] = { doc in
            state.foldsSeenPassages ? catalog.report(for: doc).foldedRanges(read: state.read) : [:]
        }
        return ReduceContext(articles: documents.map(ArticleSummary.init), document: { documents.indices.contains($0) ? documents[$0] : nil },
                             index: EntityIndex(), layout: layout,
                             readerText: { ReaderText(document: documents[$0], width: layout.readerTextWidth, folded: folded($0)) },
                             passages: { catalog.report(for: $0) })
    }

    static func run(_ actions: [Action], from start: ViewState? = nil) -> ViewState {
        var state = start ?? ViewState.initial(documentCount: documents.count)
        state.focus = .reader
        for action in actions { state = reduce(state, action, context(state)).0 }
        return state
    }

    @Test func fAndPAreBoundInTheNormalModeOnly() throws {
        let map = try KeyMap()
        #expect(map.action(for: .key(.char("f")), mode: .normal, layout: Self.layout) == .foldPassages)
        #expect(map.action(for: .key(.char("p")), mode: .normal, layout: Self.layout) == .jumpPassage)
        #expect(map.action(for: .key(.char("p")), mode: .searchEntry, layout: Self.layout) == .searchInput("p"))
        #expect(Command(rawValue: "fold-passages")?.action == .foldPassages)
    }

    @Test func pJumpsToTheSamePassageInTheOtherArticleAndBack() throws {
        let there = Self.run([.jumpPassage])
        #expect(there.openArticle == 1)
        #expect(there.articleCursor == 1)
        #expect(there.read == [0, 1])
        let jump = try #require(there.passageJump)
        let landed = String(decoding: Array(Self.documents[1].text(of: jump.field).utf8)[jump.range], as: UTF8.self)
        #expect(landed == "\"We will not let the island wait another winter for a boat,\"")
        #expect(there.message?.contains("article 2") == true)
        let back = Self.run([.jumpPassage], from: there)
        #expect(back.openArticle == 0)
        #expect(back.passageJump?.field == .paragraph(0))
        // An article repeating nothing says so and stays.
        var weather = ViewState.initial(documentCount: 3)
        weather.openArticle = 2
        let stay = Self.run([.jumpPassage], from: weather)
        #expect(stay.openArticle == 2)
        #expect(stay.message == "nothing in this article stands in another one")
    }

    @Test func aListGroupedByStoryComparesAnArticleWithItsStoryOnly() throws {
        let provider = PassageProvider(source: CorpusSource(documents: Self.documents))
        #expect(provider.report(at: 0)?.newPercent ?? 100 < 100)
        let articles = Self.documents.map { StoryListing.Article(file: $0.source, title: $0.title, derivedTitle: nil, published: nil) }
        func grouping(_ stories: [[Int]]) -> StoryGrouping {
            StoryGrouping(stories: stories.map { members in
                Story(members: members.map { .init(position: $0, copyOf: nil) }, lead: members[0], first: nil, last: nil, entities: [])
            }, articles: articles)
        }
        // The two ferry articles in one story: the quote is still repeated.
        #expect(provider.report(at: 0, stories: grouping([[0, 1], [2]]))?.newPercent ?? 100 < 100)
        // Each in a story of its own: nothing of article 0 stands elsewhere in its story.
        #expect(provider.report(at: 0, stories: grouping([[0], [1], [2]]))?.newPercent == 100)
        // Back to the file list: compared with every article again.
        #expect(provider.report(at: 0)?.newPercent ?? 100 < 100)
    }

    @Test func fFoldsOnlyPassagesSeenInArticlesRead() {
        let report = Self.catalog.report(for: 0)
        #expect(report.seen(read: [0]).isEmpty)  // the other article is unread: nothing to fold yet
        #expect(report.seen(read: [0, 1]).count == 2)
        let folded = Self.run([.jumpPassage, .jumpPassage, .foldPassages])
        #expect(folded.foldsSeenPassages)
        #expect(folded.message?.contains("2 here") == true)
        #expect(!Self.run([.foldPassages, .foldPassages]).foldsSeenPassages)
    }

    @Test func foldingLeavesAMarkerWhereTheTextWasAndKeepsOffsets() throws {
        let document = Self.documents[0]
        let width = 60
        let folded = Self.catalog.report(for: 0).foldedRanges(read: [1])
        let full = ReaderText(document: document, width: width)
        let short = ReaderText(document: document, width: width, folded: folded)
        #expect(short.lines.count < full.lines.count)
        let text = short.lines.map(\.text).joined(separator: " ")
        #expect(text.contains("Councillor Ada Brenn told the meeting: […] The vote passed by nine to two."))
        #expect(!text.contains("another winter"))
        #expect(!text.contains("two hundred passengers"))
        #expect(text.contains("Fishermen at the quay"))
        let range = try #require(folded[.paragraph(2)]?.first)
        #expect(short.line(of: .paragraph(2), offset: range.lowerBound) != nil)
    }

    @Test func repeatedLinesCarryAMarginMarkAndTheStatusSaysWhatIsNew() throws {
        var state = ViewState.initial(documentCount: 3)
        state.focus = .reader
        let report = Self.catalog.report(for: 0)
        let text = ReaderText(document: Self.documents[0], width: 60)
        let pane = ReaderPane(document: Self.documents[0], documentIndex: 0, text: text, index: EntityIndex(), state: state,
                              focused: true, passages: report)
        let canvas = pane.render(width: 62, height: 30)
        let lines = canvas.plainLines
        let marked = lines.filter { $0.hasPrefix(ReaderPane.passageMark) }
        #expect(marked.contains { $0.contains("another winter") })
        #expect(marked.contains { $0.contains("passengers") })
        #expect(!lines.contains { $0.hasPrefix(ReaderPane.passageMark) && $0.contains("Fishermen") })
        // The repeated text itself is drawn in the passage role.
        #expect(canvas.lines.contains { $0.contains { $0.role == .passage && $0.text.contains("island wait") } })
        let status = StatusLine(state: state, articleCount: 3, index: EntityIndex(), newPercent: report.newPercent).render(width: 100)
        #expect(status.plainLines[0].contains("article 1/3 · \(report.newPercent)% new"))
        #expect(report.newPercent > 0 && report.newPercent < 100)
    }

    @Test func everyThemeStylesThePassageRoles() throws {
        for name in ["default", "light", "monochrome", "high-contrast"] {
            let path = BundledPaths.locate("themes").map { "\($0)/\(name).toml" }
            guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let theme = try ThemeLoader.parse(text, name: name)
            #expect(theme.styles[.passage] != nil && theme.styles[.passageMark] != nil, "\(name)")
        }
    }
}
