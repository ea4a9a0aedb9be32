/// Keeping the view state on the same articles when the list changes under it (background indexing).
extension ViewState {
    /// The state for a new list: the cursor and the open article follow their paths; read marks are
    /// the source's. Scroll offsets are clamped afterwards by the reducer's `.resize`.
    func refreshed(from old: [ArticleSummary], to new: [ArticleSummary], read: Set<Int>) -> ViewState {
        var state = self
        var position: [String: Int] = [:]
        position.reserveCapacity(new.count)
        for (i, summary) in new.enumerated() { position[summary.path] = i }
        func follow(_ index: Int) -> Int? {
            old.indices.contains(index) ? position[old[index].path] : nil
        }
        let cursor = follow(articleCursor)
        // A removed article leaves the cursor where it was (clamped), on its neighbour.
        state.articleCursor = min(cursor ?? articleCursor, max(0, new.count - 1))
        if let cursor { state.articleScroll = max(0, articleScroll + cursor - articleCursor) }
        if let open = openArticle {
            let moved = follow(open)
            state.openArticle = moved ?? (new.isEmpty ? nil : state.articleCursor)
            if moved == nil { state.readerScroll = 0; state.entityCursor = 0; state.entityScroll = 0 }
        } else if !new.isEmpty {
            state.openArticle = state.articleCursor  // the first batch landed in an empty list
        }
        if let mention = mention, let moved = follow(mention.document) {
            state.mention?.document = moved
        } else {
            state.mention = nil
        }
        if search?.pane == .articles { state.search = nil }  // hits are list positions
        state.read = read
        return state
    }
}
