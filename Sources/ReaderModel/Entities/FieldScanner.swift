/// Scans one field's tokens: dates and money become spans at once, runs of capitalised words become
/// name candidates typed by titles, heads, gazetteers and context.
struct FieldScanner {
    let field: FieldText
    let evidence: DocumentEvidence
    let referenceYear: Int?

    var tokens: [Token] { field.tokens }

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
            for k in names.indices where (names[k].type != .person || names[k].strength <= 1) && !Gazetteer.countries.contains(names[k].key) {
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
        if !t.isCapitalised {
            // "al-Assad", "el-Sisi": a lower-case particle glued to a capitalised name.
            guard t.text.hasPrefix("al-") || t.text.hasPrefix("el-"), t.text.count > 3 else { return false }
            return t.text.dropFirst(3).first?.isUppercase == true
        }
        if NameRules.quickWeekdays.contains(t.text) { return false }
        if DateNormalizer.monthNumber(t.text) != nil, t.text.count > 3 || (i + 1 < tokens.count && (tokens[i + 1].kind == .number || tokens[i + 1].text == ".")) {
            return false
        }
        // Contractions ("I'm", "We’re") and lone letters are not names.
        if t.text.count == 1 {
            // An initial: "M. Atherton", "John F. Kennedy".
            return i + 2 < tokens.count && tokens[i + 1].text == "." && tokens[i + 1].start == t.end && tokens[i + 2].isCapitalised
                && !NameRules.neverNames.contains(tokens[i + 2].text) && !Stopwords.contains(tokens[i + 2].text)
        }
        // Byte pre-checks ("'" is 0x27, "’" starts with 0xE2; "-" is 0x2D) skip the Character and Foundation searches.
        let utf8 = t.text.utf8
        if utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }),
           let apostrophe = t.text.lastIndex(where: { $0 == "'" || $0 == "’" }), t.text[t.text.index(after: apostrophe)...].allSatisfy(\.isLowercase) {
            return false
        }
        // Shouted dictionary words ("MORE NEWS", "OTHER TOPICS") are typography, not acronyms.
        if t.isAllCaps, Stopwords.contains(t.text) { return false }
        if t.isAllCaps, t.text.count >= 5 || field.shouty, Gazetteer.isCommonWord(t.text), !Gazetteer.organizations.contains(t.text),
           !Gazetteer.places.contains(titleCased(t.text)), !Gazetteer.places.contains(t.text) {
            return false
        }
        if utf8.contains(0x2D) {
            // "Russia-led", "Panama-flagged": a name turned into a modifier is not a name.
            if NameRules.modifierSuffixes.contains(where: { t.text.hasSuffix($0) }) { return false }
            if let tail = t.text.split(separator: "-").last, tail.count > 3, tail.hasSuffix("ed"), tail.first?.isLowercase == true { return false }
        }
        if field.shouty || t.isAllCaps && t.text.count > 5 {
            // In headlines and all-caps lines capitals are typography: keep known names only.
            return isKnownInShoutyText(t.text) || isInKnownMultiWordName(i)
        }
        return true
    }

    /// True when token `i` is part of 2-4 adjacent words that form a known place or organization ("United Arab Emirates").
    func isInKnownMultiWordName(_ i: Int) -> Bool {
        for length in 2...4 {
            for start in max(0, i - length + 1)...i where start + length <= tokens.count {
                let window = tokens[start..<(start + length)]
                guard window.allSatisfy({ $0.kind == .word && $0.isCapitalised }) else { continue }
                let name = window.map { $0.isAllCaps ? titleCased($0.text) : $0.text }.joined(separator: " ")
                if Gazetteer.places.contains(name) || Gazetteer.organizations.contains(name) { return true }
            }
        }
        return false
    }

    func isKnownInShoutyText(_ word: String) -> Bool {
        let titled = Tokenizer.isAllCaps(word) ? titleCased(word) : word
        if Gazetteer.places.contains(titled) || Gazetteer.organizations.contains(word) || Gazetteer.isDemonym(titled) { return true }
        if evidence.capitalisedMidSentence.contains(titled) || evidence.capitalisedMidSentence.contains(word) { return true }
        if Tokenizer.isAllCaps(word), word.count <= 5, !Gazetteer.isCommonWord(word), AliasResolver.acronymLetters(word) != nil { return true }
        if NameRules.isTitle(titled) || NameRules.organizationHeads.contains(titled) { return !Gazetteer.isCommonWord(word) || field.shouty }
        return !Gazetteer.isCommonWord(word) && !Tokenizer.isAllCaps(word)
    }

    /// The index of the token that continues the name ending at `end`, or nil.
    func continuation(after end: Int, start: Int) -> Int? {
        let next = tokens[end + 1]
        // Long official names: "Ministry of Trade and Industry", "Organisation for Security and Cooperation in Europe".
        if ["and", "in", "for", "on", "&"].contains(next.text), NameRules.organizationOpeners.contains(tokens[start].text),
           end + 2 < tokens.count, isNameWord(end + 2) {
            return end + 2
        }
        if next.start > tokens[end].end || next.kind == .word {
            if next.kind == .word, isNameWord(end + 1) { return end + 1 }
            // Joiners inside names: "Bank of England", "Charles de Gaulle".
            if next.kind == .word, NameRules.joiners.contains(next.text), end + 2 < tokens.count, isNameWord(end + 2),
               next.text != "of" || joinsWithOf(tokens[end].text) {
                return end + 2
            }
            // Two particles: "Nikolaus van der Pas", "Maria de los Santos".
            if next.kind == .word, NameRules.joiners.contains(next.text), next.text != "of", end + 3 < tokens.count,
               NameRules.joiners.contains(tokens[end + 2].text) || tokens[end + 2].text == "los", isNameWord(end + 3) {
                return end + 3
            }
            if next.text == "&", end + 2 < tokens.count, isNameWord(end + 2) { return end + 2 }
        }
        // "Mr. Smith", "John F. Kennedy": a dot after a title abbreviation or an initial.
        if next.text == ".", next.start == tokens[end].end, end + 2 < tokens.count, isNameWord(end + 2),
           NameRules.abbreviations.contains(tokens[end].text) || (tokens[end].text.count == 1 && tokens[end].isCapitalised),
           !NameRules.neverNames.contains(tokens[end + 2].text), !Stopwords.contains(tokens[end + 2].text) {
            return end + 2
        }
        // "St Michael’s Square": a possessive inside a place or organization name.
        if next.kind == .possessive, end + 2 < tokens.count, isNameWord(end + 2),
           ["Square", "Street", "Avenue", "Road", "Bridge", "Park", "Cathedral", "Church", "Basilica", "Hospital", "Island", "Bay"].contains(tokens[end + 2].text),
           end > 0, ["St", "Saint", "St."].contains(tokens[end - 1].text) || Gazetteer.firstNames.contains(tokens[end].text) {
            return end + 2
        }
        return nil
    }

    /// "Bank of England", "Gulf of Aden", "Secretary of State" join; "Amanda Coetzer of South Africa" does not.
    func joinsWithOf(_ word: String) -> Bool {
        NameRules.organizationOpeners.contains(word) || NameRules.placeOpeners.contains(word)
            || NameRules.organizationHeads.contains(word) || NameRules.placeHeads.contains(word)
            || ["Secretary", "Minister", "Duke", "Duchess", "Prince", "Princess", "Earl", "Archbishop", "Bishop",
                "University", "Isle", "Sea", "Cape", "Straits", "Strait", "Statue", "Museum", "Tower", "Palace"].contains(word)
    }

    /// Splits a run at titles and acronyms and types each part.
    func candidates(from start: Int, to end: Int) -> [NameCandidate] {
        var idx = Array(start...end).filter { tokens[$0].kind == .word }
        // Sentence-initial function and dictionary words are not names ("During", "Moreover", "Wartime").
        while let first = idx.first, dropAsOpener(first) {
            idx.removeFirst()
            while let f = idx.first, NameRules.joiners.contains(tokens[f].text) { idx.removeFirst() }
        }
        while let first = idx.first, NameRules.neverNames.contains(tokens[first].text), !isInitial(first) { idx.removeFirst() }
        guard !idx.isEmpty, idx.count > 1 || tokens[idx[0]].text.count > 1 else { return [] }

        var result: [NameCandidate] = []
        let words = idx.map { tokens[$0].text }
        let lastWord = words.last!
        let headed = words.count >= 2 && (NameRules.organizationHeads.contains(lastWord) || NameRules.placeHeads.contains(lastWord))
        let official = words.count >= 3 && NameRules.organizationOpeners.contains(words[0])  // "Organisation for Trade and ..."
        if !headed, !official, let firstTitle = idx.firstIndex(where: { NameRules.isTitle(tokens[$0].text) }) {
            // "NATO Secretary General Jens Stoltenberg" → "NATO" | titles | "Jens Stoltenberg" (a person).
            var prefixEnd = firstTitle
            // "Spanish Farm Minister": dictionary words just before a title belong to it.
            while prefixEnd > 0, case let w = tokens[idx[prefixEnd - 1]].text, Gazetteer.isCommonWord(w), !Gazetteer.isDemonym(w),
                  !Gazetteer.places.contains(w), !Gazetteer.firstNames.contains(w), !Gazetteer.organizations.contains(w) {
                prefixEnd -= 1
            }
            var afterTitles = firstTitle
            while afterTitles < idx.count, NameRules.isTitle(tokens[idx[afterTitles]].text) || tokens[idx[afterTitles]].text == "of" && afterTitles + 1 < idx.count && NameRules.isTitle(tokens[idx[afterTitles + 1]].text) {
                afterTitles += 1
            }
            if prefixEnd > 0 { result += typed(Array(idx[..<prefixEnd]), titled: false) }
            var rest = Array(idx[afterTitles...])
            let ofJoined = rest.first.map { NameRules.joiners.contains(tokens[$0].text) } ?? false
            while let f = rest.first, NameRules.joiners.contains(tokens[f].text) { rest.removeFirst() }
            if !rest.isEmpty { result += typed(rest, titled: !ofJoined && afterTitles > firstTitle) }
            return result
        }
        return typed(idx, titled: false)
    }

    func isInitial(_ i: Int) -> Bool {
        tokens[i].text.count == 1 && i + 1 < tokens.count && tokens[i + 1].text == "." && tokens[i + 1].start == tokens[i].end
    }

    func dropAsOpener(_ i: Int) -> Bool {
        let text = tokens[i].text
        if isInitial(i) { return false }
        if NameRules.neverNames.contains(text) { return true }
        guard field.sentenceStart[i], !isTableRow else { return false }
        if Gazetteer.majorPlaces.contains(text) || Gazetteer.organizations.contains(text) || Gazetteer.isDemonym(text) { return false }
        if NameRules.isTitle(text) { return false }
        if tokens[i].isAllCaps { return false }
        if Stopwords.contains(text) { return true }
        // Written lower-case elsewhere on the page and never capitalised mid-sentence: an ordinary word.
        if evidence.lowercase.contains(text.lowercased()), !evidence.capitalisedMidSentence.contains(text) { return true }
        if Gazetteer.isCommonWord(text) {
            // "Reading" opens sentences; "Turkey" and "Bill" stay when the page writes them capitalised mid-sentence.
            if evidence.capitalisedMidSentence.contains(text) { return false }
            if Gazetteer.firstNames.contains(text), i + 1 < tokens.count, tokens[i + 1].isCapitalised { return false }
            return true
        }
        return false
    }

    /// Splits off acronyms glued to a person ("NATO Julianne Smith") and types each part.
    func typed(_ idx: [Int], titled: Bool) -> [NameCandidate] {
        guard !idx.isEmpty else { return [] }
        if idx.count >= 3, Gazetteer.firstNames.contains(tokens[idx[1]].text), !Gazetteer.firstNames.contains(tokens[idx[0]].text),
           Gazetteer.places.contains(tokens[idx[0]].text) || Gazetteer.isDemonym(tokens[idx[0]].text) || Gazetteer.organizations.contains(tokens[idx[0]].text) {
            // "Ukraine Volodymyr Zelensky" (after "President of") → a place and a person.
            return [classify([idx[0]], titled: false), classify(Array(idx.dropFirst()), titled: titled)]
        }
        if idx.count >= 3, let p = idx.indices.dropFirst().first(where: { $0 + 1 < idx.count && Gazetteer.firstNames.contains(tokens[idx[$0]].text) }),
           !idx[..<p].contains(where: { Gazetteer.firstNames.contains(tokens[$0].text) }),
           idx[..<p].contains(where: { Gazetteer.isCommonWord(tokens[$0].text) && !NameRules.joiners.contains(tokens[$0].text) }),
           !NameRules.organizationHeads.contains(tokens[idx.last!].text), !NameRules.placeHeads.contains(tokens[idx.last!].text) {
            // "Maritime Recovery Oleksandr Hrytsenko" (a heading glued to a name) → "Maritime Recovery" | a person.
            return typed(Array(idx[..<p]), titled: false) + [classify(Array(idx[p...]), titled: titled)]
        }
        if idx.count >= 2, tokens[idx[0]].isAllCaps, !field.shouty {
            let rest = Array(idx.dropFirst())
            let restWords = rest.map { tokens[$0].text }
            let restHeaded = NameRules.organizationHeads.contains(restWords.last!) || NameRules.placeHeads.contains(restWords.last!)
            if !restHeaded, Gazetteer.firstNames.contains(restWords[0]) || restWords.allSatisfy({ Gazetteer.isCommonWord($0) }) {
                // "NATO Julianne Smith" → two names; "NATO Summit" → just NATO.
                var out = [classify([idx[0]], titled: false)]
                if !restWords.allSatisfy({ Gazetteer.isCommonWord($0) }) || Gazetteer.firstNames.contains(restWords[0]) && rest.count >= 2 {
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
        let words = idx.map { tokens[$0].text }
        var candidate = NameCandidate(field: field.field, range: first.start..<last.end, tokens: idx.first!...idx.last!, text: text,
                                      key: Tokenizer.isAllCaps(text) && text.count > 3 ? titleCased(text) : text, words: words,
                                      type: nil, strength: 0, sentenceInitial: idx.count == 1 && field.sentenceStart[idx[0]])
        func set(_ type: EntityType, _ strength: Int) {
            candidate.type = type
            candidate.strength = strength
        }
        let lookup = Tokenizer.isAllCaps(text) && text.count > 3 ? titleCased(text) : text
        let head = words.last!
        let opener = words.first!
        if Gazetteer.places.contains(text) && (Gazetteer.majorPlaces.contains(text) || AliasResolver.table[Transliteration.nameKey(text)] != nil) {
            set(.place, 3)
        } else if Gazetteer.organizations.contains(text) {
            set(.organization, 3)
        } else if words.count >= 2, NameRules.placeModifiers.contains(opener),
                  Gazetteer.places.contains(words.dropFirst().joined(separator: " ")) {
            set(.place, 3)  // "Greater Odesa", "Eastern Ukraine"
        } else if words.count >= 2, NameRules.placeHeads.contains(head) {
            set(.place, 3)
        } else if words.count >= 2, NameRules.organizationHeads.contains(head) {
            set(.organization, 3)
        } else if words.count >= 3, NameRules.organizationOpeners.contains(opener), words.contains(where: { ["of", "for", "and", "in", "on", "&"].contains($0) }) {
            set(.organization, 3)
        } else if words.count >= 2, NameRules.placeOpeners.contains(opener) {
            set(.place, 3)
        } else if titled {
            set(.person, 3)
        } else if Gazetteer.places.contains(lookup), Gazetteer.majorPlaces.contains(lookup) || !Gazetteer.isCommonWord(lookup) || isPlacePreposition(before: idx[0]) {
            // A small town named like a word ("Police", "Mobile", "Alliance") needs "in"/"to"/"from" before it.
            set(.place, 2)
        } else if Gazetteer.isDemonym(text) || Gazetteer.isDemonym(lookup) {
            set(.other, 2)
        } else if idx.count == 1, text.count > 5, text.hasSuffix("bank") {
            set(.organization, 2)  // "Bundesbank", "Rabobank"
        } else if idx.count == 1, AliasResolver.acronymLetters(text) != nil, !field.shouty || !Gazetteer.isCommonWord(text) {
            set(.organization, 2)
        } else if words.count >= 2, Gazetteer.firstNames.contains(opener), !first.isAllCaps {
            set(.person, 2)
        } else if words.count >= 2, words.count <= 4, !words.contains(where: { Gazetteer.isCommonWord($0) || Gazetteer.isDemonym($0) }) {
            set(.person, 1)
        } else if let cue = contextType(before: idx.first!, after: idx.last!) {
            set(cue, 1)
        } else if words.count >= 2, !isModifierFragment(idx) {
            set(.other, 1)
        }
        return candidate
    }

    /// "spokesman X" / "X said" → person; "city of X" / "in X" → place.
    func contextType(before start: Int, after end: Int) -> EntityType? {
        if isArticle(before: start) { return nil }  // "the Commission said" is not a person
        if end + 1 < tokens.count, NameRules.speechVerbs.contains(tokens[end + 1].text) { return .person }
        guard start > 0 else { return nil }
        let prev = tokens[start - 1].text
        if NameRules.personCues.contains(prev) { return .person }
        if prev == "of", start > 1, NameRules.placeCues.contains(tokens[start - 2].text) { return .place }
        // "shares in Daimler-Benz", "a stake in Vestfjord": companies, not places.
        if prev == "in", start > 1, ["shares", "stake", "stakes", "holding", "investment", "investors", "stock"].contains(tokens[start - 2].text.lowercased()) {
            return .organization
        }
        if NameRules.placeCues.contains(prev) { return .place }
        return nil
    }

    // MARK: - Helpers

    /// Only ",", "and", "or" (at most two of them) between two names.
    func isListGap(after previous: Int, before next: Int) -> Bool {
        let gap = next - previous - 1
        guard gap >= 1, gap <= 2 else { return false }
        return (previous + 1..<next).allSatisfy { [",", "and", "or"].contains(tokens[$0].text) }
    }

    /// "Ukrainian Presidential press service": capitalised words ending in a dictionary word that
    /// modify a lower-case noun are a fragment, not a name.
    func isModifierFragment(_ idx: [Int]) -> Bool {
        guard let last = idx.last, Gazetteer.isCommonWord(tokens[last].text), last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        return next.kind == .word && !next.isCapitalised && !Stopwords.contains(next.text) && !NameRules.speechVerbs.contains(next.text)
    }

    func isPlacePreposition(before i: Int) -> Bool {
        i > 0 && ["in", "to", "from", "near", "at", "outside", "across", "toward", "towards", "via"].contains(tokens[i - 1].text)
    }

    func isArticle(before i: Int) -> Bool {
        i > 0 && ["the", "a", "an", "The", "A", "An"].contains(tokens[i - 1].text)
    }

    func span(_ i: Int, _ j: Int, _ type: EntityType, _ normalized: String?) -> EntitySpan {
        let a = tokens[i].start, b = tokens[j].end
        return EntitySpan(field: field.field, range: a..<b, text: substring(a, b), type: type, normalized: normalized)
    }

    func substring(_ a: Int, _ b: Int) -> String {
        let u = field.text.utf8
        let s = u.index(u.startIndex, offsetBy: a), e = u.index(u.startIndex, offsetBy: b)
        return String(field.text[s..<e])
    }

    func titleCased(_ word: String) -> String {
        word.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
