/// A staff or desk credit set where a writer's name would stand ("Staff Reporter", "Redacción",
/// "নিজস্ব প্রতিবেদক"), often with the place it was filed from after a comma ("Staff reporter,
/// Millbrook"). The comma and the lower-case role word keep such a line from reading as a bare name,
/// so it is known by its words: the credit is the byline, the place is not part of it.
enum DeskCredit {
    /// Why a desk credit was read as the byline, for `--explain`.
    static let evidence = "byline: a staff or desk credit under the headline (the place after its comma is where it was filed)"

    /// Credits, lower-case, of the languages whose pages print them in place of a name.
    static let credits: Set<String> = [
        "staff reporter", "staff writer", "staff correspondent", "our correspondent", "our reporter",
        "special correspondent", "our special correspondent", "news desk", "web desk", "online desk", "city desk",
        "redacción", "la redacción", "rédaction", "la rédaction", "redaktion", "redazione", "la redazione",
        "redação", "da redação", "redactie", "redakcja", "redakce", "redakcia", "редакция", "редакція",
        "haber merkezi", "tim redaksi", "redaksi",
        "নিজস্ব প্রতিবেদক", "নিজস্ব সংবাদদাতা", "স্টাফ রিপোর্টার", "विशेष संवाददाता", "संवाददाता", "स्टाफ रिपोर्टर",
        "نمائندہ خصوصی", "اسٹاف رپورٹر", "نامہ نگار",
    ]

    /// First words of the credits as pages set them (lower, capitalised, upper case): most lines are
    /// turned away by one lookup of their first word, before any lower-casing or splitting.
    static let firstWords: Set<Substring> = Set(credits.flatMap { credit -> [Substring] in
        let word = String(credit.prefix { $0 != " " })
        return [word, word.capitalized, word.uppercased()].map { Substring($0) }
    })

    /// The most words a credit has, and a place after it.
    static let maximumCreditWords = 3
    static let maximumPlaceWords = 3

    /// The credit of a line that holds a desk credit alone or followed by ", <place>"; nil otherwise.
    static func name(in line: Substring) -> String? {
        let text = line.trimmingOuterSpace()
        guard text.utf8.count <= 80, !text.isEmpty,
              firstWords.contains(text.prefix { $0 != " " && $0 != "," && $0 != "،" }) else { return nil }
        // A comma (ASCII or Arabic) ends the credit; the rest is the place.
        let comma = text.firstIndex(where: { $0 == "," || $0 == "،" })
        let credit = text[..<(comma ?? text.endIndex)].trimmingOuterSpace()
        let creditWords = credit.split(separator: " ")
        guard (1...maximumCreditWords).contains(creditWords.count),
              credits.contains(creditWords.joined(separator: " ").lowercased()) else { return nil }
        if let comma {
            let place = text[text.index(after: comma)...].trimmingOuterSpace()
            let placeWords = place.split(separator: " ")
            // A place: a few words, none opening in lower case but a particle ("Villaverde del Río"), no digit, no sentence.
            guard (1...maximumPlaceWords).contains(placeWords.count), placeWords[0].first?.isLowercase == false,
                  placeWords.allSatisfy({ $0.first?.isLowercase == false || MetadataPatterns.nameConnectors.contains($0.lowercased()) }),
                  !place.contains(where: { $0.isNumber || ".!?:|,;".contains($0) }) else { return nil }
        }
        return String(credit)
    }
}
