import Foundation

/// Articles' entities as unit tf-idf vectors over the library: a name many articles give (a country,
/// a capital) weighs little, one few give (a sum of money, a minor official, the day of the event) a lot.
struct EntityVectors {
    /// Per article: (entity id, weight) sorted by id, of unit length.
    private(set) var vectors: [[(id: Int32, value: Double)]]
    /// Per article: its most specific entity ids, to find candidate pairs with.
    private(set) var candidateKeys: [[Int32]]
    /// Per article: the id of each of its `StorySignature.entities`, in their order.
    private(set) var entityIDs: [[Int32]]
    /// Per id: whether it is a day ("day:" key), which names no one.
    private(set) var isDay: [Bool] = []

    init(_ signatures: [StorySignature?]) {
        var ids: [String: Int32] = [:]
        var documentFrequency: [Int] = []
        var perArticle: [[(Int32, Int)]] = []
        perArticle.reserveCapacity(signatures.count)
        var isDay: [Bool] = []
        for signature in signatures {
            var row: [(Int32, Int)] = []
            for e in signature?.entities ?? [] {
                let id: Int32
                if let known = ids[e.key] { id = known } else {
                    id = Int32(documentFrequency.count)
                    ids[e.key] = id
                    documentFrequency.append(0)
                    isDay.append(e.key.hasPrefix("day:"))
                }
                documentFrequency[Int(id)] += 1
                row.append((id, e.weight))
            }
            perArticle.append(row)
        }
        self.isDay = isDay
        entityIDs = perArticle.map { $0.map(\.0) }
        let n = Double(signatures.count)
        vectors = []
        candidateKeys = []
        for row in perArticle {
            var vector = row.map { (id: $0.0, value: log2(1 + Double($0.1)) * log((n + 1) / Double(documentFrequency[Int($0.0)]))) }
            let norm = sqrt(vector.reduce(0) { $0 + $1.value * $1.value })
            if norm > 0 { for i in vector.indices { vector[i].value /= norm } }
            // Keys on one article only find nobody; the rest, most specific first.
            candidateKeys.append(vector.filter { documentFrequency[Int($0.id)] > 1 }.sorted { $0.value > $1.value }
                .prefix(StoryCandidates.keysPerArticle).map(\.id))
            vectors.append(vector.sorted { $0.id < $1.id })
        }
    }

    func cosine(_ a: Int, _ b: Int) -> Double {
        let x = vectors[a], y = vectors[b]
        var i = 0, j = 0
        var sum = 0.0
        while i < x.count && j < y.count {
            if x[i].id == y[j].id { sum += x[i].value * y[j].value; i += 1; j += 1 } else if x[i].id < y[j].id { i += 1 } else { j += 1 }
        }
        return sum
    }
}
