/// Names that mean the same thing though no spelling rule joins them: acronyms and their expansions
/// ("NATO" / "North Atlantic Treaty Organization", "U.S." / "United States") and exonym pairs
/// ("Kiev" / "Kyiv"). Works on `Transliteration.nameKey` keys.
public enum AliasResolver {
    /// The key a name is merged under: its table entry's canonical key, else its own key.
    public static func canonicalKey(_ name: String) -> String {
        let key = Transliteration.nameKey(name)
        return table[key] ?? key
    }

    /// Initials of a multi-word name, skipping joiners ("North Atlantic Treaty Organization" → "NATO");
    /// nil for one-word names.
    public static func initials(_ name: String) -> String? {
        let words = name.split(separator: " ").filter { !skipped.contains($0.lowercased()) }
        guard words.count >= 2 else { return nil }
        return String(words.compactMap { $0.first?.uppercased() }.joined())
    }

    /// The ways an acronym may spell a multi-word name: its `initials`, the initials of every word
    /// ("Bank of England" → "BOE") and of hyphenated parts too ("Co-operation" → "CO"); empty for one word.
    public static func initialsVariants(_ name: String) -> Set<String> {
        guard let first = initials(name) else { return [] }
        var result: Set<String> = [first]
        let words = name.split(separator: " ")
        result.insert(String(words.compactMap { $0.first?.uppercased() }.joined()))
        let parts = words.filter { !skipped.contains($0.lowercased()) }.flatMap { $0.split(separator: "-") }
        result.insert(String(parts.compactMap { $0.first?.uppercased() }.joined()))
        return result.filter { $0.count >= 2 }
    }

    /// The letters of an acronym ("U.S." → "US", "NATO" → "NATO"); nil when `name` is not one.
    public static func acronymLetters(_ name: String) -> String? {
        let letters = name.filter { $0 != "." }
        guard letters.count >= 2, letters.count <= 7, letters.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        return letters
    }

    private static let skipped: Set<String> = ["of", "the", "and", "for", "on", "in", "de", "&"]

    /// Well-known pairs; keys are `Transliteration.nameKey` forms, values the canonical key.
    static let table: [String: String] = {
        let groups: [[String]] = [
            ["United States", "US", "U.S.", "USA", "U.S.A.", "United States of America"],
            ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
            ["European Union", "EU", "E.U."],
            ["United Nations", "UN", "U.N."],
            ["North Atlantic Treaty Organization", "NATO", "North Atlantic Treaty Organisation", "OTAN"],
            ["United Arab Emirates", "UAE", "U.A.E."],
            ["Soviet Union", "USSR", "U.S.S.R."],
            ["International Monetary Fund", "IMF"],
            ["World Health Organization", "WHO"],
            ["Federal Bureau of Investigation", "FBI"],
            ["Central Intelligence Agency", "CIA"],
            ["Federal Reserve", "Fed", "US Federal Reserve"], ["European Central Bank", "ECB"],
            ["Kyiv", "Kiev"], ["Odesa", "Odessa"], ["Kharkiv", "Kharkov"], ["Lviv", "Lvov", "Lwow"],
            ["Mykolaiv", "Nikolaev", "Nikolayev"], ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"],
            ["Dnipro", "Dnepr", "Dnipropetrovsk"], ["Chernihiv", "Chernigov"], ["Luhansk", "Lugansk"],
            ["Donbas", "Donbass"], ["Beijing", "Peking"], ["Mumbai", "Bombay"], ["Kolkata", "Calcutta"],
            ["Chennai", "Madras"], ["Myanmar", "Burma"], ["Belarus", "Byelorussia"], ["Moldova", "Moldavia"],
            ["Vilnius", "Vilna"], ["Turkey", "Turkiye", "Türkiye"], ["Czech Republic", "Czechia"],
            ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
        ]
        var table: [String: String] = [:]
        for group in groups {
            let canonical = Transliteration.nameKey(group[0])
            for name in group.dropFirst() { table[Transliteration.nameKey(name)] = canonical }
        }
        return table
    }()
}
