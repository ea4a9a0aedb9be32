import Foundation

/// The library's stored entities grouped under the keys `EntityMerger` merges an in-memory corpus by:
/// people under "first-name key + surname key" after transliteration (Zelensky / Zelenskyy / Zelenskiy),
/// other names under `AliasResolver.canonicalKey` (NATO / North Atlantic Treaty Organization, Kyiv / Kiev),
/// dates and money under their normalised value. Bare surnames ("Stoltenberg") are left as their own
/// groups here and resolved per article by `LibraryEntities` (the full name of the same article, else the
/// library's person with that surname).
///
/// Built from the `entity` table alone (one row per stored surface key: no links, no spans), so it costs
/// a pass over the distinct names of the library, not over its mentions. Immutable once built.
public struct LibraryEntityGroups: Sendable {
    /// How a group's key was formed.
    public enum Kind: UInt8, Sendable {
        /// A person's full name: "P:first surname".
        case person
        /// A one-word person name, resolved per article: "S:word".
        case bare
        /// An organisation, place or untyped name: "N:canonical key".
        case name
        /// A date or an amount of money: "D:value" / "M:value".
        case value
    }

    /// Group number by key.
    private var byKey: [String: Int32] = [:]
    private var keys: [String] = []
    private var kinds: [Kind] = []
    /// Bit per `EntityType` of the member rows (`EntityType.bit`).
    private var typeBits: [UInt8] = []
    /// Member rows of group g: `rowIDs[rowStart[g]..<rowStart[g + 1]]`, ascending.
    private var rowStart: [Int32] = [0]
    private var rowIDs: [Int64] = []
    /// Group ids (the smallest member row id) in ascending order, with their group numbers.
    private var sortedIDs: [Int64] = []
    private var sortedGroups: [Int32] = []
    /// Full-name person groups by surname key.
    private var fullBySurname: [String: [Int32]] = [:]
    /// Bare-surname groups, and untyped one-word names, by the word's key: they may name a person.
    private var bareByWord: [String: [Int32]] = [:]
    /// Untyped two-word names that are a person's full name elsewhere ("Torbjørn Lie"), into that person.
    /// (Internal, not private: `joinAcronyms` adds to them.)
    var redirect: [Int32: Int32] = [:]
    var redirectedInto: [Int32: [Int32]] = [:]

    /// Number of groups.
    public var count: Int { keys.count }

    /// Groups every entity row of the index.
    public init(index: LibraryIndex) throws {
        var rows: [(Int64, EntityType, String)] = []
        try index.forEachEntity { rows.append(($0, $1, $2)) }
        self.init(rows: rows)
        try joinAcronyms { try index.shareAnArticle($0, $1) }
    }

    /// Groups entity rows given as (id, type, `EntityKey` key).
    public init(rows: [(id: Int64, type: EntityType, key: String)]) {
        var keyer = LibraryEntityKeyer()
        byKey.reserveCapacity(rows.count)
        var groupOfRow = [Int32](repeating: 0, count: rows.count)
        var demonymLed = Set<Int32>()
        for (i, row) in rows.enumerated() {
            let (key, kind) = keyer.key(type: row.type, key: row.key)
            let g: Int32
            if let known = byKey[key] {
                g = known
            } else {
                g = Int32(keys.count)
                byKey[key] = g
                keys.append(key)
                kinds.append(kind)
                typeBits.append(0)
            }
            typeBits[Int(g)] |= row.type.bit
            groupOfRow[i] = g
            // "French Foreign Ministry"-like untyped names never join a person (the key is lower case).
            if row.type == .other, kind == .name, let space = row.key.firstIndex(of: " "),
               Gazetteer.isDemonym(row.key[..<space].capitalized) {
                demonymLed.insert(g)
            }
        }
        // Members per group, contiguous (counting sort by group).
        var counts = [Int32](repeating: 0, count: keys.count + 1)
        for g in groupOfRow { counts[Int(g) + 1] += 1 }
        for g in 0..<keys.count { counts[g + 1] += counts[g] }
        rowStart = counts
        var fill = counts
        rowIDs = [Int64](repeating: 0, count: rows.count)
        for (i, g) in groupOfRow.enumerated() {
            rowIDs[Int(fill[Int(g)])] = rows[i].id
            fill[Int(g)] += 1
        }
        for g in 0..<keys.count { rowIDs[Int(rowStart[g])..<Int(rowStart[g + 1])].sort() }
        let order = (0..<Int32(keys.count)).sorted { rowIDs[Int(rowStart[Int($0)])] < rowIDs[Int(rowStart[Int($1)])] }
        sortedGroups = order
        sortedIDs = order.map { rowIDs[Int(rowStart[Int($0)])] }

        for g in 0..<Int32(keys.count) {
            let key = keys[Int(g)]
            let body = key.dropFirst(2)
            switch kinds[Int(g)] {
            case .person:
                if let surname = body.split(separator: " ").last { fullBySurname[String(surname), default: []].append(g) }
            case .bare:
                bareByWord[String(body), default: []].append(g)
            case .name where typeBits[Int(g)] == EntityType.other.bit:
                let words = body.split(separator: " ")
                if words.count == 1 {
                    bareByWord[String(body), default: []].append(g)
                } else if words.count == 2, let person = byKey["P:" + body], !demonymLed.contains(g) {
                    redirect[g] = person
                    redirectedInto[person, default: []].append(g)
                }
            default: break
            }
        }
    }

