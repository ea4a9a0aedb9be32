import Foundation

/// What grouping needs to know of one article, computed once when it is cleaned (and stored with it
/// in the library index): a MinHash of its body's shingles, a sample of the shingles themselves, its
/// salient entities, its dates and how well it was cleaned.
public struct StorySignature: Sendable, Equatable {
    var minHash: MinHash
    /// The shingles whose hash falls in a fixed quarter of the hash space, as 32-bit values, sorted:
    /// two articles' samples share about a quarter of the shingles they share, so a shared quote of
    /// a dozen words shows, where a 64-slot MinHash only sees overlaps of several percent.
    var sample: [UInt32]
    /// Distinct shingles of the body.
    var shingleCount: Int
    public var entities: [StoryEntity]
    /// Publication day (`StoryDay`), nil when the page gives none.
    public var published: Int?
    /// The day the file was last written: a publication date cannot be later (see `StoryDates`).
    public var fileDay: Int?
    /// Ranks copies of one article: title, date and byline found, then body length.
    var metadataScore: Int
    var bodyBytes: Int

    /// The signature of a cleaned article and its entity spans.
    public init(document: Document, spans: [EntitySpan], fileDay: Int?) {
        var texts = document.paragraphs
        if let standfirst = document.standfirst { texts.insert(standfirst, at: 0) }
        // Unordered: the MinHash takes minima and the sample is sorted on its own (a quarter of the values).
        let shingles = WordShingles.distinctHashes(texts)
        minHash = MinHash(shingles: shingles)
        var sample: [UInt32] = []
        sample.reserveCapacity(shingles.count / 3)
        for shingle in shingles where shingle >> 62 == 0 { sample.append(UInt32(truncatingIfNeeded: shingle)) }
        sample.sort()
        self.sample = sample
        shingleCount = shingles.count
        entities = StoryEntity.salient(spans)
        published = document.published.flatMap(StoryDay.day(fromISO:))
        self.fileDay = fileDay
        metadataScore = (document.title == nil ? 0 : 4) + (document.published == nil ? 0 : 2) + (document.byline == nil ? 0 : 1)
        bodyBytes = texts.reduce(0) { $0 + $1.utf8.count }
    }

    init(minHash: MinHash, sample: [UInt32], shingleCount: Int, entities: [StoryEntity], published: Int?, fileDay: Int?,
         metadataScore: Int, bodyBytes: Int) {
        self.minHash = minHash
        self.sample = sample
        self.shingleCount = shingleCount
        self.entities = entities
        self.published = published
        self.fileDay = fileDay
        self.metadataScore = metadataScore
        self.bodyBytes = bodyBytes
    }

    /// How many shingles the two bodies share, estimated from the samples.
    func sharedShingles(_ other: StorySignature) -> Int {
        var i = 0, j = 0, shared = 0
        while i < sample.count && j < other.sample.count {
            if sample[i] == other.sample[j] { shared += 1; i += 1; j += 1 } else if sample[i] < other.sample[j] { i += 1 } else { j += 1 }
        }
        return shared * 4
    }
}

extension StorySignature {
    /// The signature of a cleaned article, its file date read from `document.source`.
    public init(document: Document, spans: [EntitySpan]) {
        let fileDay = FileFingerprint.stat(path: document.source).map { StoryDay.day(fromNanoseconds: $0.mtime) }
        self.init(document: document, spans: spans, fileDay: fileDay)
    }
}
