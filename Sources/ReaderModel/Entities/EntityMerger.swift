/// Merges recognised spans into corpus-wide entities with dictionaries keyed by normalised names
/// (never pairwise comparison): one document at a time, so memory per document does not grow with the corpus.
///
/// Rules: people meet under "first-name key + surname key" (so two Smiths with different first names
/// never merge); a bare surname joins the full name of the same article (several → the one with most
/// mentions there), else the corpus person with that surname and most mentions, else other bare uses of
/// it; other names meet under `AliasResolver.canonicalKey`, and an acronym joins a name of the same
/// article whose initials spell it.
struct EntityMerger {
    /// Spans of one document that are one thing, with the keys it is known under.
    private struct Group {
        var type: EntityType
        var mentions: [Mention] = []
        var keys: [String] = []
        var surname: String?
        var normalized: String?
    }

    private var groups: [Group] = []
    private var parent: [Int] = []
    private var owner: [String: Int] = [:]
    /// Person groups with a full name, by surname key.
    private var fullBySurname: [String: [Int]] = [:]
    /// Bare-surname groups waiting for the end of the corpus.
    private var bareSurnames: [Int] = []
    /// Untyped one-word names ("other") that may turn out to be a known person's surname.
    private var otherSingles: [(group: Int, key: String)] = []
    /// Untyped two-word names that may turn out to be a known person's full name.
    private var otherNames: [(group: Int, key: String)] = []

    mutating func add(document: Int, spans: [EntitySpan]) {
        var local: [String: Int] = [:]  // key → index into `groups`, this document only
        var persons: [(key: String, surname: String, group: Int)] = []

        func group(for key: String, type: EntityType) -> Int {
            if let g = local[key] { return g }
            groups.append(Group(type: type, keys: [key]))
            parent.append(groups.count - 1)
            local[key] = groups.count - 1
            return groups.count - 1
        }

        // Full names first, so bare surnames can find them.
        let ordered = spans.enumerated().sorted { a, b in
            let pa = a.element.type == .person && words(a.element.text).count >= 2
            let pb = b.element.type == .person && words(b.element.text).count >= 2
            return pa != pb ? pa : a.offset < b.offset
        }
        var bare: [(EntitySpan, String)] = []
        for (_, span) in ordered {
            let mention = Mention(document: document, field: span.field, range: span.range, text: span.text)
            switch span.type {
            case .person:
                let w = words(span.text)
                guard let last = w.last else { continue }
                let surname = Transliteration.key(last)
                if w.count >= 2 {
                    let key = "P:" + Transliteration.key(w[0]) + " " + surname
                    let g = group(for: key, type: .person)
                    groups[g].mentions.append(mention)
                    if !persons.contains(where: { $0.group == g }) { persons.append((key, surname, g)) }
                } else {
                    bare.append((span, surname))
                }
            case .date, .money:
                let key = (span.type == .date ? "D:" : "M:") + (span.normalized ?? span.text.lowercased())
                let g = group(for: key, type: span.type)
                groups[g].mentions.append(mention)
                groups[g].normalized = groups[g].normalized ?? span.normalized
            case .organization, .place, .other:
                let key = "N:" + AliasResolver.canonicalKey(span.text)
                let g = group(for: key, type: span.type)
                groups[g].mentions.append(mention)
            }
        }
        // A bare surname: the full name of this article with the most mentions, else wait for the corpus.
        for (span, surname) in bare {
            let mention = Mention(document: document, field: span.field, range: span.range, text: span.text)
            var matches = persons.filter { $0.surname == surname }
            if matches.isEmpty {
                // A lone first name ("Volodymyr") joins the one person of the article with that first name.
                let byFirst = persons.filter { $0.key.dropFirst(2).split(separator: " ").first.map(String.init) == surname }
                if byFirst.count == 1 { matches = byFirst }
            }
            if let best = matches.max(by: { groups[$0.group].mentions.count < groups[$1.group].mentions.count }) {
                groups[best.group].mentions.append(mention)
            } else {
                let g = group(for: "S:" + surname, type: .person)
                groups[g].surname = surname
                groups[g].mentions.append(mention)
                if groups[g].mentions.count == 1 { bareSurnames.append(g) }
            }
        }
        // Acronyms join a multi-word name of this article whose initials spell them ("NATO" ← "North Atlantic Treaty Organization").
        for (key, g) in local where key.hasPrefix("N:") {
            guard let sample = groups[g].mentions.first?.text else { continue }
            for initials in AliasResolver.initialsVariants(sample).sorted() {
                let acronymKey = "N:" + AliasResolver.canonicalKey(initials)
                if let a = local[acronymKey], a != g, !groups[g].keys.contains(acronymKey),
                   let text = groups[a].mentions.first?.text, AliasResolver.acronymLetters(text) != nil {
                    groups[g].keys.append(acronymKey)
                }
            }
        }
        // Register this document's groups under their keys, merging with earlier documents.
        for (_, g) in local {
            for key in groups[g].keys {
                if let o = owner[key] { union(o, g) } else { owner[key] = g }
            }
        }
        for p in persons { fullBySurname[p.surname, default: []].append(p.group) }
        for (key, g) in local where key.hasPrefix("N:") && groups[g].type == .other {
            let parts = key.dropFirst(2).split(separator: " ")
            if parts.count == 1 {
                otherSingles.append((g, String(parts[0])))
            } else if parts.count == 2, let text = groups[g].mentions.first?.text, !Gazetteer.isDemonym(String(text.split(separator: " ")[0])) {
                // "Torbjørn Lie" left untyped here but a person elsewhere.
                otherNames.append((g, "P:" + parts.joined(separator: " ")))
            }
        }
    }

