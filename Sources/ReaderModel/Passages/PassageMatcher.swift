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
        for other in others {
            let shingles = other.passages.allShingles
            guard !shingles.isEmpty else { continue }
            for (i, unit) in target.units.enumerated() where !unit.shingles.isEmpty {
                var shared = 0
                for s in unit.shingles where shingles.contains(s) { shared += 1 }
                guard matches(shared: shared, of: unit.shingles.count),
                      let place = bestUnit(for: unit, in: other.passages) else { continue }
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

    /// The unit of `other` sharing the most shingles with `unit`.
    private func bestUnit(for unit: PassageUnit, in other: ArticlePassages) -> PassageUnit? {
        var best: PassageUnit?
        var bestShared = 0
        for candidate in other.units {
            let shared = Self.sharedCount(unit.shingles, candidate.shingles)
            if shared > bestShared { best = candidate; bestShared = shared }
        }
        return best
    }

    /// Values two sorted arrays have in common.
    static func sharedCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }
}
