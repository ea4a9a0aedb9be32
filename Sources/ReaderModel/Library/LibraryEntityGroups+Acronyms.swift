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
