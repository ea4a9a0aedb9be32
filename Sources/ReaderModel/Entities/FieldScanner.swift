/// Scans one field's tokens: dates and money become spans at once, runs of capitalised words become
/// name candidates typed by titles, heads, gazetteers and context.
struct FieldScanner {
    let field: FieldText
    let evidence: DocumentEvidence
    let referenceYear: Int?
    let tokens: [Token]
    /// `EntityLexicon` facts per token: word-list questions are flag tests, not string lookups.
    let facts: [EntityLexicon.Facts]
    /// Computed once: `dropAsOpener` asks it for every sentence-initial name.
    let isTableRow: Bool

    init(field: FieldText, evidence: DocumentEvidence, referenceYear: Int?) {
        self.field = field
        self.evidence = evidence
        self.referenceYear = referenceYear
        tokens = field.tokens
        facts = field.facts
        isTableRow = FieldScanner.isTableRow(field.tokens)
    }

    func run() -> (names: [NameCandidate], values: [EntitySpan]) {
        var names: [NameCandidate] = []
        var values: [EntitySpan] = []
        let t = field.tokens
        var i = 0
        let creditStart = self.creditStart()
        if let end = datelineEnd() {
            // "KYIV, April 20 (Reuters)", "LONDON 1996-08-30": a shouted dateline names a place.
            var c = classify(Array(0...end), titled: false)
            if c.type != .organization { c.type = .place; c.strength = 2 }
            names.append(c)
            i = end + 1
        }
        while i < t.count {
            if let (end, span) = valueSpan(at: i) {
                values.append(span)
                i = end + 1
                continue
            }
            guard isNameWord(i) else { i += 1; continue }
            if i >= creditStart { break }  // "… via AFP - Getty Images": a photo credit, noise
            var end = i
            while end + 1 < t.count, let next = continuation(after: end, start: i) { end = next }
            var found = candidates(from: i, to: end)
            // "the villages of Berdychi, Semenivka, and Novomykhailivka": list members share a type.
            if let previous = names.last, let type = previous.type, previous.strength >= 1, !found.isEmpty, found[0].type == nil,
               isListGap(after: previous.tokens.upperBound, before: found[0].tokens.lowerBound) {
                found[0].type = type
                found[0].strength = 1
            }
            names += found
            i = end + 1
        }
        if isScoreLine(names, values: values) {
            // "Leeds 0 Newcastle 2": sides in a results line are clubs, unless they are countries.
            for k in names.indices where (names[k].type != .person || names[k].strength <= 1) && !EntityLexicon.facts(names[k].key).has(.country) {
                names[k].type = .organization
                names[k].strength = 2
            }
        }
        for k in names.indices where names[k].type == .place && isSportsSide(names[k]) {
            // "Valencia beat Sevilla 2-1": a town that plays is a club (a country is a national side, a place).
            names[k].type = .organization
            names[k].strength = 2
        }
        return (names, values)
    }

    // MARK: - Names

