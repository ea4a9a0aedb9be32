/// Finds which sentences and quotes of an article also stand in other articles.
///
/// A unit matches another article when most of its shingles occur there, anywhere: a quote split into
/// two sentences, or cut short, or a sentence with its attribution moved, still shares most shingles.
/// Where it stands there is the other article's unit sharing the most shingles with it.
public struct PassageMatcher: Sendable {
    /// Share of a unit's shingles that must occur in the other article.
    public var threshold = 0.5
    /// Shingles that must be shared at the least (a unit with fewer needs all of them).
    public var minimumShared = 3

    public init() {}

    /// The units of `target` found in `others` (never compare an article with itself).
    public func report(for target: ArticlePassages, against others: [(article: Int64, passages: ArticlePassages)]) -> PassageReport {
        var sources: [[PassageSource]] = Array(repeating: [], count: target.units.count)
        var votes: [Int32] = []
        for other in others {
            // Each shingle of the other article packed with the unit holding it, sorted: one binary search
            // both says whether a shingle stands there and votes for where (no hashing, one allocation).
            var holder: [UInt64] = []
            holder.reserveCapacity(other.passages.units.reduce(0) { $0 + $1.shingles.count })
            for (u, unit) in other.passages.units.enumerated() {
                for s in unit.shingles { holder.append(UInt64(s) << 32 | UInt64(u)) }
            }
            guard !holder.isEmpty else { continue }
            holder.sort()
            votes = Array(repeating: 0, count: other.passages.units.count)
            var touched: [Int] = []
            for (i, unit) in target.units.enumerated() where !unit.shingles.isEmpty {
                var shared = 0
                var best = -1
                touched.removeAll(keepingCapacity: true)
                for s in unit.shingles {
                    var j = Self.firstIndex(of: s, in: holder)
                    guard j < holder.count, holder[j] >> 32 == UInt64(s) else { continue }
                    shared += 1
                    while j < holder.count, holder[j] >> 32 == UInt64(s) {
                        let u = Int(holder[j] & 0xFFFF_FFFF)
                        if votes[u] == 0 { touched.append(u) }
                        votes[u] += 1
                        if best < 0 || votes[u] > votes[best] { best = u }
                        j += 1
                    }
                }
                for u in touched { votes[u] = 0 }
                guard matches(shared: shared, of: unit.shingles.count), best >= 0 else { continue }
                let place = other.passages.units[best]
                sources[i].append(PassageSource(article: other.article, field: place.field, range: place.range))
            }
        }
        var repeated: [RepeatedPassage] = []
        for (i, unit) in target.units.enumerated() where !sources[i].isEmpty {
            repeated.append(RepeatedPassage(field: unit.field, range: unit.range, wordCount: unit.wordCount,
                                            isQuote: unit.isQuote, sources: sources[i]))
        }
        return PassageReport(repeated: repeated, wordCount: target.wordCount)
    }

    func matches(shared: Int, of count: Int) -> Bool {
        shared >= min(count, minimumShared) && Double(shared) >= threshold * Double(count)
    }

    /// The first packed entry whose shingle (high half) is at least `shingle`.
    private static func firstIndex(of shingle: UInt32, in packed: [UInt64]) -> Int {
        let key = UInt64(shingle) << 32
        var low = 0, high = packed.count
        while low < high {
            let mid = (low + high) / 2
            if packed[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
