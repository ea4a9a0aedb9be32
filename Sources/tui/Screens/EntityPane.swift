import ReaderModel

/// The open article's entities, grouped by type, with mention counts here and elsewhere.
struct EntityPane {
    var rows: [EntityRow]
    var state: ViewState
    var focused: Bool

    func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let headerRole: StyleRole = focused ? .headerFocused : .header
        let count = rows.filter { $0.entityID != nil }.count
        // The legend explains the count column: mentions here, +other articles mentioning it.
        let title = " \(Pane.entities.title) (\(count)) "
        let legend = DisplayWidth.of(title) + 14 <= width ? " here +others" : ""
        canvas.set(0, [.init(title, headerRole), .init(legend, headerRole)], fill: headerRole)
        if rows.isEmpty {
            canvas.set(2, [.init(" No entities found.", .listMeta)])
            return canvas
        }
        for slot in 0..<max(0, height - 1) {
            let index = state.entityScroll + slot
            guard rows.indices.contains(index) else { break }
            switch rows[index] {
            case .header(let type, let n):
                canvas.set(slot + 1, [.init(" \(Self.heading(type)) (\(n))", .entityHeader)])
            case .entity(let id, let name, let type, let here, let elsewhere):
                let cursor = index == state.entityCursor
                let role: StyleRole = cursor ? (focused ? .selection : .selectionUnfocused) : StyleRole(entityType: type)
                let counts = elsewhere > 0 ? " \(here) +\(elsewhere)" : " \(here)"
                let marker = id == state.selectedEntity ? "● " : "  "
                let nameWidth = max(1, width - DisplayWidth.of(counts) - 3)
                canvas.set(slot + 1, [.init(" " + marker, cursor ? role : .normal), .init(TextWrap.pad(name, width: nameWidth), role),
                                      .init(counts, cursor ? role : .listMeta)], fill: cursor ? role : nil)
            }
        }
        return canvas
    }

    static func heading(_ type: EntityType) -> String {
        switch type {
        case .person: return "People"
        case .organization: return "Organizations"
        case .place: return "Places"
        case .date: return "Dates"
        case .money: return "Money"
        case .other: return "Other"
        }
    }
}
