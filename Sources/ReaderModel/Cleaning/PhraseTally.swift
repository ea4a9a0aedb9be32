/// Noise phrases found in one block, added up per reason in scratch memory (no dictionary per
/// line), with the order in which each reason was first seen: ties go to the reason whose phrase
/// comes first, so the answer never depends on hashing order. Shared by the word check
/// (`NoiseVocabulary`) and the word-hash check (`BlockNoisePhrases`).
struct PhraseTally {
    private static let kinds = NoiseReason.allCases.count
    /// Each reason's score, then the order in which each reason was first seen.
    private let scratch: UnsafeMutableBufferPointer<Int>
    private var total = 0
    private var seen = 0

    /// Runs `body` with an empty tally in temporary memory.
    @inline(__always)
    static func tallying<Result>(_ body: (inout PhraseTally) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: kinds * 2) { scratch in
            scratch.initialize(repeating: 0)
            var tally = PhraseTally(scratch: scratch)
            return body(&tally)
        }
    }

    private init(scratch: UnsafeMutableBufferPointer<Int>) { self.scratch = scratch }

    /// Adds a phrase's weight to its reason (`reasonIndex` is the reason's place in `NoiseReason.allCases`).
    @inline(__always)
    mutating func add(reasonIndex: Int, weight: Int) {
        if scratch[reasonIndex] == 0 {
            seen += 1
            scratch[Self.kinds + reasonIndex] = seen
        }
        scratch[reasonIndex] += weight
        total += weight
    }

    /// The reason the scores name; nil when the total is too little evidence for the block.
    func verdict(wordCount: Int, endsSentence: Bool) -> NoiseReason? {
        guard total > 0 else { return nil }
        let kinds = Self.kinds
        // Evidence adds up across kinds ("cookies" + "personalised advertising"); the strongest kind names it.
        var best = 0
        for k in 1..<kinds where scratch[k] > scratch[best]
            || (scratch[k] == scratch[best] && scratch[k] > 0 && scratch[kinds + k] < scratch[kinds + best]) {
            best = k
        }
        // Prose that merely mentions a word ("NATO membership") must carry proportionally more
        // evidence than a short button or label does.
        let proseLike = endsSentence && wordCount >= 8
        let needed = proseLike ? 2 + wordCount / 10 : 2
        return total >= needed ? NoiseReason.allCases[best] : nil
    }
}
