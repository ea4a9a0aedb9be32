import ReaderModel

/// Every kind of thing drawn on screen; themes give each one colours and attributes.
enum StyleRole: String, CaseIterable, Sendable, Hashable {
    case normal, header, headerFocused, border
    case selection, selectionUnfocused, readMarker, listMeta
    case title, meta, standfirst, body, caption
    case person, organization, place, date, money, other
    case selectedMention = "selected-mention", currentMention = "current-mention", searchHit = "search-hit"
    case entityHeader = "entity-header"
    case status, statusMessage = "status-message", hint, overlay, overlayTitle = "overlay-title", error
    /// A sentence or quote that also stands in another article, and the margin mark beside it.
    case passage, passageMark = "passage-mark"

    /// The role that highlights mentions of an entity type.
    init(entityType: EntityType) {
        switch entityType {
        case .person: self = .person
        case .organization: self = .organization
        case .place: self = .place
        case .date: self = .date
        case .money: self = .money
        case .other: self = .other
        }
    }
}
