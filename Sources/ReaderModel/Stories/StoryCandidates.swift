/// The pairs of articles worth comparing, found without comparing every pair: articles in one
/// MinHash band bucket (copies and near copies), and articles sharing one of their most specific
/// entities (a shared person, place, sum of money or day). An entity on many articles pairs only
/// those published within a few days of each other, so a library-wide name costs no quadratic work.
struct StoryCandidates {
    /// A posting list up to this long pairs all its members; longer ones pair by date only.
    static let smallList = 32
    /// Entities per article used to find candidates (the most specific by tf-idf).
    static let keysPerArticle = 8
    /// A date-sorted long list pairs an article with at most this many neighbours.
    static let neighbours = 32

    private(set) var pairs: [(Int32, Int32)] = []
    private var seen = Set<UInt64>()

    /// `keys[i]`: article i's candidate entity ids; `bandKeys[i]`: its MinHash band keys.
    init(bandKeys: [[UInt64]], keys: [[Int32]], signatures: [StorySignature?]) {
        // Buckets and posting lists as sorted (key, article) pairs: one allocation, not one array per key.
        // Packed as key bits above 24 bits of article (libraries of up to 16 million articles), so a
        // plain integer sort groups them; 40 bits of a band key leave collisions to chance (1 in 10^12).
        let articleBits: UInt64 = 24, articleMask: UInt64 = (1 << 24) - 1
        var bands: [UInt64] = []
        bands.reserveCapacity(bandKeys.count * MinHash.bands)
        for (i, keys) in bandKeys.enumerated() { for key in keys { bands.append(key << articleBits | UInt64(i) & articleMask) } }
        bands.sort()
        Self.forEachRun(bands.count, sameKey: { bands[$0] >> articleBits == bands[$1] >> articleBits }) { run in
            // A bucket of hundreds is a block of boilerplate every page has, not copies.
            if run.count > 1, run.count <= Self.smallList * 4 { addAll(run.map { Int32(bands[$0] & articleMask) }) }
        }
        var postings: [UInt64] = []
        for (i, ids) in keys.enumerated() { for id in ids { postings.append(UInt64(UInt32(id)) << articleBits | UInt64(i) & articleMask) } }
        postings.sort()
        Self.forEachRun(postings.count, sameKey: { postings[$0] >> articleBits == postings[$1] >> articleBits }) { run in
            guard run.count > 1 else { return }
            let list = run.map { Int32(postings[$0] & articleMask) }
            if list.count <= Self.smallList { addAll(list); return }
            let dated = list.compactMap { i in signatures[Int(i)]?.published.map { (day: $0, i: i) } }.sorted { $0.day < $1.day }
            for a in dated.indices {
                var b = a + 1
                while b < dated.count, b - a <= Self.neighbours, dated[b].day - dated[a].day <= StoryDates.pairWindow {
                    add(dated[a].i, dated[b].i)
                    b += 1
                }
            }
        }
    }

    /// Calls `body` with each run of equal keys (index ranges) of a sorted list.
    private static func forEachRun(_ count: Int, sameKey: (Int, Int) -> Bool, _ body: (Range<Int>) -> Void) {
        var start = 0
        while start < count {
            var end = start + 1
            while end < count, sameKey(start, end) { end += 1 }
            body(start..<end)
            start = end
        }
    }

    private mutating func addAll(_ list: [Int32]) {
        for a in list.indices {
            for b in (a + 1)..<list.count { add(list[a], list[b]) }
        }
    }

    private mutating func add(_ a: Int32, _ b: Int32) {
        let (x, y) = a < b ? (a, b) : (b, a)
        if seen.insert(UInt64(UInt32(x)) << 32 | UInt64(UInt32(y))).inserted { pairs.append((x, y)) }
    }
}
