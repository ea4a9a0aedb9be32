/// A podcast or a show credits its host with a word for "with" before the name ("Con Lucía
/// Barreiro · 3 de abril", "With Sam Example", "Mit Anna Becker", "Avec Claire Dubois"): the word
/// belongs to the credit, and the byline is the name after it.
enum HostCreditPreposition {
    static let evidence = "byline: a host's credit, the word for \"with\" before the name left off"

    /// "with" in English, Spanish and Italian, German, French, Portuguese, Dutch, Catalan and the
    /// Scandinavian languages, as a credit opens with it (capitalised).
    static let words: Set<String> = ["With", "Con", "Mit", "Avec", "Com", "Met", "Amb", "Med"]

    /// The name after the preposition when `byline` opens with one and two or more capitalised
    /// words follow it (one alone may be the given name "Con"); nil otherwise.
    static func name(in byline: String) -> String? {
        // Byte gate: every preposition opens with one of these capitals.
        guard let first = byline.utf8.first, first == 0x57 || first == 0x43 || first == 0x4D || first == 0x41 else { return nil }
        let parts = byline.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 3, words.contains(String(parts[0])),
              parts.dropFirst().prefix(2).allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return parts.dropFirst().joined(separator: " ")
    }
}
