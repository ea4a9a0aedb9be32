/// The kinds of named thing lede recognises.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case person, organization, place, date, money, other

    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
