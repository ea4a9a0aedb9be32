import Foundation
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
        var spans = Array(repeating: [EntitySpan](), count: order.count)
        var total = 0
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, entities FROM article")
            while let row = try rows.next() {
                guard let document = position[row[0]], let data: Data = row[1] else { continue }
                spans[document] = SpanCodec.decode(data)
                    .sorted { ($0.field, $0.range.lowerBound) < ($1.field, $1.range.lowerBound) }
                total += spans[document].count
            }
        }
        if total <= fullMergeLimit { return EntityIndex(spans: spans) }
        // Too many for the full merge: one entity per type and normalised key, as the index stores them.
        var byKey: [String: (name: String, type: EntityType, normalized: String?, mentions: [Mention])] = [:]
        for (document, found) in spans.enumerated() {
            for span in found {
                let key = span.type.rawValue + "\u{1}" + EntityKey.key(span.normalized ?? span.text)
                let mention = Mention(document: document, field: span.field, range: span.range, text: span.text)
                if byKey[key] == nil { byKey[key] = (span.text, span.type, span.normalized, []) }
                byKey[key]!.mentions.append(mention)
            }
        }
        let entities = byKey.values.sorted { ($0.type, $0.name) < ($1.type, $1.name) }.enumerated().map { id, e in
            Entity(id: id, name: e.name, type: e.type, aliases: Set(e.mentions.lazy.map(\.text)).subtracting([e.name]).sorted(),
                   mentions: e.mentions, normalized: e.normalized)
        }
        return EntityIndex(entities: entities)
    }
}
