import Foundation
import ReaderModel

/// The only way the view state changes: a pure function of state, action and context.
func reduce(_ state: ViewState, _ action: Action, _ context: ReduceContext) -> (ViewState, [Effect]) {
    var reducer = Reducer(state: state, context: context)
    reducer.apply(action)
    return (reducer.state, reducer.effects)
}

/// The reducer's working copy; split into small methods per concern.
private struct Reducer {
    var state: ViewState
    let context: ReduceContext
    var effects: [Effect] = []

    init(state: ViewState, context: ReduceContext) {
        self.state = state
        self.context = context
    }

    private var documentCount: Int { context.articles.count }

    mutating func apply(_ action: Action) {
        switch action {
        case .exportFinished, .message, .resize: break
        default: state.message = nil
        }
        if case .help(let scroll) = state.overlay {
            applyHelp(action, scroll: scroll)
            return
        }
        if state.inputMode == .pickList {
            applyPickList(action)
            return
        }
        switch action {
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(by: page(state.focus))
        case .pageUp: move(by: -page(state.focus))
        case .halfPageDown: move(by: max(1, page(state.focus) / 2))
        case .halfPageUp: move(by: -max(1, page(state.focus) / 2))
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .open: open()
        case .nextMention: jumpMention(forward: true)
        case .previousMention: jumpMention(forward: false)
        case .startSearch: state.search = ViewState.Search(pane: state.focus, query: "", editing: true)
        case .searchInput(let c):
            if let query = state.search?.query, query.count >= ViewState.Search.maxQueryLength {
                state.message = "search text is limited to \(ViewState.Search.maxQueryLength) characters"
            } else {
                state.search?.query.append(c)
            }
        case .searchBackspace:
            if state.search?.query.isEmpty == true { state.search = nil } else { state.search?.query.removeLast() }
        case .searchSubmit: submitSearch()
        case .searchNext: stepSearch(by: 1)
        case .searchPrevious: stepSearch(by: -1)
        case .cancel:
            if state.overlay != nil { state.overlay = nil } else if state.search != nil { state.search = nil }
        case .export:
            if state.openArticle == nil { state.message = "no article open to export" } else { state.overlay = .export }
        case .exportChoose(let format):
            state.overlay = nil
            if let doc = state.openArticle { effects.append(.export(document: doc, format: format)) }
        case .exportFinished(let message), .message(let message): state.message = message
        case .toggleSidebar: toggleSidebar()
        case .foldPassages: foldPassages()
        case .jumpPassage: jumpPassage()
        case .help: state.overlay = .help(scroll: 0)
        case .quit:
            if state.overlay != nil { state.overlay = nil } else if state.search?.editing == true { state.search = nil } else { effects.append(.quit) }
        case .redraw: effects.append(.redraw)
        case .fetchFeeds: effects.append(.fetchFeeds)
        case .filterByFeed: effects.append(.filterByFeed)
        case .showTimeline: showTimeline()
        case .showRelated: showRelated()
        case .scroll(let pane, let delta): scroll(pane, by: delta)
        case .click(let pane, let row): click(pane, row: row)
        case .resize: clampAll()
        case .toggleStories: toggleStories()
        case .storiesGrouped(let grouping): showStories(grouping)
        }
    }

    // MARK: Help overlay

    private mutating func applyHelp(_ action: Action, scroll: Int) {
        let step: Int
        switch action {
        case .cancel, .quit, .help: state.overlay = nil; return
        case .moveDown: step = 1
        case .moveUp: step = -1
        case .pageDown, .halfPageDown: step = 10
        case .pageUp, .halfPageUp: step = -10
        case .top: step = -1000
        case .bottom: step = 1000
        case .redraw: effects.append(.redraw); return
        // Handled here, not through apply(): that would route them back to this overlay forever.
        case .resize: clampAll(); return
        case .message(let message), .exportFinished(let message): state.message = message; return
        default: return
        }
        state.overlay = .help(scroll: max(0, min(scroll + step, Command.allCases.count)))
    }

    // MARK: Focus and movement