    /// The group of a surface form (type and `EntityKey` key); nil when no stored row has its key.
    public func group(type: EntityType, key: String) -> Int32? {
        var keyer = LibraryEntityKeyer()
        return byKey[keyer.key(type: type, key: key).key]
    }

    /// The group of a group key (`LibraryEntityKeyer.key`).
    func group(_ key: String) -> Int32? { byKey[key] }

    /// The group key of a surface form, for forms the groups do not know yet (indexed after they were built).
    public static func groupKey(type: EntityType, key: String) -> (key: String, kind: Kind) {
        var keyer = LibraryEntityKeyer()
        return keyer.key(type: type, key: key)
    }

    /// The group a stable id (its smallest member row id) names.
    public func group(id: Int) -> Int32? {
        var lo = 0, hi = sortedIDs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sortedIDs[mid] < Int64(id) { lo = mid + 1 } else { hi = mid }
        }
        return lo < sortedIDs.count && sortedIDs[lo] == Int64(id) ? sortedGroups[lo] : nil
    }

    /// The stable id of a group: its smallest member row id (survives rebuilding the groups).
    public func id(of g: Int32) -> Int { Int(rowIDs[Int(rowStart[Int(g)])]) }

    public func key(of g: Int32) -> String { keys[Int(g)] }
    public func kind(of g: Int32) -> Kind { kinds[Int(g)] }

    /// True when some member row has this type.
    public func has(_ type: EntityType, in g: Int32) -> Bool { typeBits[Int(g)] & type.bit != 0 }

    /// The stored rows of a group, with those of untyped names redirected into it.
    public func rows(of g: Int32) -> [Int64] {
        var result = Array(rowIDs[Int(rowStart[Int(g)])..<Int(rowStart[Int(g) + 1])])
        for other in redirectedInto[g] ?? [] { result += rowIDs[Int(rowStart[Int(other)])..<Int(rowStart[Int(other) + 1])] }
        return result
    }

    /// The group an untyped name belongs to once redirected to the person it names (else itself).
    public func resolved(_ g: Int32) -> Int32 { redirect[g] ?? g }

    /// The surname key of a full-name person group; the word key of a bare or one-word untyped group.
    public func surname(of g: Int32) -> String? {
        let body = keys[Int(g)].dropFirst(2)
        switch kinds[Int(g)] {
        case .person: return body.split(separator: " ").last.map(String.init)
        case .bare: return String(body)
        case .name: return bareByWord[String(body)]?.contains(g) == true ? String(body) : nil
        case .value: return nil
        }
    }

    /// The first-name key of a full-name person group.
    public func firstName(of g: Int32) -> String? {
        kinds[Int(g)] == .person ? keys[Int(g)].dropFirst(2).split(separator: " ").first.map(String.init) : nil
    }

    /// Full-name person groups with this surname key.
    public func people(surname: String) -> [Int32] { fullBySurname[surname] ?? [] }

    /// Bare and one-word untyped groups of this word key (mentions that may mean a person of that surname).
    public func bareGroups(word: String) -> [Int32] { bareByWord[word] ?? [] }
}

/// Computes group keys, remembering each word's transliteration key (names repeat their words a lot).
struct LibraryEntityKeyer {
    private var words: [Substring: String] = [:]

    mutating func key(type: EntityType, key: String) -> (key: String, kind: LibraryEntityGroups.Kind) {
        switch type {
        case .person:
            // First and last word only (the key is already single-spaced): no array of words.
            if let first = key.firstIndex(of: " "), let last = key.lastIndex(of: " ") {
                return ("P:" + word(key[..<first]) + " " + word(key[key.index(after: last)...]), .person)
            }
            return ("S:" + word(key[...]), .bare)
        case .date: return ("D:" + key, .value)
        case .money: return ("M:" + key, .value)
        case .organization, .place, .other:
            // AliasResolver.canonicalKey, with the word keys remembered.
            let name = key.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { $0 != "the" }.map { word($0) }.joined(separator: " ")
            return ("N:" + (AliasResolver.table[name] ?? name), .name)
        }
    }

    private mutating func word(_ w: Substring) -> String {
        if let known = words[w] { return known }
        let k = Transliteration.key(w)
        words[w] = k
        return k
    }
}
