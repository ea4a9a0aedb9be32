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
    var type: EntityType?
    /// 3: title, head or known name; 2: gazetteer; 1: context; 0: nothing.
    var strength: Int
    /// A lone word at a sentence start, kept only if the document confirms it.
    var sentenceInitial: Bool

    /// One type per string per document, surnames of people are people, untyped names confirmed or dropped.
    static func resolve(_ candidates: [NameCandidate], evidence: DocumentEvidence) -> [EntitySpan] {
        // Votes per string: the strongest evidence wins, then the most frequent type.
        var votes: [String: [EntityType: (strength: Int, count: Int)]] = [:]
        var surnames: Set<String> = []
        var organizationHeads: Set<String> = []
        for c in candidates {
            guard let type = c.type else { continue }
            if type == .person, c.words.count >= 2, let last = c.words.last {
                surnames.insert(last)
            }
            if type == .organization, c.words.count >= 2, let last = c.words.last, NameRules.organizationHeads.contains(last) {
                organizationHeads.insert(last)  // "the Commission" after "the European Commission"
                // "Ford" after "Ford Motor Co" (but not "Nigerian" after "Nigerian National Petroleum Corporation").
                let first = c.words[0]
                let facts = EntityLexicon.facts(first)
                if NameRules.companySuffixes.contains(last), !facts.has(.demonym), !facts.has(.majorPlace),
                   !facts.has(.commonWord) || evidence.isCapitalisedMidSentence(first) {
                    organizationHeads.insert(first)
                }
            }
            // Shouted forms vote weakly (capitals in headlines are typography); on a tie the normal form wins.
            let strength = c.key != c.text ? 2 * min(c.strength, 1) : 2 * c.strength + 1
            let v = votes[c.key, default: [:]][type, default: (0, 0)]
            votes[c.key, default: [:]][type] = (max(v.strength, strength), v.count + 1)
        }
        var best: [String: (type: EntityType, strength: Int)] = [:]
        for (text, byType) in votes {
            // Ties go to the earlier type in `EntityType` order, so the result never depends on hashing.
            if let top = byType.max(by: { ($0.value.strength, $0.value.count, $1.key) < ($1.value.strength, $1.value.count, $0.key) }) {
                best[text] = (top.key, top.value.strength)
            }
        }
        var spans: [EntitySpan] = []
        spans.reserveCapacity(candidates.count)
        for c in candidates {
            var type = c.type
            if surnames.contains(c.key), c.strength < 3 {
                type = .person
            } else if c.words.count == 1, organizationHeads.contains(c.key), c.strength < 3 {
                type = .organization
            } else if let b = best[c.key] {
                type = b.type
            }
            if type == nil {
                // Untyped: a non-dictionary word seen mid-sentence is some name; otherwise drop it.
                if c.sentenceInitial, !evidence.isCapitalisedMidSentence(c.text) { continue }
                if c.words.contains(where: { EntityLexicon.facts($0).has(.commonWord) }) { continue }
                type = .other
            }
            guard let type else { continue }
            spans.append(EntitySpan(field: c.field, range: c.range, text: c.text, type: type))
        }
        return spans
    }
}