    private mutating func cycleFocus(by step: Int) {
        var panes = Pane.allCases
        if state.sidebar == false { panes.removeAll { $0 == .entities } }
        let i = panes.firstIndex(of: state.focus) ?? 0
        state.focus = panes[(i + step + panes.count) % panes.count]
        // Never leave the sidebar cursor on a type heading.
        if state.focus == .entities { moveEntityCursor(by: 0) }
    }

    private func page(_ pane: Pane) -> Int {
        pane == .articles ? context.articlesPerPage : context.pageHeight(pane)
    }

    private mutating func move(by delta: Int) {
        switch state.focus {
        case .articles: moveArticleCursor(to: state.stories?.step(from: state.articleCursor, by: delta) ?? state.articleCursor.addingClamped(delta))
        case .reader: setReaderScroll(state.readerScroll.addingClamped(delta))
        case .entities: moveEntityCursor(by: delta)
        }
    }

    private mutating func moveArticleCursor(to target: Int) {
        guard documentCount > 0 else { return }
        state.articleCursor = min(max(0, target), documentCount - 1)
        if let stories = state.stories {
            state.articleCursor = stories.shown(state.articleCursor)
            state.articleScroll = stories.scroll(keeping: state.articleCursor, from: state.articleScroll, lines: context.pageHeight(.articles))
            return
        }
        let perPage = context.articlesPerPage
        if state.articleCursor < state.articleScroll { state.articleScroll = state.articleCursor }
        if state.articleCursor >= state.articleScroll + perPage { state.articleScroll = state.articleCursor - perPage + 1 }
        state.articleScroll = min(state.articleScroll, max(0, documentCount - perPage))
    }

    private var readerLineCount: Int {
        state.openArticle.map { context.readerText($0).lines.count } ?? 0
    }

    private mutating func setReaderScroll(_ target: Int) {
        let maxScroll = max(0, readerLineCount - context.pageHeight(.reader))
        state.readerScroll = min(max(0, target), maxScroll)
    }

    private var entityRows: [EntityRow] {
        state.openArticle.map { context.entityRows($0) } ?? []
    }

    /// Moves over entity rows only, never resting on a type header.
    private mutating func moveEntityCursor(by delta: Int) {
        let rows = entityRows
        let selectable = rows.indices.filter { rows[$0].entityID != nil }
        guard !selectable.isEmpty else { state.entityCursor = 0; state.entityScroll = 0; return }
        let position = selectable.firstIndex { $0 >= state.entityCursor } ?? 0
        let target = min(max(0, position.addingClamped(delta)), selectable.count - 1)
        setEntityCursor(selectable[target], rowCount: rows.count)
    }

    private mutating func setEntityCursor(_ row: Int, rowCount: Int) {
        state.entityCursor = row
        let height = context.pageHeight(.entities)
        // Keep the group header above the first entity visible.
        let top = row == 1 ? 0 : row
        if top < state.entityScroll { state.entityScroll = top }
        if row >= state.entityScroll + height { state.entityScroll = row - height + 1 }
        state.entityScroll = max(0, min(state.entityScroll, rowCount - height))
    }

    private mutating func scroll(_ pane: Pane, by delta: Int) {
        switch pane {
        case .reader: setReaderScroll(state.readerScroll + delta)
        case .articles: moveArticleCursor(to: state.stories?.step(from: state.articleCursor, by: delta.signum()) ?? state.articleCursor + delta.signum())
        case .entities: moveEntityCursor(by: delta.signum())
        }
    }

    private mutating func click(_ pane: Pane, row: Int) {
        state.focus = pane
        guard row >= 1 else { return }  // the header row
        switch pane {
        case .articles:
            var item = state.articleScroll + (row - 1) / 2
            if let stories = state.stories {
                guard case .article(let position, _)? = stories.row(atLine: row - 1, scroll: state.articleScroll) else { return }
                item = position
            }
            guard item < documentCount else { return }
            moveArticleCursor(to: item)
            openArticle(item, focusReader: false)
        case .entities:
            let target = state.entityScroll + row - 1
            let rows = entityRows
            guard rows.indices.contains(target), rows[target].entityID != nil else { return }
            setEntityCursor(target, rowCount: rows.count)
            open()
        case .reader: break
        }
    }

