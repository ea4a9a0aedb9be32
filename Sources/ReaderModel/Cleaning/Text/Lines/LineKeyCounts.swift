/// How often each line key (a 64-bit hash of a line's bytes) occurs on a page, in an
/// open-addressed table sized once for the page: a `Dictionary` hashed every key with SipHash,
/// twice per line. Key 0 (a line without words) is never counted.
struct LineKeyCounts {
    private var keys: [UInt64]
    private var counts: [Int32]
    private let mask: Int

    /// A table for up to `lines` keys, at most half full.
    init(lines: Int) {
        var size = 16
        while size < lines * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        counts = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func firstSlot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Counts one more occurrence of `key` (not 0) and returns its count.
    @discardableResult
    mutating func add(_ key: UInt64) -> Int {
        var i = firstSlot(key)
        while keys[i] != 0 {
            if keys[i] == key { counts[i] += 1; return Int(counts[i]) }
            i = (i + 1) & mask
        }
        keys[i] = key
        counts[i] = 1
        return 1
    }

    /// The occurrences of `key` (not 0) counted so far.
    func count(_ key: UInt64) -> Int {
        var i = firstSlot(key)
        while keys[i] != 0 {
            if keys[i] == key { return Int(counts[i]) }
            i = (i + 1) & mask
        }
        return 0
    }
}
