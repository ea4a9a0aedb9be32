import Foundation
import Testing
@testable import ReaderModel

/// The rules the seventh batch of unseen pages (`UnseenPageFixtureTests`: Hungarian, Czech,
/// Romanian, Finnish, Swedish, Bulgarian, Gujarati, Nepali, a 2005 blog) called for. All text is
/// invented.
@Suite struct UnseenSeventhBatchRulesTests: TextPageCleaning {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Реклама", NoiseReason.advertisement), ("Прочетете още: В града отвориха нов парк", .related),
        ("Коментари (3)", .comments), ("© 2025 Примерен вестник. Всички права запазени.", .navigation),
        ("Сподели", .social),
        ("જાહેરાત", .advertisement), ("આ પણ વાંચો: શહેરમાં નવો બગીચો ખુલ્યો", .related), ("પ્રતિભાવ (2)", .comments),
        ("© 2025 ઉદાહરણ સમાચાર. સર્વાધિકાર સુરક્ષિત.", .navigation), ("શેર કરો", .social),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares a word with those labels stays prose.
    @Test(arguments: [
        "Общината обяви, че ще сподели резултатите от проучването с жителите в края на месеца.",
        "ગામના લોકોએ આપેલા પ્રતિભાવ પછી અધિકારીઓએ આવતા વર્ષે વધુ ભંડોળ આપવાની ખાતરી આપી.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Month names, the Hungarian year-first date, byline labels

    @Test(arguments: [
        ("12. května 2025 14:05", "2025-05-12T14:05"), ("1. září 2024", "2024-09-01"), ("3. ledna 2025", "2025-01-03"),
        ("3 iunie 2025, 08:15", "2025-06-03T08:15"), ("9 octombrie 2024", "2024-10-09"),
        ("2025. április 8. 09:40", "2025-04-08T09:40"), ("2024. október 24.", "2024-10-24"),
        ("22 юли 2025, 16:10", "2025-07-22T16:10"), ("5 февруари 2024", "2024-02-05"),
        ("17. huhtikuuta 2025", "2025-04-17"), ("5 maj 2024", "2024-05-05"), ("14 augusti 2025", "2025-08-14"),
        // Finnish partitives of eleven letters; Hungarian names spelt as the English ones, in lower case.
        ("12. maaliskuuta 2025", "2025-03-12"), ("30. marraskuuta 2024", "2024-11-30"),
        ("2024. november 12.", "2024-11-12"), ("2025. december 3. 10:20", "2025-12-03T10:20"),
    ])
    func monthsOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    /// A year and a full stop open a date only before a month's name of another language and a day.
    @Test(arguments: ["2025. Május volt a legjobb", "1998. The year it began", "2024. április végén"])
    func yearFirstNeedsMonthAndDay(text: String) {
        #expect(DateNormalizer.iso(text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("Szerző: Tóth Réka", "Tóth Réka"), ("Teksti: Mikko Heikkinen", "Mikko Heikkinen"),
        ("અહેવાલ: કિરણ પટેલ", "કિરણ પટેલ"),
    ])
    func bylineLabelsOfTheAddedLanguages(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    /// A Latin "Autor:" or "Text:" line names its author in a text copy too, and the name stops at
    /// the "published" word of its language.
    @Test(arguments: [
        ("Autor: Petra Svobodová", "Petra Svobodová"), ("Autor: Andrei Mureșan", "Andrei Mureșan"),
        ("Text: Karin Lindqvist Publicerad 24 juni 2025 kl. 07.45", "Karin Lindqvist"),
        ("Teksti: Mikko Heikkinen Julkaistu 17.6.2025", "Mikko Heikkinen"),
    ])
    func latinLabelLinesNameTheAuthor(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    // MARK: Speech opened by a dash

    static let head = ["Etusivu", "Uutiset", "Kotimaa", "", "Satama sai takaisin vanhan nosturinsa", "",
                       "Teksti: Liisa Rantanen", "3.9.2025 klo 8.15", ""]
    static let story = [
        "Sataman vanha höyrynosturi purettiin kolmekymmentä vuotta sitten, ja sen osat makasivat varikon takana ruostumassa. Nyt joukko eläkkeellä olevia koneenasentajia on koonnut sen uudelleen.",
        "Työ kesti kaksi kesää, ja puuttuvat osat tehtiin paikallisen ammattikoulun verstaalla. Kaupunki maksoi maalauksen ja uuden perustuksen.",
    ]
    static let speech = "– Halusimme, että lapsenlapset näkevät, millä tämä kaupunki aikanaan elätti itsensä, sanoo yksi asentajista."

    @Test func speechUnderAReadAlsoLineStaysInTheStory() {
        let doc = clean(Self.head + [Self.story[0], "", Self.story[1], "", "Lue myös: Vanha satamamakasiini muuttuu kirjastoksi", "",
                                     Self.speech, "", "Kommentit (2)", "Kirjoita kommentti"])
        #expect(doc.paragraphs == Self.story + [Self.speech])
        #expect(doc.evidence(of: Self.speech).contains(QuotationDashParagraph.evidence))
    }

    /// Dash-bulleted headlines under a "read also" header are still its teasers.
    @Test func dashBulletedHeadlinesAreStillTeasers() {
        let doc = clean(Self.head + [Self.story[0], "", Self.story[1], "", "Lue myös", "",
                                     "– Vanha satamamakasiini muuttuu kirjastoksi", "– Lossi liikennöi taas ensi kesänä",
                                     "", "Kommentit (2)", "Kirjoita kommentti"])
        #expect(doc.paragraphs == Self.story)
    }
}
