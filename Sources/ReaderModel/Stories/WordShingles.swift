/// The 3-word shingles of a text, as 64-bit hashes: words are runs of letters and digits, ASCII
/// letters folded to lower case, so "Port, said" and "port said" give the same shingle.
///
/// Three words are enough to catch a shared sentence or quote with different punctuation around it,
/// and few enough that an article shares some with another only when they share phrases.
enum WordShingles {
    static let width = 3

    /// Distinct shingle hashes of `texts`, sorted, read as one run of words (a shingle may span
    /// paragraphs). Sorting a few hundred values beats hashing them into a set.
    static func hashes(_ texts: [String]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count } / 5)
        var window: (UInt64, UInt64) = (0, 0)
        var seen = 0
        var word: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        func endWord() {
            guard inWord else { return }
            seen += 1
            if seen >= width { result.append(combine(window.0, window.1, word)) }
            window = (window.1, word)
            word = 0xcbf2_9ce4_8422_2325
            inWord = false
        }
        for text in texts {
            for scalar in text.unicodeScalars {
                var value = scalar.value
                let isWordScalar: Bool
                if value < 0x80 {
                    if value >= 0x41 && value <= 0x5A { value |= 0x20 }
                    isWordScalar = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
                } else {
                    // Apostrophes inside words ("port’s") end the word like ASCII ones do.
                    isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                }
                if isWordScalar {
                    word = (word ^ UInt64(value)) &* 0x100_0000_01b3
                    inWord = true
                } else {
                    endWord()
                }
            }
            endWord()
        }
        result.sort()
        var distinct = 0
        for value in result where distinct == 0 || result[distinct - 1] != value {
            result[distinct] = value
            distinct += 1
        }
        result.removeLast(result.count - distinct)
        return result
    }

    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(mix(a) ^ b) ^ c)
    }

    /// A 64-bit finaliser (splitmix64's), so nearby inputs land far apart.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
