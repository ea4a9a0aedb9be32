import Foundation
import ReaderModel

/// The entity timeline and related articles, answered by an entity catalog that can: in memory from the
/// documents, or from a library index (only the entity's or article's links are read).
protocol EntityViews {
    /// Every mention of an entity across the list, oldest article first.
    func timeline(of id: Int, articles: [ArticleSummary], document: (Int) -> Document?) -> [TimelineRow]
    /// The articles most related to one, best first, leaving out `excluding` (list positions).
    func related(to document: Int, excluding: Set<Int>, limit: Int) -> [RelatedRow]
}

extension EntityIndex: EntityViews {
    func timeline(of id: Int, articles: [ArticleSummary], document: (Int) -> Document?) -> [TimelineRow] {
        guard let e = entity(id) else { return [] }
        var byDocument: [Int: [(field: DocumentField, range: Range<Int>)]] = [:]
        for m in e.mentions { byDocument[m.document, default: []].append((m.field, m.range)) }
        var input: [EntityTimeline.Article] = []
        var positions: [String: Int] = [:]
        for (d, mentions) in byDocument where articles.indices.contains(d) {
            guard let doc = document(d) else { continue }
            let summary = articles[d]
            let modified = FileFingerprint.stat(path: summary.path).map { Double($0.mtime) / 1e9 }
            positions[summary.path] = d
            input.append(EntityTimeline.Article(path: summary.path, published: summary.published, publisher: summary.publisher,
                                                modified: modified, document: doc, mentions: mentions))
        }
        return EntityTimeline.entries(input).compactMap { entry in positions[entry.path].map { TimelineRow(document: $0, entry: entry) } }
    }

    func related(to document: Int, excluding: Set<Int>, limit: Int) -> [RelatedRow] {
        (related(to: document, excluding: excluding, limit: limit) as [RelatedArticle<Int>]).map { RelatedRow(document: $0.id, shared: $0.shared) }
    }
}

extension LibraryEntityCatalog: EntityViews {
    func timeline(of id: Int, articles: [ArticleSummary], document: (Int) -> Document?) -> [TimelineRow] {
        ((try? entities.timeline(of: id)) ?? []).compactMap { entry in
            entry.articleID.flatMap { positions[$0] }.map { TimelineRow(document: $0, entry: entry) }
        }
    }

    func related(to document: Int, excluding: Set<Int>, limit: Int) -> [RelatedRow] {
        guard order.indices.contains(document) else { return [] }
        let skip = Set(excluding.compactMap { order.indices.contains($0) ? order[$0] : nil })
        return ((try? entities.related(to: order[document], excluding: skip, limit: limit)) ?? []).compactMap { r in
            positions[r.id].map { RelatedRow(document: $0, shared: r.shared) }
        }
    }
}