    /// A word that can start or continue a name: capitalised, not shouting, not a date word.
    func isNameWord(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word else { return false }
        let f = facts[i]
        if !t.isCapitalised {
            // "al-Assad", "el-Sisi": a lower-case particle glued to a capitalised name.
            guard t.end - t.start > 3, t.firstByte == 0x61 || t.firstByte == 0x65 else {
                return false  // "a", "e": skip the Character checks
            }
            let text = text(i)
            guard text.hasPrefix("al-") || text.hasPrefix("el-"), text.characterCount > 3 else { return false }
            return text.dropFirst(3).first?.isUppercase == true
        }
        if f.has(.weekday) { return false }
        if f.month != 0, length(i) > 3 || (i + 1 < tokens.count && (tokens[i + 1].kind == .number || tokens[i + 1].is("."))) {
            return false
        }
        let length = length(i)
        // Contractions ("I'm", "We’re") and lone letters are not names.
        if length == 1 {
            // An initial: "M. Atherton", "John F. Kennedy".
            return i + 2 < tokens.count && tokens[i + 1].is(".") && tokens[i + 1].start == t.end && tokens[i + 2].isCapitalised
                && !facts[i + 2].has(.neverName) && !facts[i + 2].has(.stopword)
        }
        // Byte pre-checks ("'" is 0x27, "’" starts with 0xE2; "-" is 0x2D) skip the Character and Foundation searches.
        let (hasQuote, hasHyphen) = t.isPlain ? (false, false) : field.withBytes { bytes in
            var quote = false, hyphen = false
            for k in t.start..<t.end {
                let b = bytes[k]
                if b == 0x27 || b == 0xE2 { quote = true } else if b == 0x2D { hyphen = true }
            }
            return (quote, hyphen)
        }
        if hasQuote, case let text = text(i),
           let apostrophe = text.lastIndex(where: { $0 == "'" || $0 == "’" }), text[text.index(after: apostrophe)...].allSatisfy(\.isLowercase) {
            return false
        }
        // Shouted dictionary words ("MORE NEWS", "OTHER TOPICS") are typography, not acronyms.
        if t.isAllCaps, f.has(.stopword) { return false }
        if t.isAllCaps, length >= 5 || field.shouty, f.has(.commonWord), !f.has(.organization),
           !f.has(.place), !EntityLexicon.facts(titleCased(text(i))).has(.place) {
            return false
        }
        if hasHyphen {
            // "Russia-led", "Panama-flagged": a name turned into a modifier is not a name.
            let text = text(i)
            if NameRules.modifierSuffixes.contains(where: { text.hasSuffix($0) }) { return false }
            if let tail = text.split(separator: "-").last, tail.count > 3, tail.hasSuffix("ed"), tail.first?.isLowercase == true { return false }
        }
        if field.shouty || t.isAllCaps && length > 5 {
            // In headlines and all-caps lines capitals are typography: keep known names only.
            return isKnownInShoutyText(i) || isInKnownMultiWordName(i)
        }
        return true
    }

    /// True when token `i` is part of 2-4 adjacent words that form a known place or organization ("United Arab Emirates").
    func isInKnownMultiWordName(_ i: Int) -> Bool {
        for length in 2...4 {
            for start in max(0, i - length + 1)...i where start + length <= tokens.count {
                let window = tokens[start..<(start + length)]
                guard window.allSatisfy({ $0.kind == .word && $0.isCapitalised }) else { continue }
                let name = (start..<(start + length)).map { tokens[$0].isAllCaps ? titleCased(text($0)) : text($0) }.joined(separator: " ")
                let known = EntityLexicon.facts(name)
                if known.has(.place) || known.has(.organization) { return true }
            }
        }
        return false
    }

    /// Token `i` (a word) is a known name even in a headline or all-caps line.
    func isKnownInShoutyText(_ i: Int) -> Bool {
        let word = text(i)
        let allCaps = tokens[i].isAllCaps
        let titled = allCaps ? titleCased(word) : word
        let wordFacts = facts[i]
        let titledFacts = allCaps ? EntityLexicon.facts(titled) : wordFacts
        if titledFacts.has(.place) || wordFacts.has(.organization) || titledFacts.has(.demonym) { return true }
        if evidence.isCapitalisedMidSentence(titled) || evidence.isCapitalisedMidSentence(word) { return true }
        if allCaps, length(i) <= 5, !wordFacts.has(.commonWord), AliasResolver.acronymLetters(word) != nil { return true }
        if titledFacts.has(.title) || titledFacts.has(.organizationHead) { return !wordFacts.has(.commonWord) || field.shouty }
        return !wordFacts.has(.commonWord) && !allCaps
    }

