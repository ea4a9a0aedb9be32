/// A byline line that sets the writer's role after the name ("By Jane Example, Staff Writer",
/// "Von Anna Beispiel, Wirtschaftsredakteurin", "Por Ana Ejemplo, corresponsal en Lima", "Jane
/// Example Senior Reporter"): the role describes the writer, and the byline is the name alone, without
/// the place it was filed from after the role ("corresponsal en Lima", "Korrespondentin in Wien").
enum WriterRoleTail {
    static let evidence = "byline: the writer's role after the name left off"
    static let lineEvidence = "byline: a name and the writer's role after it, on a line of their own under the headline; the role left off"

    /// A line of a name and a role (and the place after it) is no longer than this.
    static let maximumLineWords = 9

    /// Nouns naming a writer's job, lower-case, in English, Spanish, French, German, Italian,
    /// Portuguese and Dutch. A German compound ends in one ("Wirtschaftsredakteurin").
    static let roles: Set<String> = [
        "writer", "reporter", "correspondent", "editor", "columnist", "journalist", "contributor", "critic",
        "corresponsal", "redactor", "redactora", "periodista", "editora", "columnista", "enviado", "enviada", "reportera", "reportero",
        "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse", "envoyé", "envoyée",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin", "journalistin", "kolumnist", "kolumnistin",
        "giornalista", "corrispondente", "inviato", "inviata", "redattore", "redattrice", "cronista",
        "repórter", "correspondente", "jornalista", "colunista", "redator", "redatora",
        "verslaggever", "redacteur",
    ]

    /// German compounds: a word ending in one of these is a role ("Sportredakteur").
    static let compoundEnds = ["redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin", "reporter"]

    /// Words that stand before a role without a separator ("Jane Example Senior Reporter").
    static let modifiers: Set<String> = [
        "staff", "senior", "chief", "deputy", "contributing", "special", "associate", "executive", "managing", "freelance",
        "guest", "foreign", "political", "lead", "photo",
    ]

    /// Words that join a second writer to the byline.
    static let joiners: Set<String> = ["and", "&", "y", "und", "et", "e", "en"]

    /// Spanish and French roles: "en" after one is "in" and the place follows it ("corresponsal en
    /// Lima", "correspondante en Bretagne"), where after a Dutch role it is "and" and a second writer
    /// follows ("verslaggever en Piet Jansen").
    static let rolesBeforePlaceEn: Set<String> = [
        "corresponsal", "redactor", "redactora", "periodista", "editora", "columnista", "enviado", "enviada", "reportera", "reportero",
        "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse", "envoyé", "envoyée",
    ]

    /// Whether the word at `k` of `tail` joins a second writer: "en" right after a Spanish or French
    /// role (or its "especial", "spécial") opens the place it was filed from instead.
    static func joinsWriter(_ tail: ArraySlice<Substring>, at k: Int) -> Bool {
        let word = tail[k].lowercased()
        guard joiners.contains(word) else { return false }
        guard word == "en", k > tail.startIndex else { return true }
        var before = k - 1
        if before > tail.startIndex, ["especial", "spécial", "spéciale", "permanente", "permanent"].contains(tail[before].lowercased()) { before -= 1 }
        return !rolesBeforePlaceEn.contains(tail[before].lowercased())
    }

    /// A mark standing alone between the name and the role.
    static func isMark(_ word: Substring) -> Bool {
        word == "|" || word == "-" || word == "–" || word == "—" || word == "·"
    }

    static func isRole(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        if roles.contains(lower) { return true }
        return lower.count > 9 && compoundEnds.contains { lower.hasSuffix($0) }
    }

    /// The last space-separated word, as `split(separator: " ")` would give it last.
    static func lastWord(of text: String) -> Substring? {
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return nil }
        let start = bytes[..<end].lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? bytes.startIndex
        return text[start..<end]
    }

    /// The name without the role after it, or nil when `byline` carries none. A role set after a
    /// comma, bar or dash ends the name there, unless another writer follows it ("and"); one run on
    /// without a mark is the role noun and the known words before it ("Senior", "Staff").
    static func name(in byline: String) -> String? {
        // Byte gate: a name and a role are three words or more.
        guard byline.utf8.count >= 10, byline.utf8.count <= 160 else { return nil }
        // With no comma and no mark's byte ("|", "-", the dashes' and "·"'s lead bytes) only the
        // last word can be the role: most lines asked (headlines, short paragraphs) end here unsplit.
        if !byline.utf8.contains(where: { $0 == 0x2C || $0 == 0x7C || $0 == 0x2D || $0 == 0xE2 || $0 == 0xC2 }) {
            guard let last = lastWord(of: byline), isRole(last), last.first?.isUppercase == true else { return nil }
        }
        var words = byline.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 3 else { return nil }
        // A mark after the name: "Name Surname, role ...".
        if let cut = words.firstIndex(where: { $0.last == "," || isMark($0) }), cut >= 1 {
            var name: [Substring] = []
            for word in words[...cut] where !isMark(word) {
                let bare: Substring = word.last == "," ? word.dropLast() : word
                if !bare.isEmpty { name.append(bare) }
            }
            let tail = words[(cut + 1)...]
            guard (2...4).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }),
                  tail.count <= 6, tail.contains(where: isRole),
                  !tail.indices.contains(where: { joinsWriter(tail, at: $0) }) else { return nil }
            return name.joined(separator: " ")
        }
        // No mark: the role noun closes the line, its modifiers before it.
        guard let last = words.last, isRole(last), last.first?.isUppercase == true else { return nil }
        words.removeLast()
        while let word = words.last, modifiers.contains(word.lowercased()) { words.removeLast() }
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return words.joined(separator: " ")
    }
}
