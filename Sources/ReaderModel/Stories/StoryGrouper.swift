import Foundation

/// Groups articles into stories from their signatures.
///
/// Two articles are linked when they are copies of one article (the smaller shares most of its
/// shingles with the larger and is at least a quarter of its size: the same notion as the cleaner's
/// `DuplicateGuard`, measured on the cleaned bodies) or when their entities, weighted by how specific
/// they are to few articles of the library (tf-idf cosine), and the phrases they share (quotes) score
/// high enough, and their dates allow it (`StoryDates`). Links are taken strongest first and a link
/// that would stretch a story over too many days is refused, so an undated article joins the story
/// it resembles most, not the first one it touches.
///
/// Work grows with the number of candidate pairs (`StoryCandidates`), not with the square of the library.
public enum StoryGrouper {
    /// Link score needed to join two articles of different outlets into one story.
    static let linkThreshold = 0.2
    /// A copy holds this share of the smaller article's shingles.
    static let copyContainment = 0.6
    /// Below this estimated Jaccard similarity no copy is possible: a copy a quarter of the size of
    /// the article it copies is at 0.25 (at 0.15 the estimate from 64 slots rarely misses it).
    static let copyMinHashFloor = 0.15
    /// Shared shingles that count as a full-strength text link (about three shared sentences).
    static let sharedShinglesForFullText = 40.0

    /// Stories of the articles (one per article that links to none), oldest first; nil signatures stand alone.
    public static func group(_ signatures: [StorySignature?]) -> [Story] {
        let n = signatures.count
        guard n > 0 else { return [] }
        let vectors = EntityVectors(signatures)
        let candidates = StoryCandidates(bandKeys: signatures.map { $0?.minHash.bandKeys ?? [] },
                                         keys: vectors.candidateKeys, signatures: signatures)
        var copyLinks: [(Int, Int)] = []
        var storyLinks: [(a: Int, b: Int, score: Double)] = []
        signatures.withUnsafeBufferPointer { signatures in
            for (x, y) in candidates.pairs {
                let a = Int(x), b = Int(y)
                guard signatures[a] != nil, signatures[b] != nil else { continue }
                let datesAllow = StoryDates.compatible(signatures[a]!, signatures[b]!)
                // Only a copy may link articles whose dates are apart, and a copy shares many MinHash slots:
                // the cheap test first (most candidate pairs of a large library end here).
                if !datesAllow, signatures[a]!.minHash.similarity(signatures[b]!.minHash) < copyMinHashFloor { continue }
                let shared = signatures[a]!.sharedShingles(signatures[b]!)
                if isCopy(signatures[a]!, signatures[b]!, shared: shared) { copyLinks.append((a, b)); continue }
                guard datesAllow else { continue }
                let score = vectors.cosine(a, b) + 0.5 * min(1, Double(shared) / sharedShinglesForFullText)
                if score >= linkThreshold { storyLinks.append((a, b, score)) }
            }
        }
        var copies = UnionFind(n)
        var stories = UnionFind(n)
        var spans = signatures.map(StoryDates.Span.init)
        var centrality = [Double](repeating: 0, count: n)
        for (a, b) in copyLinks {
            copies.union(a, b)
            let (ra, rb) = (stories.find(a), stories.find(b))
            if ra != rb { let span = spans[ra].merged(spans[rb]); stories.union(ra, rb); spans[stories.find(ra)] = span }
        }
        storyLinks.sort { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }
        for link in storyLinks {
            let (ra, rb) = (stories.find(link.a), stories.find(link.b))
            if ra == rb {
                centrality[link.a] += link.score; centrality[link.b] += link.score
                continue
            }
            let span = spans[ra].merged(spans[rb])
            guard span.isPlausible else { continue }
            stories.union(ra, rb)
            spans[stories.find(ra)] = span
            centrality[link.a] += link.score; centrality[link.b] += link.score
        }
        var groups: [Int: [Int]] = [:]
        for i in 0..<n { groups[stories.find(i), default: []].append(i) }
        let result = groups.values.map { story(of: $0, signatures: signatures, vectors: vectors, copies: &copies, centrality: centrality) }
        return result.sorted { ($0.first ?? Int.max, $0.members[0].position) < ($1.first ?? Int.max, $1.members[0].position) }
    }

