/// Irish "Le" (by) before a writer's name: "Le Seán Ó Flaithearta". A French site's name opens
/// with "Le" and capitalised words too ("Le Courrier de la Vallée"), so "Le" counts as a label
/// only with evidence of Irish: the name holds an Irish surname particle ("Ó", "Ní", "Nic",
/// "Mac", "Uí") or a vowel French never writes with an acute ("á", "í", "ó", "ú"), or the date
/// beside it (on the line or the next) names an Irish month ("Le Eoin Kelly" over "14 Lúnasa 2025").
enum IrishBylineLabel {
    /// Why a "Le" line was read as a byline, for `--explain`.
    static let evidence = "byline: Irish \"Le\" (by) before a name that is spelt in Irish or beside an Irish date"

    /// The name after "Le" in `line` (two to five capitalised words or particles), or nil when the
    /// line is no such byline or shows no Irish; `next` is the line under it, read for an Irish date.
    static func name(in line: Substring, next: Substring? = nil) -> String? {
        // "Le " or "le ": the first bytes, before any Character is read.
        let bytes = line.utf8
        guard bytes.count > 6, bytes.count <= 120, let first = bytes.first, first | 0x20 == 0x6C else { return nil }
        var it = bytes.makeIterator()
        _ = it.next()
        guard it.next() == 0x65, it.next() == 0x20 else { return nil }
        let rest = line.dropFirst(3)
        var words = rest.split(separator: " ")
        // A date may run on after the name: the words up to the first one that opens with a digit.
        if let cut = words.firstIndex(where: { $0.first?.isNumber == true }) { words = Array(words[..<cut]) }
        while let last = words.last, last.last == "," || last.last == "|" || last.last == "·" {
            let trimmed = last.dropLast()
            if trimmed.isEmpty { words.removeLast() } else { words[words.count - 1] = trimmed; break }
        }
        guard (2...5).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true || MetadataPatterns.nameConnectors.contains($0.lowercased()) }),
              words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } }),
              !words.contains(where: { MetadataPatterns.bylineStopWords.contains($0.lowercased()) }) else { return nil }
        guard words.contains(where: isIrishWord) || holdsIrishDate(line) || next.map(holdsIrishDate) == true else { return nil }
        return words.joined(separator: " ")
    }

    /// Irish surname particles: "Ó" and "Ní" (of the family of), "Nic", "Mac", "Uí", "Mhic".
    static let particles: Set<String> = ["ó", "ní", "nic", "mac", "mhic", "uí"]

    /// A word spelt as Irish and not as French: a surname particle, or an acute on a, i, o or u.
    private static func isIrishWord(_ word: Substring) -> Bool {
        if particles.contains(word.lowercased()) { return true }
        return word.unicodeScalars.contains { "áíóúÁÍÓÚ".unicodeScalars.contains($0) }
    }

    /// A date whose month is named in Irish is written in `text`.
    private static func holdsIrishDate(_ text: Substring) -> Bool {
        guard text.utf8.count <= 120, text.contains(where: \.isNumber) else { return false }
        return text.split(whereSeparator: { $0 == " " || $0 == "," }).contains { MonthNames.irishNames.contains($0.lowercased()) }
            && DateNormalizer.iso(text) != nil
    }
}
