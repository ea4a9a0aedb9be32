import ReaderModel
import Testing
@testable import tui

@Suite struct ViewStateTests {
    @Test func focusCyclesForwardAndBack() {
        let (s1, _) = Fixtures.run([.focusNext])
        #expect(s1.focus == .reader)
        let (s2, _) = Fixtures.run([.focusNext, .focusNext, .focusNext])
        #expect(s2.focus == .articles)
        let (s3, _) = Fixtures.run([.focusPrevious])
        #expect(s3.focus == .entities)
    }

    @Test func hiddenSidebarIsSkippedByTab() {
        let (s, _) = Fixtures.run([.toggleSidebar, .focusNext, .focusNext])
        #expect(s.sidebar == false)
        #expect(s.focus == .articles)
    }

    @Test func articleCursorStaysInBounds() {
        let (top, _) = Fixtures.run([.moveUp, .moveUp])
        #expect(top.articleCursor == 0)
        let (bottom, _) = Fixtures.run([.bottom, .moveDown])
        #expect(bottom.articleCursor == Fixtures.documents.count - 1)
        let (back, _) = Fixtures.run([.bottom, .top])
        #expect(back.articleCursor == 0)
    }

    @Test func readerScrollIsClampedToContent() {
        // A tiny terminal so the first article is longer than the reader pane.
        let (s, _) = Fixtures.run([.focusNext, .bottom], columns: 40, rows: 10)
        let text = ReaderText(document: Fixtures.documents[0], width: PaneLayout(columns: 40, rows: 10, sidebar: nil, focus: .reader).readerTextWidth)
        #expect(s.readerScroll == text.lines.count - 7)
        let (up, _) = Fixtures.run([.focusNext, .bottom, .pageUp, .pageUp, .pageUp], columns: 40, rows: 10)
        #expect(up.readerScroll == 0)
        let (half, _) = Fixtures.run([.focusNext, .halfPageDown], columns: 40, rows: 10)
        #expect(half.readerScroll == 3)
    }

    @Test func enterOpensTheSelectedArticleAndMarksItRead() {
        let (s, _) = Fixtures.run([.moveDown, .moveDown, .open])
        #expect(s.openArticle == 2)
        #expect(s.read.contains(2))
        #expect(s.focus == .reader)
    }

    @Test func selectingAnEntityThenMentionJumpsWalkAcrossArticles() {
        // Entities pane of article 0: People(Ada Brenn), Places(Portmere, Little Skerry).
        var (s, _) = Fixtures.run([.focusPrevious])
        #expect(s.focus == .entities)
        #expect(s.entityCursor == 1)
        (s, _) = Fixtures.run([.open], from: s)
        #expect(s.selectedEntity == 0)
        var visited: [Mention] = []
        for _ in 0..<4 {
            (s, _) = Fixtures.run([.nextMention], from: s)
            visited.append(s.mention!)
            #expect(s.openArticle == s.mention!.document)
        }
        #expect(visited == Fixtures.brenn.mentions)
        let status = StatusLine(state: s, articleCount: Fixtures.documents.count, index: Fixtures.index).mentionPosition
        #expect(status?.contains("mention 4/4") == true)
        #expect(status?.contains("article 3 of 3") == true)
        // Wrapping back to the first, then M goes back to the last.
        (s, _) = Fixtures.run([.nextMention], from: s)
        #expect(s.mention == Fixtures.brenn.mentions[0])
        #expect(s.message?.contains("wrapped") == true)
        (s, _) = Fixtures.run([.previousMention], from: s)
        #expect(s.mention == Fixtures.brenn.mentions[3])
        #expect(s.openArticle == 3)
    }

    @Test func firstMentionJumpStartsAtTheOpenArticle() {
        var state = ViewState.initial(documentCount: 4)
        state.openArticle = 1
        state.selectedEntity = 0
        let (s, _) = Fixtures.run([.nextMention], from: state)
        #expect(s.mention == Fixtures.brenn.mentions[2])
        let (p, _) = Fixtures.run([.previousMention], from: state)
        #expect(p.mention == Fixtures.brenn.mentions[2])
    }