    /// The index of the token that continues the name ending at `end`, or nil.
    func continuation(after end: Int, start: Int) -> Int? {
        let next = tokens[end + 1]
        let nextFacts = facts[end + 1]
        // Long official names: "Ministry of Trade and Industry", "Organisation for Security and Cooperation in Europe".
        if facts[start].has(.organizationOpener), FieldScanner.isOfficialNameJoiner(text(end + 1)),
           end + 2 < tokens.count, isNameWord(end + 2) {
            return end + 2
        }
        if next.start > tokens[end].end || next.kind == .word {
            if next.kind == .word, isNameWord(end + 1) { return end + 1 }
            // Joiners inside names: "Bank of England", "Charles de Gaulle".
            if next.kind == .word, nextFacts.has(.joiner), end + 2 < tokens.count, isNameWord(end + 2),
               !token(end + 1, is: "of") || joinsWithOf(end) {
                return end + 2
            }
            // Two particles: "Nikolaus van der Pas", "Maria de los Santos".
            if next.kind == .word, nextFacts.has(.joiner), !token(end + 1, is: "of"), end + 3 < tokens.count,
               facts[end + 2].has(.joiner) || token(end + 2, is: "los"), isNameWord(end + 3) {
                return end + 3
            }
            if next.is("&"), end + 2 < tokens.count, isNameWord(end + 2) { return end + 2 }
        }
        // "Mr. Smith", "John F. Kennedy": a dot after a title abbreviation or an initial.
        if next.is("."), next.start == tokens[end].end, end + 2 < tokens.count, isNameWord(end + 2),
           facts[end].has(.abbreviation) || (length(end) == 1 && tokens[end].isCapitalised),
           !facts[end + 2].has(.neverName), !facts[end + 2].has(.stopword) {
            return end + 2
        }
        // "St Michael’s Square": a possessive inside a place or organization name.
        if next.kind == .possessive, end + 2 < tokens.count, isNameWord(end + 2),
           ["Square", "Street", "Avenue", "Road", "Bridge", "Park", "Cathedral", "Church", "Basilica", "Hospital", "Island", "Bay"].contains(text(end + 2)),
           end > 0, ["St", "Saint", "St."].contains(text(end - 1)) || facts[end].has(.firstName) {
            return end + 2
        }
        return nil
    }

    /// "and", "in", "for", "on", "&" inside a long official name.
    static func isOfficialNameJoiner(_ word: String) -> Bool {
        switch word {
        case "and", "in", "for", "on", "&": return true
        default: return false
        }
    }

    /// "Bank of England", "Gulf of Aden", "Secretary of State" join; "Amanda Coetzer of South Africa" does not.
    func joinsWithOf(_ i: Int) -> Bool {
        let word = text(i)
        return facts[i].has(.organizationOpener) || facts[i].has(.placeOpener)
            || facts[i].has(.organizationHead) || facts[i].has(.placeHead)
            || ["Secretary", "Minister", "Duke", "Duchess", "Prince", "Princess", "Earl", "Archbishop", "Bishop",
                "University", "Isle", "Sea", "Cape", "Straits", "Strait", "Statue", "Museum", "Tower", "Palace"].contains(word)
    }

    /// Splits a run at titles and acronyms and types each part.
    func candidates(from start: Int, to end: Int) -> [NameCandidate] {
        var idx: [Int] = []
        idx.reserveCapacity(end - start + 1)
        for k in start...end where tokens[k].kind == .word { idx.append(k) }
        // Sentence-initial function and dictionary words are not names ("During", "Moreover", "Wartime").
        while let first = idx.first, dropAsOpener(first) {
            idx.removeFirst()
            while let f = idx.first, facts[f].has(.joiner) { idx.removeFirst() }
        }
        while let first = idx.first, facts[first].has(.neverName), !isInitial(first) { idx.removeFirst() }
        guard !idx.isEmpty, idx.count > 1 || length(idx[0]) > 1 else { return [] }

        var result: [NameCandidate] = []
        let lastFacts = facts[idx.last!]
        let headed = idx.count >= 2 && (lastFacts.has(.organizationHead) || lastFacts.has(.placeHead))
        let official = idx.count >= 3 && facts[idx[0]].has(.organizationOpener)  // "Organisation for Trade and ..."
        if !headed, !official, let firstTitle = idx.firstIndex(where: { facts[$0].has(.title) }) {
            // "NATO Secretary General Jens Stoltenberg" → "NATO" | titles | "Jens Stoltenberg" (a person).
            var prefixEnd = firstTitle
            // "Spanish Farm Minister": dictionary words just before a title belong to it.
            while prefixEnd > 0, case let w = facts[idx[prefixEnd - 1]], w.has(.commonWord), !w.has(.demonym),
                  !w.has(.place), !w.has(.firstName), !w.has(.organization) {
                prefixEnd -= 1
            }
            var afterTitles = firstTitle
            while afterTitles < idx.count, facts[idx[afterTitles]].has(.title) || token(idx[afterTitles], is: "of") && afterTitles + 1 < idx.count && facts[idx[afterTitles + 1]].has(.title) {
                afterTitles += 1
            }
            if prefixEnd > 0 { result += typed(Array(idx[..<prefixEnd]), titled: false) }
            var rest = Array(idx[afterTitles...])
            let ofJoined = rest.first.map { facts[$0].has(.joiner) } ?? false
            while let f = rest.first, facts[f].has(.joiner) { rest.removeFirst() }
            if !rest.isEmpty { result += typed(rest, titled: !ofJoined && afterTitles > firstTitle) }
            return result
        }
        return typed(idx, titled: false)
    }

