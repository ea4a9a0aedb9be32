/// Passages of articles held in memory (an explicit list of files), looked up by key like the index does.
public struct PassageCatalog: Sendable {
    public private(set) var articles: [ArticlePassages]
    private var byKey: [UInt32: [Int64]] = [:]

    /// Extracts every document's passages; positions in `documents` are the article ids.
    public init(documents: [Document], extractor: PassageExtractor = PassageExtractor()) {
        self.init(passages: documents.map { extractor.passages(of: $0) })
    }

    public init(passages: [ArticlePassages]) {
        articles = passages
        for (i, article) in passages.enumerated() {
            for key in article.keys { byKey[key, default: []].append(Int64(i)) }
        }
    }

    /// What of article `position` stands in the others (or only in `scope`, e.g. the articles of its story).
    public func report(for position: Int, among scope: Set<Int64>? = nil, matcher: PassageMatcher = PassageMatcher()) -> PassageReport {
        guard articles.indices.contains(position) else { return PassageReport() }
        let target = articles[position]
        var shared: [Int64: Int] = [:]
        for key in target.keys { for id in byKey[key] ?? [] { shared[id, default: 0] += 1 } }
        let candidates = PassageCandidates.rank(shared, target: Int64(position), scope: scope)
        return matcher.report(for: target, against: candidates.map { ($0, articles[Int($0)]) })
    }
}
