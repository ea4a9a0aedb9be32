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
            let rows = try Row.fetchCursor(db, sql: """
                SELECT m.articleId, m.fieldKind, m.fieldIndex, m.start, m."end", m.text, e.type, e.normalized
                FROM mention m JOIN entity e ON e.id = m.entityId
                ORDER BY m.articleId, m.fieldKind, m.fieldIndex, m.start
                """)
            while let row = try rows.next() {
                guard let document = position[row[0]], let type = EntityType(rawValue: row[6]) else { continue }
                spans[document].append(EntitySpan(field: FieldCode.field(kind: row[1], index: row[2]), range: row[3]..<row[4],
                                                  text: row[5], type: type, normalized: row[7]))
            }
        }
        var merger = EntityMerger()
        for (document, found) in spans.enumerated() { merger.add(document: document, spans: found) }
        return EntityIndex(entities: merger.entities())
    }
}
