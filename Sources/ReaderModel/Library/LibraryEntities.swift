import Foundation

/// An entity of the library as the reader shows it: a group of stored spelling variants.
public struct LibraryEntity: Sendable, Hashable {
    /// Stable across rebuilds of the groups: the smallest id of its stored rows.
    public var id: Int
    /// People: the fullest form; others: the most mentioned form (shouted forms lose).
    public var name: String
    public var type: EntityType
    /// The other stored forms merged into it.
    public var aliases: [String]
}

/// Cross-article entities answered by query: which entities an article mentions and where, which
/// articles mention an entity, without merging the whole library's mentions.
///
/// Rows meet through `LibraryEntityGroups` keys; a bare surname ("Stoltenberg") is resolved per article
/// like `EntityMerger` does: the full name with that surname in the same article (most mentions there),
/// else the one person of the article with that first name, else the library's person with that surname
/// and most mentions. Answers are cached; one instance belongs to one thread.
public final class LibraryEntities {
    public let index: LibraryIndex
    public let groups: LibraryEntityGroups
    private var articleCache: [Int64: [ArticleEntity]] = [:]
    private var infoCache: [Int: LibraryEntity] = [:]
    private var countCache: [Int: Int] = [:]
    private var defaultBySurname: [String: Int32?] = [:]
    /// Forms indexed after the groups were built: one group per stored row, ids are row ids.
    private var transient: [String: (id: Int, row: Int64?)] = [:]
    private var transientInfo: [Int: (type: EntityType, name: String)] = [:]
    /// Group numbers by stored surface key (spans repeat their forms from article to article).
    private var groupByForm: [String: Int32] = [:]
    private var keyer = LibraryEntityKeyer()

    /// One entity of one article: its mentions there in reading order.
    public struct ArticleEntity: Sendable, Hashable {
        public var id: Int
        public var mentions: [EntitySpan]
    }

    public init(index: LibraryIndex, groups: LibraryEntityGroups) {
        self.index = index
        self.groups = groups
    }

    /// Groups the index's entities (a pass over the `entity` table) and answers from them.
    public convenience init(index: LibraryIndex) throws {
        self.init(index: index, groups: try LibraryEntityGroups(index: index))
    }

    // MARK: One article

    /// The entities one article mentions, with their mentions there in reading order; most mentioned first.
    public func entities(inArticle articleID: Int64) throws -> [ArticleEntity] {
        if let cached = articleCache[articleID] { return cached }
        let spans = try index.spans(ofArticle: articleID)
        var refs: [Ref] = []
        refs.reserveCapacity(spans.count)
        for span in spans { refs.append(try ref(span)) }
        // Full names of this article and how often it uses each, for its bare surnames.
        var local: [Int32: Int] = [:]
        for r in refs { if case .group(let g) = r, groups.kind(of: g) == .person { local[g, default: 0] += 1 } }
        var mentions: [Int: [EntitySpan]] = [:]
        var order: [Int] = []
        var resolvedBare: [Int32: Int] = [:]
        for (span, r) in zip(spans, refs) {
            let id: Int
            switch r {
            case .transient(let t): id = t
            case .group(let g):
                if let cached = resolvedBare[g] {
                    id = cached
                } else if groups.kind(of: g) != .person, let word = groups.surname(of: g) {
                    id = try resolveBare(g, word: word, local: local)
                    resolvedBare[g] = id
                } else {
                    id = groups.id(of: g)
                }
            }
            if mentions[id] == nil { order.append(id) }
            mentions[id, default: []].append(span)
        }
        let result = order.map { ArticleEntity(id: $0, mentions: mentions[$0]!) }
            .sorted { ($0.mentions.count, $1.id) > ($1.mentions.count, $0.id) }
        if articleCache.count >= 256 { articleCache.removeAll(keepingCapacity: true) }
        articleCache[articleID] = result
        try prefetchInfo(result.map(\.id))
        return result
    }

