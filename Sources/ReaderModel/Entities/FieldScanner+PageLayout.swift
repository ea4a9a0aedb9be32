/// Page layout that changes what a name is: datelines, photo credits, results and standings tables,
/// match reports.
extension FieldScanner {
    /// Verbs of a match report ("Getafe beat Dunmore 2-1").
    static let sportsVerbs: Set<String> = [
        "beat", "beats", "drew", "defeated", "thrashed", "edged", "routed", "hammered", "outclassed", "trounced",
    ]

    /// A town (not a country, capital or big city) right before or after a match verb ("Getafe beat", "beat Sevilla").
    func isSportsSide(_ name: NameCandidate) -> Bool {
        // Capitals and big cities are far more often the place itself ("Washington beat back the bill 52-48").
        guard !EntityLexicon.facts(name.key).has(.majorPlace), name.words.count <= 2 else { return false }
        let first = name.tokens.lowerBound, last = name.tokens.upperBound
        let after = last + 1 < tokens.count ? text(last + 1) : ""
        let before = first > 0 ? text(first - 1) : ""
        guard Self.sportsVerbs.contains(after) || Self.sportsVerbs.contains(before) else { return false }
        // A score close by ("2-1", not "2022-2023") confirms a match report.
        let window = max(0, first - 6)..<min(tokens.count - 2, last + 7)
        return window.contains { k in
            tokens[k].kind == .number && length(k) <= 2 && tokens[k + 1].is("-")
                && tokens[k + 2].kind == .number && length(k + 2) <= 2
        }
    }

    /// Where a photo credit closes the field ("via AFP - Getty Images", "EPA-EFE/JANE DOE",
    /// "(Presidential Office)" ending a caption); the token count when there is none.
    func creditStart() -> Int {
        let n = tokens.count
        // A credit is a tail of names without a full stop ("via Poland." is prose).
        guard n > 0, !tokens[n - 1].is("."), !tokens[n - 1].is("!"), !tokens[n - 1].is("?") else { return n }
        for k in tokens.indices.reversed() where n - k <= 8 {
            guard (k..<n).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalised || token($0, is: "via") }) else { break }
            let t = text(k)
            if t == "via" && k > 0 {
                // "…Friday.Ukrainian Presidential Press Office via AP": the source named before "via" too.
                var j = k
                while j > 0, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalised, k - j < 5 { j -= 1 }
                return j > 0 && tokens[j - 1].is(".") ? j : k
            }
            if t == "/" && k > 0 && k + 1 < n && tokens[k].start == tokens[k - 1].end && tokens[k + 1].start == tokens[k].end && tokens[k + 1].isAllCaps {
                return k - 1
            }
            if ["Photo", "Photograph", "Credit", "Image", "Picture", "©"].contains(t), k + 1 < n, tokens[k + 1].is(":") || t == "©" {
                return k
            }
        }
        if case .caption = field.field, tokens.last?.is(")") == true, let open = tokens.lastIndex(where: { $0.is("(") }), n - open <= 7 {
            return open
        }
        return n
    }

    /// A row of a results or standings table ("Arsenal 3 2 1 0 5 2 7"): capitalised words and numbers only,
    /// so a capital at its start says nothing about sentence openers.
    static func isTableRow(_ tokens: [Token]) -> Bool {
        guard tokens.count <= 18, tokens.first?.isCapitalised == true else { return false }
        var numbers = 0, words = 0
        for t in tokens {
            switch t.kind {
            case .number: numbers += 1
            case .word: if !t.isCapitalised { return false }; words += 1
            default: break
            }
        }
        return numbers >= 1 && words <= 6
    }

    /// The last token of an all-caps place opening the field before ",", "(", "-" or a date.
    func datelineEnd() -> Int? {
        var k = 0
        while k < min(tokens.count, 4), tokens[k].isAllCaps, !facts[k].has(.stopword) { k += 1 }
        guard k > 0, k < tokens.count else { return nil }
        let next = tokens[k]
        guard next.is(",") || next.is("(") || next.kind == .number else { return nil }
        // Not a headline word followed by a number ("MORE 5"): the place is not a dictionary word.
        let name = (0..<k).map { titleCased(text($0)) }.joined(separator: " ")
        // The lexicon's flags, not `Gazetteer`'s sets: those would be built for this one question.
        guard EntityLexicon.facts(name).has(.place)
            || !(0..<k).contains(where: { EntityLexicon.facts(text($0)).has(.commonWord) }) else { return nil }
        return k - 1
    }

    /// A results line ("Leeds 0 Newcastle 2") or a standings row ("Leeds 5 3 1 1 9 4 10"): names and numbers only.
    func isScoreLine(_ names: [NameCandidate], values: [EntitySpan]) -> Bool {
        guard tokens.count <= 16, !names.isEmpty, values.isEmpty else { return false }
        let numbers = tokens.filter { $0.kind == .number }.count
        guard (names.count == 2 && numbers == 2) || (names.count == 1 && numbers >= 3 && tokens.first?.kind == .word) else { return false }
        return tokens.allSatisfy { t in
            t.kind == .number || t.kind == .punctuation || t.isCapitalised || names.contains { $0.range.contains(t.start) }
        }
    }
}
