import ReaderModel
import Testing
@testable import tui

/// `T` (entity timeline) and `R` (related articles): key routing, the pick list, and what Enter opens.
@Suite struct TimelineViewTests {
    @Test func pickListMovesWithinBoundsAndScrollsToTheCursor() {
        var list = PickList(title: "t", items: Array(0..<10), cursor: 42)
        #expect(list.cursor == 9)
        list = PickList(title: "t", items: Array(0..<10))
        list = list.moved(by: 5, height: 3)
        #expect(list.cursor == 5 && list.scroll == 3)
        list = list.moved(by: Int.max / 2, height: 3)
        #expect(list.cursor == 9 && list.scroll == 7)
        list = list.moved(by: -Int.max / 2, height: 3)
        #expect(list.cursor == 0 && list.scroll == 0)
        let empty = PickList<Int>(title: "t", items: []).moved(by: 1, height: 3)
        #expect(empty.cursor == 0 && empty.selected == nil)
    }

    @Test func keysReachTheOverlaysAndTheOverlaysTakeKeysFirst() throws {
        let map = try KeyMap()
        let layout = PaneLayout(columns: 120, rows: 40, sidebar: nil, focus: .articles)
        #expect(map.action(for: .key(.char("T")), mode: .normal, layout: layout) == .showTimeline)
        #expect(map.action(for: .key(.char("R")), mode: .normal, layout: layout) == .showRelated)
        #expect(map.action(for: .key(.enter), mode: .pickList, layout: layout) == .open)
        #expect(map.action(for: .key(.escape), mode: .pickList, layout: layout) == .cancel)
        #expect(map.action(for: .key(.char("q")), mode: .pickList, layout: layout) == .cancel)
        #expect(map.action(for: .key(.char("j")), mode: .pickList, layout: layout) == .moveDown)
        #expect(map.action(for: .key(.char("m")), mode: .pickList, layout: layout) == nil)
        #expect(map.action(for: .key(.char("e")), mode: .pickList, layout: layout) == nil)
    }

    @Test func timelineNeedsAnEntity() {
        let (s, _) = Fixtures.run([.showTimeline])
        #expect(s.overlay == nil)
        #expect(s.message?.contains("select an entity") == true)
    }

    /// Sidebar focused, cursor on Ada Brenn, T.
    func timeline() -> (ViewState, PickList<TimelineRow>) {
        let (s, _) = Fixtures.run([.focusPrevious, .showTimeline])
        guard case .timeline(let id, let list) = s.overlay else { Issue.record("no timeline overlay"); return (s, PickList(title: "", items: [])) }
        #expect(id == Fixtures.brenn.id)
        return (s, list)
    }

    @Test func timelineListsEveryMentionOldestFirstWithContext() {
        let (s, list) = timeline()
        #expect(s.inputMode == .pickList)
        #expect(list.items.count == Fixtures.brenn.mentions.count)
        #expect(list.items.map(\.document) == [0, 0, 1, 3])  // a dated article first; undated ones by path
        #expect(list.items[0].entry.date == "2025-03-02" && !list.items[0].entry.isFileDate)
        #expect(list.items[2].entry.source == "Island Weekly")
        #expect(list.items.allSatisfy { $0.entry.context.keyword.hasSuffix("Brenn") && $0.entry.context.line.contains($0.entry.context.keyword) })
        #expect(list.title.contains("4 mentions in 3 articles"))
    }

    @Test func enterOpensTheArticleAtTheMentionAndEscapeReturns() {
        var (s, _) = timeline()
        (s, _) = Fixtures.run([.bottom, .open], from: s)
        #expect(s.overlay == nil)
        #expect(s.openArticle == 3)
        #expect(s.mention == Fixtures.brenn.mentions[3])
        #expect(s.selectedEntity == Fixtures.brenn.id)
        #expect(s.focus == .reader)
        // m goes on from the mention the timeline opened (wrapping to the first).
        (s, _) = Fixtures.run([.nextMention], from: s)
        #expect(s.mention == Fixtures.brenn.mentions[0])
        var (t, _) = timeline()
        (t, _) = Fixtures.run([.moveDown, .cancel], from: t)
        #expect(t.overlay == nil && t.openArticle == 0 && t.focus == .entities)
    }

    @Test func relatedListsArticlesSharingNamesAndEnterOpensOne() {
        var (s, _) = Fixtures.run([.showRelated])
        guard case .related(let list) = s.overlay else { Issue.record("no related overlay"); return }
        #expect(Set(list.items.map(\.document)) == [1, 3])  // the weather page shares nothing
        #expect(list.items.allSatisfy { $0.shared.contains("Ada Brenn") })
        (s, _) = Fixtures.run([.open], from: s)
        #expect(s.overlay == nil)
        #expect(s.openArticle == list.items[0].document && s.articleCursor == list.items[0].document)
        #expect(s.focus == .reader)
    }

    @Test func relatedLooksOutsideTheOpenArticlesStoryWhenTheListIsGrouped() {
        var state = ViewState.initial(documentCount: Fixtures.documents.count)
        let articles = Fixtures.documents.indices.map { StoryListing.Article(file: "/\($0).txt", title: nil, derivedTitle: nil, published: nil) }
        let story = Story(members: [.init(position: 0, copyOf: nil), .init(position: 1, copyOf: nil)], lead: 0,
                          first: nil, last: nil, entities: [])
        state.stories = StoryGrouping(stories: [story], articles: articles)
        let (s, _) = Fixtures.run([.showRelated], from: state)
        guard case .related(let list) = s.overlay else { Issue.record("no related overlay"); return }
        #expect(list.items.map(\.document) == [3])
    }

    @Test func relatedOnAnArticleSharingNothingSaysSo() {
        let (s, _) = Fixtures.run([.moveDown, .moveDown, .open, .showRelated])
        #expect(s.openArticle == 2)
        #expect(s.overlay == nil)
        #expect(s.message?.contains("no related articles") == true)
    }

    @Test func theOverlayIsDrawnWithACursorMarkerAndTheMention() throws {
        let (s, _) = timeline()
        let layout = PaneLayout(columns: 120, rows: 40, sidebar: s.sidebar, focus: s.focus)
        let frame = Frame(state: s, layout: layout, documents: Fixtures.documents, index: Fixtures.index, keyMap: try KeyMap(),
                          readerText: { ReaderText(document: Fixtures.documents[$0], width: layout.readerTextWidth) },
                          entityRows: { EntityRow.rows(document: $0, index: Fixtures.index) })
        let window = try #require(frame.windows.first { $0.slot == "timeline" })
        let lines = window.canvas.plainLines
        #expect(lines[0].contains("Timeline: Ada Brenn"))
        #expect(lines.contains { $0.contains("› 2025-03-02") && $0.contains("Ada Brenn") })
        #expect(window.canvas.plainLines.allSatisfy { DisplayWidth.of($0) == window.rect.width })
    }
}