    /// The mentions of an entity in one article, in reading order.
    public func mentions(of id: Int, inArticle articleID: Int64) throws -> [EntitySpan] {
        try entities(inArticle: articleID).first { $0.id == id }?.mentions ?? []
    }

    // MARK: Across the library

    /// The articles that mention an entity, in list order (by path), with their mention counts.
    public func articles(of id: Int) throws -> [(articleID: Int64, count: Int)] {
        let (rows, bare, rivals) = try query(id)
        return try index.articles(mentioningAny: rows, bare: bare, unlessWith: rivals)
    }

    /// The ids of the articles that mention an entity, unordered (from the covering link index only).
    public func articleIDs(of id: Int) throws -> [Int64] {
        let (rows, bare, rivals) = try query(id)
        return try index.articleIDs(mentioningAny: rows, bare: bare, unlessWith: rivals)
    }

    /// How many articles mention an entity, library-wide.
    public func articleCount(of id: Int) throws -> Int {
        if let cached = countCache[id] { return cached }
        let (rows, bare, rivals) = try query(id)
        let count = bare.isEmpty && rows.count == 1
            ? try index.entityTotals(of: rows).first?.articles ?? 0
            : try index.articleCount(mentioningAny: rows, bare: bare, unlessWith: rivals)
        if countCache.count >= 20_000 { countCache.removeAll(keepingCapacity: true) }
        countCache[id] = count
        return count
    }

    /// Name, type and variants of an entity; nil for an unknown id.
    public func entity(_ id: Int) throws -> LibraryEntity? {
        if let cached = infoCache[id] { return cached }
        try prefetchInfo([id])
        return infoCache[id]
    }

    // MARK: Resolution

    private enum Ref { case group(Int32), transient(Int) }

    private func ref(_ span: EntitySpan) throws -> Ref {
        let key = EntityKey.key(span.normalized ?? span.text)
        let cacheKey = span.type.rawValue + "\u{1}" + key
        if let g = groupByForm[cacheKey] { return .group(g) }
        if let known = transient[cacheKey] { return .transient(known.id) }
        if let g = groups.group(keyer.key(type: span.type, key: key).key) {
            if groupByForm.count >= 100_000 { groupByForm.removeAll(keepingCapacity: true) }
            groupByForm[cacheKey] = groups.resolved(g)
            return .group(groups.resolved(g))
        }
        // Stored after the groups were built: its own row, else a negative id no row has.
        let row = try index.entityIDs(keys: [(span.type, key)]).first
        let id = row.map(Int.init) ?? -(transient.count + 1)
        transient[cacheKey] = (id, row)
        transientInfo[id] = (span.type, span.text)
        return .transient(id)
    }

    /// A bare surname (or a one-word untyped name) of an article: whose is it?
    private func resolveBare(_ g: Int32, word: String, local: [Int32: Int]) throws -> Int {
        var matches = local.filter { groups.surname(of: $0.key) == word }
        if matches.isEmpty {
            let byFirst = local.filter { groups.firstName(of: $0.key) == word }
            if byFirst.count == 1 { matches = byFirst }
        }
        if let best = matches.max(by: { ($0.value, groups.id(of: $1.key)) < ($1.value, groups.id(of: $0.key)) }) {
            return groups.id(of: best.key)
        }
        if let person = try defaultPerson(surname: word) { return groups.id(of: person) }
        return groups.id(of: g)
    }

    /// The library's person with this surname in most articles (the merger counts mentions; articles come
    /// from the covering index); nil when no full name has it.
    private func defaultPerson(surname: String) throws -> Int32? {
        if let cached = defaultBySurname[surname] { return cached }
        let people = groups.people(surname: surname)
        var best: Int32? = people.first
        if people.count > 1 {
            var mentions: [Int32: Int] = [:]
            let rowsByGroup = people.map { ($0, groups.rows(of: $0)) }
            var owner: [Int64: Int32] = [:]
            for (g, rows) in rowsByGroup { for r in rows { owner[r] = g } }
            for total in try index.entityTotals(of: rowsByGroup.flatMap(\.1)) { mentions[owner[total.entityID]!, default: 0] += total.articles }
            best = people.max { (mentions[$0] ?? 0, groups.id(of: $1)) < (mentions[$1] ?? 0, groups.id(of: $0)) }
        }
        defaultBySurname[surname] = best
        return best
    }

