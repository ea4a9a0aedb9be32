/// Finds people, organizations, places, dates and money in a cleaned document.
///
/// No trained model: runs of capitalised words are split at titles and typed by heads, gazetteers,
/// context words and evidence from the rest of the document (one string, one type per document).
public struct EntityRecognizer: Sendable {
    public init() {}

    /// Every entity span in the document's fields, in reading order.
    public func recognize(_ document: Document) -> [EntitySpan] {
        let referenceYear = document.published.flatMap { Int($0.prefix(4)) }
        let fields = document.fields.map { FieldText(field: $0, text: document.text(of: $0)) }
        let evidence = DocumentEvidence(fields)
        var candidates: [NameCandidate] = []
        var spans: [EntitySpan] = []
        for field in fields {
            let scan = FieldScanner(field: field, evidence: evidence, referenceYear: referenceYear)
            let (names, valueSpans) = scan.run()
            candidates += names
            spans += valueSpans
        }
        spans += NameCandidate.resolve(candidates, evidence: evidence)
        return spans.sorted { ($0.field, $0.range.lowerBound) < ($1.field, $1.range.lowerBound) }
    }
}

/// One field's text, tokens and whether each token starts a sentence.
struct FieldText {
    var field: DocumentField
    var text: String
    var tokens: [Token]
    var sentenceStart: [Bool]
    /// Headline casing: every word capitalised or all caps, so capitals say little.
    var shouty: Bool

    init(field: DocumentField, text: String) {
        self.field = field
        self.text = text
        tokens = Tokenizer.tokenize(text)
        sentenceStart = FieldText.sentenceStarts(tokens)
        var words = 0, capital = 0, allCaps = 0
        for t in tokens where t.kind == .word && !Stopwords.contains(t.text) {
            words += 1
            if t.isCapitalised { capital += 1 }
            if t.isAllCaps { allCaps += 1 }
        }
        // Title Case or ALL CAPS lines: capitals there are typography, not names. A line of names
        // ("Scorers : Alan Shearer , Les Ferdinand") is not Title Case: its words are not dictionary words.
        let commonCapitals = tokens.filter { $0.kind == .word && $0.isCapitalised && !$0.isAllCaps && Gazetteer.isCommonWord($0.text) }.count
        shouty = (words >= 4 && capital * 10 >= words * 9 && commonCapitals * 2 >= capital) || (words >= 2 && allCaps * 10 >= words * 8)
    }

    static let openers: Set<String> = ["“", "\"", "‘", "'", "(", "[", "*", "•", "–", "—", "-", "«", "·", "/", "|", ">"]
    static let enders: Set<String> = [".", "!", "?", ":", ";", "…"]

    static func sentenceStarts(_ tokens: [Token]) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        var atStart = true
        for (i, t) in tokens.enumerated() {
            if t.kind == .punctuation {
                if enders.contains(t.text) {
                    // "Mr. Smith", "U.S. officials": the dot after an abbreviation ends nothing.
                    let prev = i > 0 ? tokens[i - 1] : nil
                    if t.text == ".", let prev, prev.end == t.start, NameRules.abbreviations.contains(prev.text) || prev.text.count == 1 {
                        continue
                    }
                    atStart = true
                } else if !openers.contains(t.text) {
                    atStart = false
                }
                continue
            }
            result[i] = atStart
            atStart = false
        }
        return result
    }
}

/// What the whole document says about words: seen lower-case, seen capitalised mid-sentence.
struct DocumentEvidence {
    var lowercase: Set<String> = []
    var capitalisedMidSentence: Set<String> = []

    init(_ fields: [FieldText]) {
        for f in fields {
            for (i, t) in f.tokens.enumerated() where t.kind == .word {
                if let c = t.text.unicodeScalars.first, c.properties.isLowercase {
                    lowercase.insert(t.text)
                } else if !f.shouty, !f.sentenceStart[i], t.isCapitalised {
                    capitalisedMidSentence.insert(t.text)
                }
            }
        }
    }
}

/// A name found in a field, typed or not yet typed, before document-level consistency.
struct NameCandidate {
    var field: DocumentField
    var range: Range<Int>
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
                if NameRules.companySuffixes.contains(last) { organizationHeads.insert(c.words[0]) }  // "Ford" after "Ford Motor Co"
            }
            // Shouted forms vote weakly: capitals in headlines are typography.
            let strength = c.key != c.text ? min(c.strength, 1) : c.strength
            let v = votes[c.key, default: [:]][type, default: (0, 0)]
            votes[c.key, default: [:]][type] = (max(v.strength, strength), v.count + 1)
        }
        var best: [String: (type: EntityType, strength: Int)] = [:]
        for (text, byType) in votes {
            if let top = byType.max(by: { ($0.value.strength, $0.value.count) < ($1.value.strength, $1.value.count) }) {
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
                if c.sentenceInitial, !evidence.capitalisedMidSentence.contains(c.text) { continue }
                if c.words.contains(where: { Gazetteer.isCommonWord($0) }) { continue }
                type = .other
            }
            guard let type else { continue }
            spans.append(EntitySpan(field: c.field, range: c.range, text: c.text, type: type))
        }
        return spans
    }
}
