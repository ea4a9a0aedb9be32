import GRDB

extension LibraryIndex {
    /// The corpus-wide `EntityIndex` of the library, merged from the stored spans (no re-recognition).
    ///
    /// `order` lists article ids in list order: document i of the result is `order[i]`, so mentions
    /// use the same indices as the reader's list. Articles not in `order` are left out. Lives here,
    /// beside `Corpus`, because the merge rules (`EntityMerger`) are the same as for an in-memory corpus.
    public func entityIndex(order: [Int64]) throws -> EntityIndex {
        var position: [Int64: Int] = [:]
        position.reserveCapacity(order.count)
        for (i, id) in order.enumerated() { position[id] = i }
        var spans = Array(repeating: [EntitySpan](), count: order.count)
        try pool.read { db in
            var kinds: [Int64: (type: EntityType, normalized: String?)] = [:]
            let entities = try Row.fetchCursor(db, sql: "SELECT id, type, normalized FROM entity")
            while let row = try entities.next() {
                if let type = EntityType(rawValue: row[1]) { kinds[row[0]] = (type, row[2]) }
            }
            // A plain scan in table order: no join and no ORDER BY (a sort of every mention), order is restored below.
            let mentions = try Row.fetchCursor(db, sql: #"SELECT articleId, entityId, fieldKind, fieldIndex, start, "end", text FROM mention"#)
            while let row = try mentions.next() {
                guard let document = position[row[0]], let kind = kinds[row[1]] else { continue }
                spans[document].append(EntitySpan(field: FieldCode.field(kind: row[2], index: row[3]), range: row[4]..<row[5],
                                                  text: row[6], type: kind.type, normalized: kind.normalized))
            }
        }
        var merger = EntityMerger()
        for (document, found) in spans.enumerated() {
            // Reading order, as the recogniser produced them.
            merger.add(document: document, spans: found.sorted { ($0.field, $0.range.lowerBound) < ($1.field, $1.range.lowerBound) })
            spans[document] = []
        }
        return EntityIndex(entities: merger.entities())
    }
}
