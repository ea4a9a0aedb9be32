import Foundation

/// An article related to another, with its score and the names they share (most weighty first).
public struct RelatedArticle<ID: Hashable & Sendable>: Sendable, Hashable {
    public var id: ID
    public var score: Double
    public var shared: [String]
}

/// Ranks the articles that share entities with one article: each shared entity adds its salience in
/// that article (title and lead count more, `Salience.weight`) times its rarity in the library
/// (idf: a name in every article says nothing) times how much the other article uses it (log of its mentions).
///
/// `excluding` leaves articles out (the open article's own story, once stories exist).
public enum RelatedArticles {
    /// One entity of the open article: its weight there and every article that mentions it, with mention counts.
    public struct Shared<ID: Hashable & Sendable>: Sendable {
        public var name: String
        public var weight: Double
        public var postings: [(article: ID, count: Int)]

        public init(name: String, weight: Double, postings: [(article: ID, count: Int)]) {
            self.name = name
            self.weight = weight
            self.postings = postings
        }
    }

    /// Entities of the open article considered: its most salient ones carry the ranking.
    public static let entitiesConsidered = 12

    /// The `limit` best articles other than `open` and `excluding`, best first (ties: smaller id).
    public static func rank<ID: Hashable & Sendable & Comparable>(open: ID, entities: [Shared<ID>], articleCount: Int,
                                                                  excluding: Set<ID> = [], limit: Int = 5) -> [RelatedArticle<ID>] {
        var scores: [ID: Double] = [:]
        var shared: [ID: [(String, Double)]] = [:]
        let n = Double(max(1, articleCount))
        for e in entities where e.weight > 0 {
            let df = Double(max(1, e.postings.count))
            let idf = log(1 + n / df)
            for p in e.postings where p.article != open && !excluding.contains(p.article) && p.count > 0 {
                let add = e.weight * idf * (1 + log(Double(p.count)))
                scores[p.article, default: 0] += add
                shared[p.article, default: []].append((e.name, add))
            }
        }
        return scores.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { id, score in
            RelatedArticle(id: id, score: score, shared: (shared[id] ?? []).sorted { $0.1 > $1.1 }.map(\.0))
        }
    }

    /// The entities of one article that count for relatedness: names, not dates or amounts.
    static func counts(_ type: EntityType) -> Bool {
        type != .date && type != .money
    }
}