    func isInitial(_ i: Int) -> Bool {
        length(i) == 1 && i + 1 < tokens.count && tokens[i + 1].is(".") && tokens[i + 1].start == tokens[i].end
    }

    func dropAsOpener(_ i: Int) -> Bool {
        let f = facts[i]
        if isInitial(i) { return false }
        if f.has(.neverName) { return true }
        guard field.sentenceStart[i], !isTableRow else { return false }
        if f.has(.majorPlace) || f.has(.organization) || f.has(.demonym) { return false }
        if f.has(.title) { return false }
        if tokens[i].isAllCaps { return false }
        if f.has(.stopword) { return true }
        let text = text(i)
        // Written lower-case elsewhere on the page and never capitalised mid-sentence: an ordinary word.
        if evidence.isSeenLowercase(text.lowercased()), !evidence.isCapitalisedMidSentence(text) { return true }
        if f.has(.commonWord) {
            // "Reading" opens sentences; "Turkey" and "Bill" stay when the page writes them capitalised mid-sentence.
            if evidence.isCapitalisedMidSentence(text) { return false }
            if f.has(.firstName), i + 1 < tokens.count, tokens[i + 1].isCapitalised { return false }
            return true
        }
        return false
    }

    /// Splits off acronyms glued to a person ("NATO Julianne Smith") and types each part.
    func typed(_ idx: [Int], titled: Bool) -> [NameCandidate] {
        guard !idx.isEmpty else { return [] }
        let head = facts[idx[0]]
        if idx.count >= 3, facts[idx[1]].has(.firstName), !head.has(.firstName),
           head.has(.place) || head.has(.demonym) || head.has(.organization) {
            // "Ukraine Volodymyr Zelensky" (after "President of") → a place and a person.
            return [classify([idx[0]], titled: false), classify(Array(idx.dropFirst()), titled: titled)]
        }
        if idx.count >= 3, let p = idx.indices.dropFirst().first(where: { $0 + 1 < idx.count && facts[idx[$0]].has(.firstName) }),
           !idx[..<p].contains(where: { facts[$0].has(.firstName) }),
           idx[..<p].contains(where: { facts[$0].has(.commonWord) && !facts[$0].has(.joiner) }),
           !facts[idx.last!].has(.organizationHead), !facts[idx.last!].has(.placeHead) {
            // "Maritime Recovery Oleksandr Hrytsenko" (a heading glued to a name) → "Maritime Recovery" | a person.
            return typed(Array(idx[..<p]), titled: false) + [classify(Array(idx[p...]), titled: titled)]
        }
        if idx.count >= 2, tokens[idx[0]].isAllCaps, !field.shouty {
            let rest = Array(idx.dropFirst())
            let restHeaded = facts[rest.last!].has(.organizationHead) || facts[rest.last!].has(.placeHead)
            let restCommon = rest.allSatisfy { facts[$0].has(.commonWord) }
            if !restHeaded, facts[rest[0]].has(.firstName) || restCommon {
                // "NATO Julianne Smith" → two names; "NATO Summit" → just NATO.
                var out = [classify([idx[0]], titled: false)]
                if !restCommon || facts[rest[0]].has(.firstName) && rest.count >= 2 {
                    out.append(classify(rest, titled: titled))
                }
                return out
            }
        }
        return [classify(idx, titled: titled)]
    }