    @Test func mentionJumpWithoutSelectionExplains() {
        let (s, _) = Fixtures.run([.nextMention])
        #expect(s.mention == nil)
        #expect(s.message?.contains("select an entity") == true)
    }

    @Test func listSearchFindsTitlesAndTextWithNextPrevious() {
        let typed: [Action] = [.startSearch] + "portmere".map { .searchInput($0) } + [.searchSubmit]
        var (s, _) = Fixtures.run(typed)
        #expect(s.search?.hits == [.article(0), .article(3)])
        #expect(s.articleCursor == 0)
        (s, _) = Fixtures.run([.searchNext], from: s)
        #expect(s.articleCursor == 3)
        (s, _) = Fixtures.run([.searchNext], from: s)
        #expect(s.articleCursor == 0)
        #expect(s.message == "search wrapped")
        (s, _) = Fixtures.run([.searchPrevious], from: s)
        #expect(s.articleCursor == 3)
        (s, _) = Fixtures.run([.cancel], from: s)
        #expect(s.search == nil)
    }

    @Test func readerSearchFindsTextHits() {
        let typed: [Action] = [.focusNext, .startSearch] + "ferry".map { .searchInput($0) } + [.searchSubmit]
        let (s, _) = Fixtures.run(typed)
        #expect(s.search?.pane == .reader)
        #expect(s.search?.hits.count == 3)  // title + two paragraphs
        #expect(s.search?.current == 0)
    }

    @Test func entitySearchMovesTheCursorToTheMatch() {
        let typed: [Action] = [.focusPrevious, .startSearch] + "skerry".map { .searchInput($0) } + [.searchSubmit]
        let (s, _) = Fixtures.run(typed)
        let rows = EntityRow.rows(document: 0, index: Fixtures.index)
        #expect(rows[s.entityCursor].entityID == 2)
    }

    @Test func searchWithoutMatchSaysSo() {
        let typed: [Action] = [.startSearch] + "zebra".map { .searchInput($0) } + [.searchSubmit]
        let (s, _) = Fixtures.run(typed)
        #expect(s.message == "no match for 'zebra'")
        let (esc, _) = Fixtures.run([.startSearch, .searchInput("x"), .cancel])
        #expect(esc.search == nil)
    }

    @Test func exportPromptFlow() {
        var (s, effects) = Fixtures.run([.export])
        #expect(s.overlay == .export)
        #expect(s.inputMode == .exportPrompt)
        #expect(effects.isEmpty)
        (s, effects) = Fixtures.run([.exportChoose(.markdown)], from: s)
        #expect(s.overlay == nil)
        #expect(effects == [.export(document: 0, format: .markdown)])
        (s, _) = Fixtures.run([.exportFinished("exported to /tmp/x.md")], from: s)
        #expect(s.message == "exported to /tmp/x.md")
        let (cancelled, none) = Fixtures.run([.export, .cancel])
        #expect(cancelled.overlay == nil)
        #expect(none.isEmpty)
    }

    @Test func resizeAndMessagesUnderTheHelpOverlay() {
        // These used to bounce between apply() and the help overlay forever (a stack overflow).
        let (state, _) = Fixtures.run([.help, .resize(columns: 80, rows: 24), .message("indexed")])
        #expect(state.overlay == .help(scroll: 0))
        #expect(state.message == "indexed")
    }

    @Test func quitClosesOverlaysBeforeQuitting() {
        let (s, effects) = Fixtures.run([.help, .quit])
        #expect(s.overlay == nil)
        #expect(effects.isEmpty)
        let (_, quit) = Fixtures.run([.quit])
        #expect(quit == [.quit])
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        // Row 3 of the list is the second article's title line (header, then two lines each).
        let (s, _) = Fixtures.run([.click(.articles, row: 3)])
        #expect(s.openArticle == 1)
        let (w, _) = Fixtures.run([.scroll(.reader, 3)], columns: 40, rows: 10)
        #expect(w.readerScroll == 3)
    }
}