    /// The merged entities, most mentioned first.
    mutating func entities() -> [Entity] {
        // Bare surnames with no full name in their article: the corpus person with that surname and most mentions.
        let pending = bareSurnames.map { ($0, groups[$0].surname ?? "") } + otherSingles.map { ($0.group, $0.key) }
        for (g, surname) in pending {
            guard let candidates = fullBySurname[surname], !candidates.isEmpty else { continue }
            var count: [Int: Int] = [:]
            for c in candidates { count[find(c), default: 0] += groups[c].mentions.count }
            if let best = count.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) { union(best.key, g) }
        }
        for (g, key) in otherNames {
            if let person = owner[key] { union(person, g) }
        }
        var members: [Int: [Int]] = [:]
        for g in groups.indices { members[find(g), default: []].append(g) }
        var result: [Entity] = []
        for (_, gs) in members {
            var mentions: [Mention] = []
            var typeVotes: [EntityType: Int] = [:]
            var normalized: String?
            for g in gs {
                mentions += groups[g].mentions
                typeVotes[groups[g].type, default: 0] += groups[g].mentions.count
                normalized = normalized ?? groups[g].normalized
            }
            guard !mentions.isEmpty else { continue }
            mentions.sort()
            var forms: [String: Int] = [:]
            for m in mentions { forms[m.text, default: 0] += 1 }
            let type = TypeVote.winner(typeVotes, name: forms.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key)
            let ranked = forms.sorted { a, b in
                let wa = type == .person ? words(a.key).count : 0, wb = type == .person ? words(b.key).count : 0
                // Shouted forms ("WASHINGTON") lose to normal case; acronyms of up to 4 letters are not shouting.
                let na = a.key.count <= 4 || !Tokenizer.isAllCaps(a.key) ? 1 : 0, nb = b.key.count <= 4 || !Tokenizer.isAllCaps(b.key) ? 1 : 0
                return (wa, na, a.value, a.key.count, b.key) > (wb, nb, b.value, b.key.count, a.key)
            }
            result.append(Entity(id: 0, name: ranked[0].key, type: type, aliases: ranked.dropFirst().map(\.key),
                                 mentions: mentions, normalized: normalized))
        }
        result.sort { ($0.mentions.count, $1.name, $1.type, $1.mentions[0]) > ($1.mentions.count, $0.name, $0.type, $0.mentions[0]) }
        return result
    }

    private func words(_ text: String) -> [Substring] {
        text.split(separator: " ")
    }

    private mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }

    private mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
