import GRDB

extension LibraryIndex {
    /// Libraries with more stored mentions than this get the index's own key-merged entities instead of a
    /// full `EntityMerger` pass, which takes minutes on millions of mentions (10,000 pages hold ~4 million).
    public static let fullMergeMentionLimit = 150_000

    /// The corpus-wide `EntityIndex` of the library, from the stored spans (no re-recognition).
    ///
    /// `order` lists article ids in list order: document i of the result is `order[i]`, so mentions
    /// use the same indices as the reader's list; articles not in `order` are left out. Up to
    /// `fullMergeMentionLimit` mentions the spans go through `EntityMerger`, exactly like an in-memory
    /// corpus (bare surnames join full names, acronyms their expansions); above it each stored entity
    /// (merged by type and normalised key while indexing) becomes one entity.
    public func entityIndex(order: [Int64], fullMergeLimit: Int = LibraryIndex.fullMergeMentionLimit) throws -> EntityIndex {
        var position: [Int64: Int] = [:]
        position.reserveCapacity(order.count)
        for (i, id) in order.enumerated() { position[id] = i }
        return try pool.read { db in
            var kinds: [Int64: (name: String, type: EntityType, normalized: String?)] = [:]
            let entities = try Row.fetchCursor(db, sql: "SELECT id, name, type, normalized FROM entity")
            while let row = try entities.next() {
                if let type = EntityType(rawValue: row[2]) { kinds[row[0]] = (row[1], type, row[3]) }
            }
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM mention") ?? 0
            // A plain scan in table order: no join and no ORDER BY (a sort of every mention); order is restored after.
            let mentions = try Row.fetchCursor(db, sql: #"SELECT articleId, entityId, fieldKind, fieldIndex, start, "end", text FROM mention"#)
            if total <= fullMergeLimit {
                var spans = Array(repeating: [EntitySpan](), count: order.count)
                while let row = try mentions.next() {
                    guard let document = position[row[0]], let kind = kinds[row[1]] else { continue }
                    spans[document].append(EntitySpan(field: FieldCode.field(kind: row[2], index: row[3]), range: row[4]..<row[5],
                                                      text: row[6], type: kind.type, normalized: kind.normalized))
                }
                var merger = EntityMerger()
                for (document, found) in spans.enumerated() {
                    merger.add(document: document, spans: found.sorted { ($0.field, $0.range.lowerBound) < ($1.field, $1.range.lowerBound) })
                }
                return EntityIndex(entities: merger.entities())
            }
            var byEntity: [Int64: [Mention]] = [:]
            byEntity.reserveCapacity(kinds.count)
            while let row = try mentions.next() {
                guard let document = position[row[0]] else { continue }
                byEntity[row[1], default: []].append(Mention(document: document, field: FieldCode.field(kind: row[2], index: row[3]),
                                                             range: row[4]..<row[5], text: row[6]))
            }
            var result: [Entity] = []
            result.reserveCapacity(byEntity.count)
            for (id, found) in byEntity.sorted(by: { $0.key < $1.key }) {
                guard let kind = kinds[id] else { continue }
                let aliases = Set(found.lazy.map(\.text)).subtracting([kind.name]).sorted()
                result.append(Entity(id: 0, name: kind.name, type: kind.type, aliases: aliases, mentions: found.sorted(), normalized: kind.normalized))
            }
            return EntityIndex(entities: result)
        }
    }
}