    func classify(_ idx: [Int], titled: Bool) -> NameCandidate {
        let first = tokens[idx.first!], last = tokens[idx.last!]
        let text = substring(first.start, last.end)
        let words = idx.map { self.text($0) }
        let shouted = Tokenizer.isAllCaps(text) && text.characterCount > 3
        let lookup = shouted ? titleCased(text) : text
        var candidate = NameCandidate(field: field.field, range: first.start..<last.end, tokens: idx.first!...idx.last!, text: text,
                                      key: lookup, words: words, firstWordFacts: facts[idx[0]],
                                      hasCommonWord: idx.contains { facts[$0].has(.commonWord) },
                                      type: nil, strength: 0, sentenceInitial: idx.count == 1 && field.sentenceStart[idx[0]])
        func set(_ type: EntityType, _ strength: Int) {
            candidate.type = type
            candidate.strength = strength
        }
        // One whole token (no rounding to a Character boundary shortened it): its facts are known already.
        let textFacts = idx.count == 1 && text.utf8.count == first.end - first.start ? facts[idx[0]] : EntityLexicon.facts(text)
        let lookupFacts = shouted ? EntityLexicon.facts(lookup) : textFacts
        let head = facts[idx.last!]
        let opener = facts[idx.first!]
        if textFacts.has(.place) && (textFacts.has(.majorPlace) || evidence.hasAlias(text)) {
            set(.place, 3)
        } else if textFacts.has(.organization) {
            set(.organization, 3)
        } else if words.count >= 2, NameRules.placeModifiers.contains(words[0]),
                  EntityLexicon.facts(words.dropFirst().joined(separator: " ")).has(.place) {
            set(.place, 3)  // "Greater Odesa", "Eastern Ukraine"
        } else if words.count >= 2, head.has(.placeHead) {
            set(.place, 3)
        } else if words.count >= 2, head.has(.organizationHead) {
            set(.organization, 3)
        } else if words.count >= 3, opener.has(.organizationOpener), words.contains(where: { ["of", "for", "and", "in", "on", "&"].contains($0) }) {
            set(.organization, 3)
        } else if words.count >= 2, opener.has(.placeOpener) {
            set(.place, 3)
        } else if titled {
            set(.person, 3)
        } else if lookupFacts.has(.place), lookupFacts.has(.majorPlace) || !lookupFacts.has(.commonWord) || isPlacePreposition(before: idx[0]) {
            // A small town named like a word ("Police", "Mobile", "Alliance") needs "in"/"to"/"from" before it.
            set(.place, 2)
        } else if textFacts.has(.demonym) || lookupFacts.has(.demonym) {
            set(.other, 2)
        } else if idx.count == 1, text.characterCount > 5, text.hasSuffix("bank") {
            set(.organization, 2)  // "Bundesbank", "Rabobank"
        } else if idx.count == 1, first.isAllCaps || text.utf8.count != first.end - first.start,  // no capitals, no acronym
                  AliasResolver.acronymLetters(text) != nil, !field.shouty || !textFacts.has(.commonWord) {
            set(.organization, 2)
        } else if words.count >= 2, opener.has(.firstName), !first.isAllCaps {
            set(.person, 2)
        } else if words.count >= 2, words.count <= 4, !idx.contains(where: { facts[$0].has(.commonWord) || facts[$0].has(.demonym) }) {
            set(.person, 1)
        } else if let cue = contextType(before: idx.first!, after: idx.last!) {
            set(cue, 1)
        } else if words.count >= 2, !isModifierFragment(idx) {
            set(.other, 1)
        }
        return candidate
    }

