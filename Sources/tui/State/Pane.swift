/// The three panes of the reader, in focus order.
enum Pane: String, CaseIterable, Sendable, Hashable {
    case articles, reader, entities

    var title: String {
        switch self {
        case .articles: return "Articles"
        case .reader: return "Reader"
        case .entities: return "Entities"
        }
    }
}
