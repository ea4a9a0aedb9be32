/// A list overlay the user moves through and picks from (the entity timeline, related articles):
/// its rows, cursor and scroll, and the pure moves on them.
struct PickList<Item: Equatable & Sendable>: Equatable, Sendable {
    var title: String
    var items: [Item]
    var cursor = 0
    /// First visible row.
    var scroll = 0

    init(title: String, items: [Item], cursor: Int = 0) {
        self.title = title
        self.items = items
        self.cursor = items.isEmpty ? 0 : min(max(0, cursor), items.count - 1)
    }

    /// The row under the cursor.
    var selected: Item? { items.indices.contains(cursor) ? items[cursor] : nil }

    /// Moves the cursor by `delta` rows (clamped) and scrolls so it stays within `height` visible rows.
    func moved(by delta: Int, height: Int) -> PickList {
        var list = self
        guard !items.isEmpty else { return list }
        let target = delta > 0 ? (cursor > Int.max - delta ? Int.max : cursor + delta) : (cursor < Int.min - delta ? Int.min : cursor + delta)
        list.cursor = min(max(0, target), items.count - 1)
        return list.scrolled(height: height)
    }

    /// Scrolls so the cursor is visible within `height` rows.
    func scrolled(height: Int) -> PickList {
        var list = self
        let height = max(1, height)
        if list.cursor < list.scroll { list.scroll = list.cursor }
        if list.cursor >= list.scroll + height { list.scroll = list.cursor - height + 1 }
        list.scroll = max(0, min(list.scroll, items.count - height))
        return list
    }
}