    private mutating func clampAll() {
        moveArticleCursor(to: state.articleCursor)
        setReaderScroll(state.readerScroll)
        let rows = entityRows
        if !rows.isEmpty { setEntityCursor(min(state.entityCursor, rows.count - 1), rowCount: rows.count) }
        if state.sidebar == false, state.focus == .entities { state.focus = .reader }
    }

    private mutating func toggleSidebar() {
        let visible = context.layout.rect(of: .entities) != nil
        if visible {
            state.sidebar = false
            if state.focus == .entities { state.focus = .reader }
        } else {
            state.sidebar = true
            state.focus = .entities
        }
    }

    // MARK: Grouping by story

    private mutating func toggleStories() {
        if state.stories != nil {
            state.stories = nil
            state.message = "articles by file"
            moveArticleCursor(to: state.articleCursor)
        } else {
            state.message = "grouping by story…"
            effects.append(.groupStories)
        }
    }

    private mutating func showStories(_ grouping: StoryGrouping) {
        state.stories = grouping
        let grouped = grouping.rows.filter(\.isHeader).count
        state.message = "\(grouping.storyCount) stories, \(grouped) of several articles · v: back to files"
        state.articleScroll = 0
        moveArticleCursor(to: state.articleCursor)
    }

    // MARK: Opening and selecting

    private mutating func open() {
        switch state.focus {
        case .articles:
            guard documentCount > 0 else { return }
            openArticle(state.articleCursor, focusReader: true)
        case .entities:
            let rows = entityRows
            guard rows.indices.contains(state.entityCursor), case .entity(let id, let name, _, _, _) = rows[state.entityCursor] else {
                state.message = "no entity under the cursor"
                return
            }
            state.selectedEntity = id
            state.mention = nil
            state.message = "\(Sanitizer.clean(name)): \(context.index.reach(of: id)) · m/M to jump"
        case .reader: break
        }
    }

    private mutating func openArticle(_ document: Int, focusReader: Bool) {
        if state.openArticle != document {
            state.openArticle = document
            state.readerScroll = 0
            state.entityScroll = 0
            // The sidebar cursor follows the selected entity into the new article.
            let rows = entityRows
            state.entityCursor = rows.firstIndex { $0.entityID != nil && $0.entityID == state.selectedEntity }
                ?? rows.firstIndex { $0.entityID != nil } ?? 0
            setEntityCursor(state.entityCursor, rowCount: rows.count)
            if state.search?.pane != .articles { state.search = nil }
            state.passageJump = nil
        }
        state.read.insert(document)
        if focusReader { state.focus = .reader }
    }

    // MARK: Mentions

    private mutating func jumpMention(forward: Bool) {
        guard let id = state.selectedEntity else {
            state.message = "select an entity first (Tab to Entities, Enter)"
            return
        }
        // Start from where the reader is, not from the top of the corpus.
        guard let step = context.index.step(id, from: state.mention, near: state.openArticle ?? 0, forward: forward) else {
            state.message = "no mentions"
            return
        }
        if step.wrapped { state.message = forward ? "wrapped to the first mention" : "wrapped to the last mention" }
        reveal(step.mention)
    }

    private mutating func reveal(_ mention: Mention) {
        state.mention = mention
        openArticle(mention.document, focusReader: false)
        moveArticleCursor(to: mention.document)
        revealLine(context.readerText(mention.document).line(of: mention.field, offset: mention.range.lowerBound))
    }

    /// Scrolls the reader so a line sits in the upper third, unless it is already visible.
    private mutating func revealLine(_ line: Int?) {
        guard let line else { return }
        let height = context.pageHeight(.reader)
        if line >= state.readerScroll && line < state.readerScroll + height { return }
        setReaderScroll(line - height / 3)
    }

    // MARK: Passages

