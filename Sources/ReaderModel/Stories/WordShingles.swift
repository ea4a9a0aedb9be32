/// The 3-word shingles of a text, as 64-bit hashes: words are runs of letters and digits (read off
/// the UTF-8 bytes), ASCII letters folded to lower case, so "Port, said" and "port said" give the
/// same shingle.
///
/// Three words are enough to catch a shared sentence or quote with different punctuation around it,
/// and few enough that an article shares some with another only when they share phrases.
enum WordShingles {
    static let width = 3

    /// Distinct shingle hashes of `texts`, sorted, read as one run of words (a shingle may span
    /// paragraphs).
    static func hashes(_ texts: [String]) -> [UInt64] {
        var result = all(texts)
        result.sort()
        var distinct = 0
        for value in result where distinct == 0 || result[distinct - 1] != value {
            result[distinct] = value
            distinct += 1
        }
        result.removeLast(result.count - distinct)
        return result
    }

    /// The same distinct hashes as `hashes`, in no particular order: what a MinHash and a count
    /// need. A set of well-mixed values costs a fraction of sorting them (a page has thousands).
    static func distinctHashes(_ texts: [String]) -> [UInt64] {
        ShingleSet.distinct(all(texts))
    }

    /// Every shingle hash of `texts`, in text order, repeats included.
    private static func all(_ texts: [String]) -> [UInt64] {
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
            var text = text
            text.withUTF8 { bytes in
                var i = 0
                while i < bytes.count {
                    var b = bytes[i]
                    if b < 0x80 {
                        if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                        if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                            word = (word ^ UInt64(b)) &* 0x100_0000_01b3
                            inWord = true
                        } else {
                            endWord()
                        }
                        i += 1
                        continue
                    }
                    // Non-ASCII: typographic punctuation and spaces (U+2000-U+206F: dashes, curly quotes,
                    // ellipsis; U+00A0-U+00BF: no-break space, guillemets, ¿) separate words; every other
                    // scalar (letters of any script) is part of one, its bytes hashed as they are.
                    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    let separates = (b == 0xE2 && i + 1 < bytes.count && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81))
                        || (b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] >= 0xA0 && bytes[i + 1] <= 0xBF)
                    if separates {
                        endWord()
                    } else {
                        for j in i..<min(i + length, bytes.count) { word = (word ^ UInt64(bytes[j])) &* 0x100_0000_01b3 }
                        inWord = true
                    }
                    i += length
                }
            }
            endWord()
        }
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
