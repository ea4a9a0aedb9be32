/// `AliasResolver.initialsVariants` of a lower-case group key, lower-cased, read off its bytes: the
/// initials without joiners, of every word, and of hyphenated parts too. Empty for one word, and for
/// letters that are not ASCII (an acronym's are). Letters gather in integers: no allocation per name.
enum AcronymInitials {
    /// Up to 7 letters, one byte each, and how many (8 means too many).
    private struct Letters: Equatable {
        var bits: UInt64 = 0
        var count = 0

        mutating func append(_ b: UInt8) {
            guard count < 8 else { return }
            bits |= UInt64(b) << (8 * UInt64(count))
            count += 1
        }

        var string: String? {
            guard (2...7).contains(count) else { return nil }
            var out = ""
            for k in 0..<count {
                let b = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(k)))
                guard b >= 0x61 && b <= 0x7A else { return nil }
                out.unicodeScalars.append(Unicode.Scalar(b))
            }
            return out
        }
    }

    static func variants(ofKey key: Substring.UTF8View) -> [String] {
        var strict = Letters(), every = Letters(), parts = Letters()
        var index = key.startIndex
        while index < key.endIndex {
            // One word: [index, end).
            var end = index
            while end < key.endIndex, key[end] != 0x20 { end = key.index(after: end) }
            if end > index {
                let word = key[index..<end]
                every.append(word[word.startIndex])
                if !isSkipped(word) {
                    strict.append(word[word.startIndex])
                    var afterHyphen = true
                    for b in word {
                        if b == 0x2D { afterHyphen = true } else if afterHyphen { parts.append(b); afterHyphen = false }
                    }
                }
            }
            index = end < key.endIndex ? key.index(after: end) : end
        }
        guard strict.count >= 2 else { return [] }  // `initials` needs two words that are not joiners
        var result: [String] = []
        for letters in [strict, every, parts] {
            if let s = letters.string, !result.contains(s) { result.append(s) }
        }
        return result
    }

    /// `AliasResolver`'s joiners ("of", "the", "and", "for", "on", "in", "de", "&").
    static func isSkipped(_ word: Substring.UTF8View.SubSequence) -> Bool {
        switch word.count {
        case 1: return word.first == 0x26
        case 2: return word.elementsEqual("of".utf8) || word.elementsEqual("on".utf8) || word.elementsEqual("in".utf8) || word.elementsEqual("de".utf8)
        case 3: return word.elementsEqual("the".utf8) || word.elementsEqual("and".utf8) || word.elementsEqual("for".utf8)
        default: return false
        }
    }
}