    private mutating func foldPassages() {
        state.foldsSeenPassages.toggle()
        let seen = state.openArticle.flatMap(context.passages)?.seen(read: state.read).count ?? 0
        state.message = state.foldsSeenPassages ? "folded passages seen before (\(seen) here) · f shows them" : "showing every passage"
    }

    private mutating func jumpPassage() {
        guard let open = state.openArticle, let report = context.passages(open), !report.repeated.isEmpty,
              let (passage, source) = PassageNavigation.target(report: report, text: context.readerText(open), document: open,
                                                              scroll: state.readerScroll, landed: state.passageJump) else {
            state.message = "nothing in this article stands in another one"
            return
        }
        let target = Int(source.article)
        guard context.articles.indices.contains(target) else { return }
        openArticle(target, focusReader: false)
        moveArticleCursor(to: target)
        state.passageJump = PassageJump(document: target, field: source.field, range: source.range, from: open)
        revealLine(context.readerText(target).line(of: source.field, offset: source.range.lowerBound))
        let others = passage.sources.count > 1 ? " (and \(passage.sources.count - 1) more)" : ""
        state.message = "same passage in article \(target + 1)\(others) · p jumps back"
    }

    // MARK: Search

    private mutating func submitSearch() {
        guard var search = state.search else { return }
        search.editing = false
        guard !search.query.isEmpty else { state.search = nil; return }
        let ranked = search.pane == .articles ? context.searchArticles(search.query) : nil
        search.hits = ranked.map { $0.map(SearchHit.article) } ?? hits(for: search.query, in: search.pane)
        state.search = search
        if search.hits.isEmpty {
            state.message = "no match for '\(Sanitizer.clean(search.query))'"
        } else {
            // Ranked hits (full-text search) start at the best one, positional hits at the cursor.
            let first = ranked == nil ? firstHitIndex(search.hits) : 0
            state.search?.current = first
            goToCurrentHit()
        }
    }

    private func hits(for query: String, in pane: Pane) -> [SearchHit] {
        switch pane {
        case .articles:
            return context.articles.indices.filter { i in
                guard let d = context.document(i) else { return false }
                return d.fields.contains { d.text(of: $0).range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
            }.map { .article($0) }
        case .reader:
            guard let open = state.openArticle, let d = context.document(open) else { return [] }
            return d.fields.flatMap { field -> [SearchHit] in
                let text = d.text(of: field)
                var found: [SearchHit] = []
                var from = text.startIndex
                while let r = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
                    let lower = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                    found.append(.text(field: field, range: lower..<(lower + text[r].utf8.count)))
                    from = r.upperBound
                }
                return found
            }
        case .entities:
            let rows = entityRows
            return rows.indices.filter { i in
                guard case .entity(let id, let name, _, _, _) = rows[i] else { return false }
                if name.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil { return true }
                let aliases = context.index.entityInfo(id)?.aliases ?? []
                return aliases.contains { $0.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
            }.map { .entityRow($0) }
        }
    }

    /// The first hit at or after the current position in the searched pane.
    private func firstHitIndex(_ hits: [SearchHit]) -> Int {
        let position: Int
        switch state.search?.pane ?? .articles {
        case .articles: position = state.articleCursor
        case .entities: position = state.entityCursor
        case .reader: position = state.readerScroll
        }
        return hits.firstIndex { hitPosition($0) >= position } ?? 0
    }

    private func hitPosition(_ hit: SearchHit) -> Int {
        switch hit {
        case .article(let i), .entityRow(let i): return i
        case .text(let field, let range):
            return state.openArticle.flatMap { context.readerText($0).line(of: field, offset: range.lowerBound) } ?? 0
        }
    }

    private mutating func stepSearch(by step: Int) {
        guard let search = state.search, !search.editing else { state.message = "no search (press /)"; return }
        guard !search.hits.isEmpty else { state.message = "no match for '\(Sanitizer.clean(search.query))'"; return }
        let next = ((search.current ?? -step) + step + search.hits.count) % search.hits.count
        state.search?.current = next
        if step > 0 && next == 0 || step < 0 && next == search.hits.count - 1 { state.message = "search wrapped" }
        goToCurrentHit()
    }

    private mutating func goToCurrentHit() {
        guard let search = state.search, let current = search.current, search.hits.indices.contains(current) else { return }
        state.focus = search.pane
        switch search.hits[current] {
        case .article(let i): moveArticleCursor(to: i)
        case .entityRow(let row): setEntityCursor(row, rowCount: entityRows.count)
        case .text(let field, let range):
            if let open = state.openArticle { revealLine(context.readerText(open).line(of: field, offset: range.lowerBound)) }
        }
    }
}

// MARK: Timeline and related articles (T, R)

private extension Reducer {
    /// Rows of the pick-list overlay that fit on screen.
    var pickListHeight: Int {
        max(1, PickListOverlay.rect(columns: context.layout.columns, rows: context.layout.rows).height - 2)
    }

