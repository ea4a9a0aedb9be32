import GRDB

extension LibraryEntityGroups {
    /// Joins an acronym ("EPRA") to the one multi-word name whose initials spell it (`AliasResolver.initialsVariants`) ("European Port
    /// Recovery Agency") when some article names both, as `EntityMerger` does within an article; the
    /// acronym's other articles follow it. A name spelled by several such names is left alone.
    ///
    /// Only one-word names of 2-7 letters that some multi-word name's initials spell are checked, each
    /// with one query (`shareAnArticle`), so this costs little more than the pass that built the groups.
    mutating func joinAcronyms(_ shareAnArticle: ([Int64], [Int64]) throws -> Bool) rethrows {
        // Acronym candidates first (one cheap test per group), then the initials of the multi-word names,
        // read off their key bytes (a library has hundreds of thousands of names: no splitting, no sets).
        var acronyms: [String: Int32] = [:]
        for g in 0..<Int32(count) where kind(of: g) == .name && redirect[g] == nil {
            let body = key(of: g).dropFirst(2)
            if (2...7).contains(body.utf8.count), body.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
               has(.organization, in: g) || has(.other, in: g) {  // a place only ("Oslo") is no acronym
                acronyms[String(body)] = g
            }
        }
        guard !acronyms.isEmpty else { return }
        var byInitials: [String: [Int32]] = [:]
        for g in 0..<Int32(count) where kind(of: g) == .name && redirect[g] == nil {
            for initials in AcronymInitials.variants(ofKey: key(of: g).utf8.dropFirst(2)) where acronyms[initials] != nil {
                byInitials[initials, default: []].append(g)
            }
        }
        for (letters, g) in acronyms.sorted(by: { $0.value < $1.value }) {
            guard let names = byInitials[letters] else { continue }
            let rows = self.rows(of: g)
            var found: [Int32] = []
            for name in names where try shareAnArticle(rows, self.rows(of: name)) {
                found.append(name)
                if found.count > 1 { break }
            }
            guard found.count == 1, let name = found.first else { continue }
            redirect[g] = name
            redirectedInto[name, default: []].append(g)
        }
    }
}

extension LibraryIndex {
    /// True when one article links a row of `a` and a row of `b` (index `entity_link_entity`, then primary keys).
    func shareAnArticle(_ a: [Int64], _ b: [Int64]) throws -> Bool {
        guard !a.isEmpty, !b.isEmpty, a.count + b.count < 30_000 else { return false }
        return try reading { db in
            try Int.fetchOne(db, sql: """
                SELECT 1 FROM entity_link l WHERE l.entityId IN (\(LibraryIndex.placeholders(a.count)))
                AND EXISTS (SELECT 1 FROM entity_link x WHERE x.articleId = l.articleId AND x.entityId IN (\(LibraryIndex.placeholders(b.count))))
                LIMIT 1
                """, arguments: StatementArguments(a) + StatementArguments(b)) != nil
        }
    }
}

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
