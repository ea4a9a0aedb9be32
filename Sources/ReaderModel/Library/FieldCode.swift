/// A `DocumentField` as two integers whose order is reading order, for SQL `ORDER BY`.
struct FieldCode: Hashable {
    var kind: Int
    var index: Int

    init(_ field: DocumentField) {
        switch field {
        case .title: (kind, index) = (0, 0)
        case .standfirst: (kind, index) = (1, 0)
        case .paragraph(let i): (kind, index) = (2, i)
        case .caption(let i): (kind, index) = (3, i)
        }
    }

    static func field(kind: Int, index: Int) -> DocumentField {
        switch kind {
        case 0: return .title
        case 1: return .standfirst
        case 2: return .paragraph(index)
        default: return .caption(index)
        }
    }
}