    /// `T`: the entity under the sidebar cursor (when the sidebar has focus), else the selected one.
    mutating func showTimeline() {
        var id = state.selectedEntity
        if state.focus == .entities, entityRows.indices.contains(state.entityCursor), let row = entityRows[state.entityCursor].entityID { id = row }
        guard let id else {
            state.message = "select an entity first (Tab to Entities, Enter), then T"
            return
        }
        let rows = context.timeline(id)
        guard !rows.isEmpty else {
            state.message = "no timeline for this entity"
            return
        }
        let name = context.index.entityInfo(id).map { Sanitizer.clean($0.name) } ?? "entity"
        let articles = Set(rows.map(\.document)).count
        // Start at the mention the reader is on, else at the open article's first.
        let here = rows.firstIndex { $0.mention == state.mention } ?? rows.firstIndex { $0.document == state.openArticle } ?? 0
        let list = PickList(title: "Timeline: \(name) · \(rows.count) mentions in \(articles) articles", items: rows, cursor: here)
        state.overlay = .timeline(entity: id, list.scrolled(height: pickListHeight))
    }

    /// `R`: the articles most related to the open one. (Stories are not known yet: nothing is excluded.)
    mutating func showRelated() {
        guard let open = state.openArticle else {
            state.message = "open an article first"
            return
        }
        // Outside its story when the list is grouped (`v`): the story's articles are one step away there.
        let rows = context.related(open, state.stories?.storyMates(of: open) ?? [])
        guard !rows.isEmpty else {
            state.message = "no related articles (none shares its names)"
            return
        }
        state.overlay = .related(PickList(title: "Related to this article", items: rows))
    }

    mutating func applyPickList(_ action: Action) {
        let height = pickListHeight
        func move(_ delta: Int) {
            switch state.overlay {
            case .timeline(let id, let list): state.overlay = .timeline(entity: id, list.moved(by: delta, height: height))
            case .related(let list): state.overlay = .related(list.moved(by: delta, height: height))
            default: break
            }
        }
        switch action {
        case .cancel, .quit: state.overlay = nil
        case .moveDown: move(1)
        case .moveUp: move(-1)
        case .pageDown, .halfPageDown: move(max(1, height - 1))
        case .pageUp, .halfPageUp: move(-max(1, height - 1))
        case .top: move(-Int.max / 2)
        case .bottom: move(Int.max / 2)
        case .open: pick()
        case .help: state.overlay = .help(scroll: 0)
        case .redraw: effects.append(.redraw)
        case .resize: clampAll(); move(0)
        case .message(let message), .exportFinished(let message): state.message = message
        default: break
        }
    }

    /// Enter: the timeline opens the article at the mention; related articles open the article.
    mutating func pick() {
        switch state.overlay {
        case .timeline(let id, let list):
            guard let row = list.selected else { return }
            state.overlay = nil
            state.selectedEntity = id
            reveal(row.mention)
            state.focus = .reader
            state.message = "\(row.entry.date) · \(Sanitizer.clean(row.entry.source)) · m/M for the next mention"
        case .related(let list):
            guard let row = list.selected else { return }
            state.overlay = nil
            moveArticleCursor(to: row.document)
            openArticle(row.document, focusReader: true)
        default: break
        }
    }
}

private extension Int {
    /// Addition that saturates instead of trapping (g/G move by huge deltas).
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
