/// A name found in a field, typed or not yet typed, before document-level consistency.
struct NameCandidate {
    var field: DocumentField
    var range: Range<Int>
    /// First and last token index in the field.
    var tokens: ClosedRange<Int>
    var text: String
    /// The text for document-level votes: shouted forms meet their normal case ("SELES" → "Seles").
    var key: String
    var words: [String]
    /// Lexicon facts of the first word, and whether any word is a dictionary word (`words` are whole tokens).
    var firstWordFacts: EntityLexicon.Facts
    var hasCommonWord: Bool
    var type: EntityType?
    /// 3: title, head or known name; 2: gazetteer; 1: context; 0: nothing.
    var strength: Int
    /// A lone word at a sentence start, kept only if the document confirms it.
    var sentenceInitial: Bool

    /// One type per string per document, surnames of people are people, untyped names confirmed or dropped.
    static func resolve(_ candidates: [NameCandidate], evidence: DocumentEvidence) -> [EntitySpan] {
        // One record per distinct key, found by one hash per candidate; everything after is array access.
        var slotOfKey: [String: Int] = [:]
        slotOfKey.reserveCapacity(candidates.count)
        var records: [KeyRecord] = []
        records.reserveCapacity(candidates.count)
        var slots: [Int] = []
        slots.reserveCapacity(candidates.count)
        for c in candidates {
            if let s = slotOfKey[c.key] {
                slots.append(s)
            } else {
                slotOfKey[c.key] = records.count
                slots.append(records.count)
                records.append(KeyRecord())
            }
        }
        // Names marked as surnames or organization heads that are no candidate's key change nothing.
        for (k, c) in candidates.enumerated() {
            guard let type = c.type else { continue }
            if type == .person, c.words.count >= 2, let last = c.words.last, let s = slotOfKey[last] {
                records[s].isSurname = true
            }
            if type == .organization, c.words.count >= 2, let last = c.words.last, NameRules.organizationHeads.contains(last) {
                if let s = slotOfKey[last] { records[s].isOrganizationHead = true }  // "the Commission" after "the European Commission"
                // "Ford" after "Ford Motor Co" (but not "Nigerian" after "Nigerian National Petroleum Corporation").
                let first = c.words[0]
                if let s = slotOfKey[first], !records[s].isOrganizationHead {
                    let facts = c.firstWordFacts
                    if NameRules.companySuffixes.contains(last), !facts.has(.demonym), !facts.has(.majorPlace),
                       !facts.has(.commonWord) || evidence.isCapitalisedMidSentence(first) {
                        records[s].isOrganizationHead = true
                    }
                }
            }
            // Votes per string: the strongest evidence wins, then the most frequent type.
            // Shouted forms vote weakly (capitals in headlines are typography); on a tie the normal form wins.
            let strength = c.key != c.text ? 2 * min(c.strength, 1) : 2 * c.strength + 1
            records[slots[k]].vote(type, strength: strength)
        }
        var spans: [EntitySpan] = []
        spans.reserveCapacity(candidates.count)
        for (k, c) in candidates.enumerated() {
            var type = c.type
            let record = records[slots[k]]
            if record.isSurname, c.strength < 3 {
                type = .person
            } else if c.words.count == 1, record.isOrganizationHead, c.strength < 3 {
                type = .organization
            } else if let b = record.best {
                type = b
            }
            if type == nil {
                // Untyped: a non-dictionary word seen mid-sentence is some name; otherwise drop it.
                if c.sentenceInitial, !evidence.isCapitalisedMidSentence(c.text) { continue }
                if c.hasCommonWord { continue }
                type = .other
            }
            guard let type else { continue }
            spans.append(EntitySpan(field: c.field, range: c.range, text: c.text, type: type))
        }
        return spans
    }

    /// What the document says of one key: its type votes and whether it is a surname or an organization head.
    private struct KeyRecord {
        /// (strength, count) per `EntityType`, in `allCases` order.
        var votes: [(strength: Int, count: Int)] = []
        var isSurname = false
        var isOrganizationHead = false

        mutating func vote(_ type: EntityType, strength: Int) {
            if votes.isEmpty { votes = Array(repeating: (0, 0), count: EntityType.allCases.count) }
            let k = type.order
            votes[k] = (max(votes[k].strength, strength), votes[k].count + 1)
        }

        /// The strongest, then most frequent type; ties go to the earlier type in `EntityType` order,
        /// so the result never depends on hashing.
        var best: EntityType? {
            var top: Int? = nil
            for k in votes.indices where votes[k].count > 0 {
                if let t = top, (votes[k].strength, votes[k].count) <= (votes[t].strength, votes[t].count) { continue }
                top = k
            }
            return top.map { EntityType.allCases[$0] }
        }
    }
}
