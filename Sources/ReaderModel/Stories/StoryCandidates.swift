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
        var buckets: [UInt64: [Int32]] = [:]
        for (i, bands) in bandKeys.enumerated() {
            for key in bands { buckets[key, default: []].append(Int32(i)) }
        }
        for list in buckets.values where list.count > 1 {
            // A bucket of hundreds is a block of boilerplate every page has, not copies.
            if list.count <= Self.smallList * 4 { addAll(list) }
        }
        var postings: [Int32: [Int32]] = [:]
        for (i, ids) in keys.enumerated() {
            for id in ids { postings[id, default: []].append(Int32(i)) }
        }
        for list in postings.values where list.count > 1 {
            if list.count <= Self.smallList { addAll(list); continue }
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
