/// The kinds of named thing lede recognises.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case person, organization, place, date, money, other

    public static func < (a: EntityType, b: EntityType) -> Bool { a.order < b.order }

    /// Position in `allCases`, without searching it.
    var order: Int {
        switch self {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .date: 3
        case .money: 4
        case .other: 5
        }
    }

    /// One bit per type, for sets of types in a byte.
    var bit: UInt8 { 1 << order }
}
