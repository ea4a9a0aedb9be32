/// A MinHash sketch of a shingle set: the fraction of equal slots of two sketches estimates the
/// Jaccard similarity of the sets, and its bands (`bandKeys`) find similar sets without comparing
/// every pair (banded LSH).
struct MinHash: Sendable, Equatable {
    static let slots = 64
    /// 32 bands of 2 slots: two sets at Jaccard 0.3 (a copy cut to a third) share a band with
    /// probability 0.95, at 0.1 with 0.27, at 0.02 (unrelated articles) with 0.01.
    static let bands = 32
    static let rowsPerBand = slots / bands

    var values: [UInt32]

    init(values: [UInt32]) { self.values = values }

    init(shingles: [UInt64]) {
        var values = [UInt32](repeating: .max, count: Self.slots)
        // Slot i hashes a (well mixed) shingle hash by multiply-add-shift with its own odd multiplier:
        // independent slots, so the loop vectorises; no per-slot re-hash chain.
        Self.multipliers.withUnsafeBufferPointer { mul in
            Self.addends.withUnsafeBufferPointer { add in
                values.withUnsafeMutableBufferPointer { out in
                    for shingle in shingles {
                        for i in 0..<Self.slots {
                            let v = UInt32(truncatingIfNeeded: (shingle &* mul[i] &+ add[i]) >> 32)
                            out[i] = min(out[i], v)
                        }
                    }
                }
            }
        }
        self.values = values
    }

    private static let multipliers: [UInt64] = (0..<UInt64(slots)).map { WordShingles.mix($0 &* 2 &+ 1) | 1 }
    private static let addends: [UInt64] = (0..<UInt64(slots)).map { WordShingles.mix($0 &+ 0x5EED) }

    /// Estimated Jaccard similarity of the two sets.
    func similarity(_ other: MinHash) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var equal = 0
        for i in values.indices where values[i] == other.values[i] && values[i] != .max { equal += 1 }
        return Double(equal) / Double(values.count)
    }

    /// One key per band; sketches sharing a key are candidate copies.
    var bandKeys: [UInt64] {
        guard values.count == Self.slots, values[0] != .max else { return [] }
        return (0..<Self.bands).map { band in
            var h = UInt64(band)
            for i in (band * Self.rowsPerBand)..<((band + 1) * Self.rowsPerBand) { h = WordShingles.mix(h ^ UInt64(values[i])) }
            return h
        }
    }
}
