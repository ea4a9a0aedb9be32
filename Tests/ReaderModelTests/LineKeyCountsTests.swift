import Testing
@testable import ReaderModel

/// `LineKeyCounts` (the open-addressed counter behind line repetition) counts as a `Dictionary`
/// would, keys that share a first slot included, up to the number of lines it was sized for.
@Suite struct LineKeyCountsTests {
    @Test func countsEachKeyApart() {
        var counts = LineKeyCounts(lines: 4)
        #expect(counts.add(7) == 1)
        #expect(counts.add(9) == 1)
        #expect(counts.add(7) == 2)
        #expect(counts.count(7) == 2)
        #expect(counts.count(9) == 1)
        #expect(counts.count(11) == 0)
    }

    /// Random keys against a Dictionary, filling the table to the line count it was sized for,
    /// so that probes wrap and run over each other.
    @Test func agreesWithADictionaryWhenFull() {
        var generator = SystemRandomNumberGenerator()
        for lines in [1, 15, 16, 17, 300] {
            var counts = LineKeyCounts(lines: lines)
            var reference: [UInt64: Int] = [:]
            let keys = (0..<lines).map { _ in UInt64.random(in: 1...UInt64.max, using: &generator) | 1 }
            for _ in 0..<3 {
                for key in keys.shuffled(using: &generator) {
                    reference[key, default: 0] += 1
                    #expect(counts.add(key) == reference[key])
                }
            }
            for (key, expected) in reference { #expect(counts.count(key) == expected) }
            #expect(counts.count(2) == 0)
        }
    }

    @Test func keysSharingTheirLowBitsStayApart() {
        var counts = LineKeyCounts(lines: 8)
        let keys: [UInt64] = (1...8).map { $0 << 40 }
        for key in keys { counts.add(key) }
        counts.add(keys[3])
        #expect(keys.map { counts.count($0) } == [1, 1, 1, 2, 1, 1, 1, 1])
    }
}
