/// The hashes of passage matching: FNV-1a over a word's lower-cased scalars, and three word hashes
/// mixed into one shingle. 32 bits: a false shared shingle between two articles of a thousand words
/// each is a one-in-four-thousand event, and the matcher needs several shared shingles per sentence.
enum PassageHash {
    static let basis: UInt32 = 2_166_136_261
    static let prime: UInt32 = 16_777_619

    /// Adds one (already lower-cased) scalar to a word hash.
    @inline(__always)
    static func add(_ value: UInt32, to hash: UInt32) -> UInt32 {
        (hash ^ value) &* prime
    }

    /// Finishes a word hash (murmur3's finaliser: FNV leaves the high bits weak for short words).
    @inline(__always)
    static func finish(_ hash: UInt32) -> UInt32 {
        var h = hash
        h ^= h >> 16
        h = h &* 0x85EB_CA6B
        h ^= h >> 13
        h = h &* 0xC2B2_AE35
        h ^= h >> 16
        return h
    }

    /// The hash of three consecutive words.
    @inline(__always)
    static func shingle(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
        finish(add(c, to: add(b, to: add(a, to: basis))))
    }
}
