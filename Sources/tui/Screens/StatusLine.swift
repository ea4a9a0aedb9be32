import ReaderModel

/// The status line: focused pane, position, mention k/N, search and messages.
struct StatusLine {
    var state: ViewState
    var articleCount: Int
    var index: EntityCatalog
    /// Share of the open article in no passage seen elsewhere ("62% new"); nil when unknown.
    var newPercent: Int? = nil

    func render(width: Int) -> Canvas {
        var canvas = Canvas(width: width, height: 1, background: .status)
        if state.overlay == .export {
            canvas.set(0, [.init(" " + ExportPrompt.prompt, .statusMessage)], fill: .status)
            return canvas
        }
        if let search = state.search, search.editing {
            canvas.set(0, [.init(" Search \(search.pane.title.lowercased()): /", .status), .init(search.query + "▏", .statusMessage)], fill: .status)
            return canvas
        }
        var parts: [String] = []
        if let open = state.openArticle, articleCount > 0 { parts.append("article \(open + 1)/\(articleCount)") }
        if let newPercent, state.openArticle != nil { parts.append("\(newPercent)% new") }
        if let mention = mentionPosition { parts.append(mention) }
        if let search = state.search, !search.editing, !search.hits.isEmpty, let current = search.current {
            parts.append("/\(search.query) \(current + 1)/\(search.hits.count)")
        }
        // A message answers the last key, so it comes first where it cannot be clipped away.
        var spans: [Canvas.Span] = [.init(" [\(state.focus.title)] ", .status)]
        if let message = state.message { spans.append(.init(message, .statusMessage)); spans.append(.init(" · ", .status)) }
        // Progress before the position: it is what changes while the user waits.
        if let progress = state.progress { spans.append(.init(progress, .statusMessage)); spans.append(.init(" · ", .status)) }
        spans.append(.init(parts.joined(separator: " · "), .status))
        canvas.set(0, spans, fill: .status)
        return canvas
    }

    /// "Name: mention 3/17, article 2 of 5 with it" in memory; "Name: article 3/57, mention 2/4" from a
    /// library index, where mentions are counted per article.
    var mentionPosition: String? {
        guard let id = state.selectedEntity, let entity = index.entityInfo(id) else { return nil }
        let name = TextWrap.clip(entity.name, width: 24)
        guard let mention = state.mention, let position = index.position(of: mention, entity: id) else {
            return "\(name): \(index.reach(of: id))"
        }
        return "\(name): \(position)"
    }
}