    static func isCopy(_ a: StorySignature, _ b: StorySignature, shared: Int) -> Bool {
        let small = min(a.shingleCount, b.shingleCount), large = max(a.shingleCount, b.shingleCount)
        guard small > 0, small * 4 >= large else { return false }
        return Double(shared) >= copyContainment * Double(small)
    }

    private static func story(of positions: [Int], signatures: [StorySignature?], vectors: EntityVectors, copies: inout UnionFind,
                              centrality: [Double]) -> Story {
        // The best-cleaned copy stands for each article (asked only where there are copies).
        func quality(_ i: Int) -> (Int, Int, Int) {
            (signatures[i]?.metadataScore ?? 0, signatures[i]?.bodyBytes ?? 0, -i)
        }
        if positions.count == 1, let i = positions.first {
            let day = signatures[i]?.published ?? signatures[i]?.fileDay
            return Story(members: [Story.Member(position: i, copyOf: nil)], lead: i, first: day, last: day,
                         entities: sharedEntities([i], signatures, vectors))
        }
        var best: [Int: Int] = [:]
        for i in positions {
            let root = copies.find(i)
            if let known = best[root], quality(known) >= quality(i) { continue }
            best[root] = i
        }
        let originals = positions.filter { best[copies.find($0)] == $0 }
        func day(_ i: Int) -> Int { signatures[i]?.published ?? Int.max }
        var members: [Story.Member] = []
        for original in originals.sorted(by: { (day($0), $0) < (day($1), $1) }) {
            members.append(Story.Member(position: original, copyOf: nil))
            for i in positions where i != original && best[copies.find(i)] == original {
                members.append(Story.Member(position: i, copyOf: original))
            }
        }
        let published = positions.compactMap { signatures[$0]?.published }
        let days = published.isEmpty ? positions.compactMap { signatures[$0]?.fileDay } : published
        let lead = originals.max { (centrality[$0], -day($0), -$0) < (centrality[$1], -day($1), -$1) } ?? positions[0]
        return Story(members: members, lead: lead, first: days.min(), last: days.max(),
                     entities: sharedEntities(originals, signatures, vectors))
    }

    /// Names most prominent across the story's articles (copies once); in a story of several articles,
    /// only names at least two of them give. Days are left out: the story's dates say them.
    static func sharedEntities(_ originals: [Int], _ signatures: [StorySignature?], _ vectors: EntityVectors, limit: Int = 6) -> [String] {
        if originals.count == 1 {
            // Most stories of a library are one article: its own order already ranks them.
            let i = originals[0]
            guard let entities = signatures[i]?.entities else { return [] }
            return vectors.entityIDs[i].indices.filter { !vectors.isDay[Int(vectors.entityIDs[i][$0])] }.prefix(limit).map { entities[$0].name }
        }
        func name(_ article: Int, _ slot: Int) -> String { signatures[article]?.entities[slot].name ?? "" }
        // By interned id (`EntityVectors`), not by key string: this runs for every story of the library.
        var tally: [Int32: (weight: Int, articles: Int, article: Int, slot: Int)] = [:]
        for i in originals {
            guard let entities = signatures[i]?.entities else { continue }
            for (slot, id) in vectors.entityIDs[i].enumerated() where !vectors.isDay[Int(id)] {
                let e = entities[slot]
                if var known = tally[id] {
                    known.weight += e.weight
                    known.articles += 1
                    if e.name.utf8.count > name(known.article, known.slot).utf8.count { known.article = i; known.slot = slot }
                    tally[id] = known
                } else {
                    tally[id] = (e.weight, 1, i, slot)
                }
            }
        }
        return tally.filter { $0.value.articles >= 2 }
            .sorted { ($0.value.weight, $0.value.articles, $1.key) > ($1.value.weight, $1.value.articles, $0.key) }
            .prefix(limit).map { name($0.value.article, $0.value.slot) }
    }
}

/// Disjoint sets over 0..<n with path halving.
struct UnionFind {
    private var parent: [Int]
    init(_ n: Int) { parent = Array(0..<n) }
    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }
    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
