import Foundation
import Testing
@testable import ReaderModel

/// The vocabulary the eleventh batch of unseen pages (`UnseenPageFixtureTests`: Afrikaans, Uyghur,
/// Zulu, Maltese, Luxembourgish, Kyrgyz, Turkmen, Tatar, Kinyarwanda, Esperanto) called for.
/// All text is invented.
@Suite struct UnseenEleventhBatchRulesTests {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Advertensie", NoiseReason.advertisement), ("Verwante berigte", .related),
        ("ئېلان", .advertisement), ("بۇنىمۇ ئوقۇڭ: شەھەردە يېڭى باغچا ئېچىلدى", .related),
        ("Isikhangiso", .advertisement), ("Funda futhi: Abalimi bathola amanzi amasha", .related),
        ("Reklam", .advertisement), ("Aqra wkoll: Il-belt tiftaħ ġnien ġdid", .related),
        ("Reklamm", .advertisement), ("Liest och: D’Gemeng baut eng nei Schoul", .related),
        ("Ошондой эле окуңуз: Шаарда жаңы парк ачылды", .related),
        ("Mahabat", .advertisement), ("Şeýle hem okaň: Şäherde täze seýilgäh açyldy", .related),
        ("Шулай ук укыгыз: Шәһәрдә яңа парк ачылды", .related),
        ("Kwamamaza", .advertisement), ("Soma na none: Abahinzi babonye imbuto nshya", .related),
        ("Reklamo", .advertisement), ("Legu ankaŭ: La urbo malfermis novan parkon", .related),
        ("Kommentaar (5)", .comments), ("باھالار (5)", .comments), ("Amazwana (5)", .comments),
        ("Kummenti (5)", .comments), ("Комментарийлер (5)", .comments), ("Teswirler (5)", .comments),
        ("Фикерләр (5)", .comments), ("Ibitekerezo (5)", .comments), ("Komentoj (5)", .comments),
        ("© 2025 Die Noordkaap-Nuus. Alle regte voorbehou.", .navigation),
        ("© 2025 Uburenganzira bwose burabitswe.", .navigation), ("© 2025 Ĉiuj rajtoj rezervitaj.", .navigation),
        ("Leestyd: 4 minute", .banner), ("Isikhathi sokufunda: imizuzu emi-5", .banner),
        ("Окуу убактысы: 5 мүнөт", .banner),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares words with those labels stays prose.
    @Test(arguments: [
        "Die kinders lees ook graag oor die geskiedenis van die dorp, sê die onderwyser van graad vyf.",
        "Ni legu ankaŭ la malnovajn leterojn, diris la instruisto al la infanoj en la biblioteko.",
        "Il-kunsill lokali qal li se jagħti donazzjoni lill-għaqda biex tkompli x-xogħol fuq il-mitħna.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Dates

    @Test(arguments: [
        ("14 Augustus 2025, 10:30", "2025-08-14T10:30"), ("3 Februarie 2024", "2024-02-03"),
        ("14 Agasti 2025, 10:30", "2025-08-14T10:30"), ("5 Disemba 2024", "2024-12-05"),
        ("14 Awwissu 2025", "2025-08-14"), ("2 Diċembru 2024", "2024-12-02"),
        ("14. Mäerz 2025", "2025-03-14"), ("14 awgust 2025", "2025-08-14"), ("3 fewral 2024", "2024-02-03"),
        ("14 гыйнвар 2025", "2025-01-14"), ("14 Kanama 2025, 10:30", "2025-08-14T10:30"),
        ("1 Ukuboza 2024", "2024-12-01"), ("14 aŭgusto 2025, 10:30", "2025-08-14T10:30"),
        ("3 decembro 2024", "2024-12-03"), ("14 ئاۋغۇست 2025", "2025-08-14"),
    ])
    func datesOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text)?.hasPrefix(iso) == true, "\(text): \(DateNormalizer.iso(text) ?? "nil")")
    }

    /// Afrikaans "Junie" and "Julie" are given names too ("By Julie Marais"): they are no month.
    @Test func givenNamesAreNoMonths() {
        #expect(MonthNames.entry("Julie") == nil)
        #expect(MonthNames.entry("Junie") == nil)
    }

    // MARK: Byline labels

    @Test(arguments: [
        ("Deur Annelie Botha", "Annelie Botha"), ("Minn Maria Borg", "Maria Borg"),
        ("Yanditswe na Jean Bosco Habimana", "Jean Bosco Habimana"), ("Umbhali: Thandeka Mkhize", "Thandeka Mkhize"),
        ("Awtor: Merjen Annaýewa", "Merjen Annaýewa"), ("Aŭtoro: Klara Verda", "Klara Verda"),
        ("Auteur: Claudine Weber", "Claudine Weber"),
    ])
    func latinBylineLabels(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    /// Afrikaans "deur", Maltese "minn" and Kinyarwanda "yanditswe na" are words of prose too: only a
    /// line of label and name is a byline.
    @Test(arguments: [
        "Deur die droogte het baie boere hul vee verkoop.",
        "Minn hawn wieħed jista’ jara l-bajja kollha.",
        "Yanditswe na bamwe mu banyeshuri, igitabo cyasohotse uyu mwaka.",
    ])
    func proseLabelsNameOnlyOnTheirOwnLine(line: String) {
        #expect(MetadataPatterns.byline(in: line) == nil, "\(line)")
    }

    @Test func uyghurReporterLabel() {
        #expect(BylineLabels.name(in: "مۇخبىر: ئابدۇۋەلى تۇرسۇن") == "ئابدۇۋەلى تۇرسۇن")
    }

    // MARK: Photo credits

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
    }

    @Test(arguments: [
        "Ishuri rishya ryubatswe n’abaturage. Ifoto: Eric Nshimiyimana",
        "Abalimi bavuna umbila emasimini. Isithombe: Sipho Ndlovu",
        "Il-bdiewa jaħsdu l-qamħ fl-għalqa. Ritratt: Joseph Camilleri",
        "Балдар мектептин короосунда. Сүрөт: Нурлан Асанов",
        "Daýhanlar pagta ýygýarlar. Surat: Serdar Orazow",
        "بالىلار مەكتەپ ھويلىسىدا ئوينىماقتا. سۈرەت: مۇھەممەت ئىمىن",
    ])
    func creditsOfTheAddedLanguagesCloseACaption(text: String) {
        #expect(CaptionDetector.isCaption(Self.line(text)), "\(text)")
    }
}