    /// "spokesman X" / "X said" → person; "city of X" / "in X" / "X district" → place.
    func contextType(before start: Int, after end: Int) -> EntityType? {
        // "in the Prymorskyi district", "Reni harbour": a place noun right after the name (an article may precede it).
        if end + 1 < tokens.count, tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalised, tokens[end + 1].start > tokens[end].end,
           NameRules.placeNounsAfter.contains(text(end + 1)) {
            return .place
        }
        if isArticle(before: start) { return nil }  // "the Commission said" is not a person
        if end + 1 < tokens.count, facts[end + 1].has(.speechVerb) { return .person }
        guard start > 0 else { return nil }
        if facts[start - 1].has(.personCue) { return .person }
        if token(start - 1, is: "of"), start > 1, facts[start - 2].has(.placeCue) { return .place }
        // "shares in Daimler-Benz", "a stake in Vestfjord": companies, not places.
        if token(start - 1, is: "in"), start > 1, ["shares", "stake", "stakes", "holding", "investment", "investors", "stock"].contains(text(start - 2).lowercased()) {
            return .organization
        }
        if facts[start - 1].has(.placeCue) { return .place }
        return nil
    }

    // MARK: - Helpers

    /// The text of token `i` (built on demand: tokens carry offsets only).
    @inline(__always) func text(_ i: Int) -> String { field.text(i) }

    /// The `Character` count of token `i`.
    @inline(__always) func length(_ i: Int) -> Int { field.characterCount(i) }

    /// Token `i` is exactly `word`.
    @inline(__always) func token(_ i: Int, is word: StaticString) -> Bool { field.token(i, is: word) }

    /// Only ",", "and", "or" (at most two of them) between two names.
    func isListGap(after previous: Int, before next: Int) -> Bool {
        let gap = next - previous - 1
        guard gap >= 1, gap <= 2 else { return false }
        return (previous + 1..<next).allSatisfy {
            switch text($0) {
            case ",", "and", "or": return true
            default: return false
            }
        }
    }

    /// "Ukrainian Presidential press service": capitalised words ending in a dictionary word that
    /// modify a lower-case noun are a fragment, not a name.
    func isModifierFragment(_ idx: [Int]) -> Bool {
        guard let last = idx.last, facts[last].has(.commonWord), last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        return next.kind == .word && !next.isCapitalised && !facts[last + 1].has(.stopword) && !facts[last + 1].has(.speechVerb)
    }

    func isPlacePreposition(before i: Int) -> Bool {
        guard i > 0 else { return false }
        switch text(i - 1) {
        case "in", "to", "from", "near", "at", "outside", "across", "toward", "towards", "via": return true
        default: return false
        }
    }

    func isArticle(before i: Int) -> Bool {
        guard i > 0 else { return false }
        switch text(i - 1) {
        case "the", "a", "an", "The", "A", "An": return true
        default: return false
        }
    }

    func span(_ i: Int, _ j: Int, _ type: EntityType, _ normalized: String?) -> EntitySpan {
        let a = tokens[i].start, b = tokens[j].end
        return EntitySpan(field: field.field, range: a..<b, text: substring(a, b), type: type, normalized: normalized)
    }

    /// The field's text between two byte offsets, rounded down to Character boundaries as `String` indexing does.
    func substring(_ a: Int, _ b: Int) -> String {
        var text = field.text
        let direct: String? = text.withUTF8 { bytes in
            // Between two ASCII bytes (not CR LF) is always a Character boundary: no rounding to do.
            func isBoundary(_ p: Int) -> Bool {
                p == 0 || p == bytes.count || (bytes[p] < 0x80 && bytes[p - 1] < 0x80 && bytes[p - 1] != 0x0D)
            }
            guard isBoundary(a), isBoundary(b) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
        }
        if let direct { return direct }
        let u = field.text.utf8
        let s = u.index(u.startIndex, offsetBy: a), e = u.index(u.startIndex, offsetBy: b)
        return String(field.text[s..<e])
    }

    func titleCased(_ word: String) -> String {
        word.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
