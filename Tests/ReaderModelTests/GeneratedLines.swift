/// Lines glued from `pieces` in a fixed pseudo-random order (a 64-bit linear congruential
/// generator from `seed`), for tests that check a byte-level fast path against the slower test it
/// stands in for: thousands of odd lines, the same on every run.
struct GeneratedLines: Sequence, IteratorProtocol {
    let pieces: [String]
    /// How many pieces a line holds.
    let length: ClosedRange<Int>
    private var remaining: Int
    private var state: UInt64

    init(_ pieces: [String], count: Int, length: ClosedRange<Int>, seed: UInt64) {
        self.pieces = pieces
        self.length = length
        remaining = count
        state = seed
    }

    mutating func next() -> String? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        let count = length.lowerBound + Int(step() >> 33) % length.count
        var line = ""
        for _ in 0..<count { line += pieces[Int(step() >> 33) % pieces.count] }
        return line
    }

    private mutating func step() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}