    /// The rows an entity's articles are found by: its own (and redirected) rows, and for the library's
    /// default person of a surname the bare uses of it, unless an article names a rival of that surname.
    private func query(_ id: Int) throws -> (rows: [Int64], bare: [Int64], rivals: [Int64]) {
        guard let g = groups.group(id: id) else {
            return ([transient.values.first { $0.id == id }?.row].compactMap { $0 }, [], [])
        }
        let rows = groups.rows(of: g)
        guard groups.kind(of: g) == .person, let surname = groups.surname(of: g), try defaultPerson(surname: surname) == g else {
            return (rows, [], [])
        }
        let bare = groups.bareGroups(word: surname).flatMap { groups.rows(of: $0) }
        let rivals = groups.people(surname: surname).filter { $0 != g }.flatMap { groups.rows(of: $0) }
        // SQLite takes at most 32,766 parameters: a surname shared by that many names keeps its bare uses apart.
        guard 2 * rows.count + bare.count + rivals.count < 30_000 else { return (rows, [], []) }
        return (rows, bare, rivals)
    }

    /// Names and types of entities, from their stored rows in one query.
    private func prefetchInfo(_ ids: [Int]) throws {
        var rowsByID: [Int: [Int64]] = [:]
        for id in ids where infoCache[id] == nil {
            if let g = groups.group(id: id) {
                rowsByID[id] = groups.rows(of: g)
            } else if let info = transientInfo[id] {
                infoCache[id] = LibraryEntity(id: id, name: info.name, type: info.type, aliases: [])
            }
        }
        guard !rowsByID.isEmpty else { return }
        var owner: [Int64: Int] = [:]
        for (id, rows) in rowsByID { for r in rows { owner[r] = id } }
        // Variants are ranked by mentions, like the merger; a lone row needs no ranking (and no link visits).
        let variants = rowsByID.values.filter { $0.count > 1 }.flatMap { $0 }
        let mentions = try index.mentionTotals(of: variants)
        var forms: [Int: [(type: EntityType, name: String, mentions: Int)]] = [:]
        for total in try index.entityTotals(of: Array(owner.keys)) {
            forms[owner[total.entityID]!, default: []].append((total.type, total.name, mentions[total.entityID] ?? total.articles))
        }
        if infoCache.count >= 20_000 { infoCache.removeAll(keepingCapacity: true) }
        for (id, found) in forms {
            infoCache[id] = Self.entity(id: id, forms: found)
        }
    }

    /// Name and type chosen like `EntityMerger`: type by mentions; people by most words, then normal case
    /// over shouting, then mentions, then length.
    static func entity(id: Int, forms: [(type: EntityType, name: String, mentions: Int)]) -> LibraryEntity {
        var votes: [EntityType: Int] = [:]
        for f in forms { votes[f.type, default: 0] += max(1, f.mentions) }
        var byName: [String: Int] = [:]
        for f in forms { byName[f.name, default: 0] += f.mentions }
        let type = TypeVote.winner(votes, name: byName.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key)
        let ranked = byName.sorted { a, b in
            let wa = type == .person ? a.key.split(separator: " ").count : 0, wb = type == .person ? b.key.split(separator: " ").count : 0
            let na = a.key.count <= 4 || !Tokenizer.isAllCaps(a.key) ? 1 : 0, nb = b.key.count <= 4 || !Tokenizer.isAllCaps(b.key) ? 1 : 0
            return (wa, na, a.value, a.key.count, b.key) > (wb, nb, b.value, b.key.count, a.key)
        }
        return LibraryEntity(id: id, name: ranked[0].key, type: type, aliases: ranked.dropFirst().map(\.key))
    }
}
