import Foundation
import Testing
@testable import ReaderModel

/// The vocabulary the fourteenth batch of unseen pages (`UnseenPageFixtureTests`: Western Frisian,
/// Romansh, Tongan, Guarani, Chechen, Syriac, Sesotho, Tamazight in Tifinagh) called for, and the
/// Tifinagh letters the word tokenizer now reads. All text is invented.
@Suite struct UnseenFourteenthBatchRulesTests {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Advertinsje", NoiseReason.advertisement), ("Lês ek: In nije park yn it doarp", .related),
        ("Reclama", .advertisement), ("Legia era: In nov parc en il vitg", .related),
        ("Tuʻuaki", .advertisement), ("Lau foki: Ko ha paka foʻou ʻi he kolo", .related),
        ("Ñemoherakuã", .advertisement), ("Emoñeʼẽ avei: Peteĩ ñemuha pyahu távape", .related),
        ("Реклама", .advertisement), ("Иштта еша: Юьртахь керла парк схьаеллира", .related),
        ("ܡܟܪܙܢܘܬܐ", .advertisement), ("ܩܪܝ ܐܦ: ܓܢܬܐ ܚܕܬܐ ܒܩܪܝܬܐ", .related),
        ("Papatso", .advertisement), ("Bala hape: Phaka e ntjha motseng", .related),
        ("ⵉⵛⵀⴰⵕ", .advertisement), ("ⵖⵔ ⴷⴰⵖ: ⵜⴰⵡⵔⵉⵔⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴳ ⵓⴷⵡⵡⴰⵔ", .related),
        ("Reaksjes (5)", .comments), ("Commentaris (5)", .comments), ("Ngaahi fakamatala (5)", .comments),
        ("Ñemongeta (5)", .comments), ("Комментареш (5)", .comments), ("ܦܘܫܩ̈ܐ (5)", .comments),
        ("Maikutlo (5)", .comments), ("ⵉⵡⵏⵏⴰⵏ (5)", .comments),
        ("© 2025 Alle rjochten foarbehâlden.", .navigation), ("© 2025 Tut ils dretgs reservads.", .navigation),
        ("© 2025 Kuo maluʻi ʻa e totonu kotoa pē.", .navigation), ("© 2025 Opaite derécho oñeñongatu.", .navigation),
        ("© 2025 Бакъонаш ларйина.", .navigation), ("© 2025 ܟܠ ܙܕܩ̈ܐ ܢܛܝܪ̈ܝܢ.", .navigation),
        ("© 2025 Ditokelo tsohle di sirelleditswe.", .navigation), ("© 2025 ⵉⵣⵔⴼⴰⵏ ⴰⴽⴽ ⵜⵜⵡⴰⵃⵔⴰⵣⵏ.", .navigation),
        ("Lêstiid: 4 minuten", .banner), ("Temp da lectura: 4 minutas", .banner), ("Taimi lau: miniti ʻe 4", .banner),
        ("Moñeʼẽ aravo: 4 aravoʼi", .banner), ("Ешаран хан: 4 минот", .banner), ("ܙܒܢܐ ܕܩܪܝܢܐ: 4 ܕܩܝܩ̈ܐ", .banner),
        ("Nako ya ho bala: metsotso e 4", .banner), ("ⴰⴽⵓⴷ ⵏ ⵜⵖⵓⵔⵉ: 4 ⵜⵓⵙⴷⵉⴷⵉⵏ", .banner),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares words with those labels stays prose: Frisian "sykje" ("search"), Tongan
    /// "fakamatala" ("explanation") and "tali" ("answer"), Sesotho "maikutlo" ("opinions") and "batla"
    /// ("want"), Guarani "heka" ("search"), Tamazight "ⴰⵔⵣⵓ" ("search").
    @Test(arguments: [
        "De bern sykje elke simmer nei âlde munten oan de igge fan de feart, en se fine der soms ien.",
        "Naʻe ʻoange ʻe he kōmiti ha fakamatala ki he kakai ʻo e kolo, pea naʻa nau tali lelei ia.",
        "Baahi ba re maikutlo a bona a bohlokwa, mme ba batla hore komiti e mamele pele e etsa qeto.",
        "Mitãnguéra oheka ita porã ysyry rembeʼýpe, ha upéi ogueraha hikuái mboʼehaópe.",
        "ⴰⵔ ⵜⵜⴰⵔⵣⵓⵏ ⵉⴼⵔⵅⴰⵏ ⴼ ⵉⵥⵔⴰⵏ ⵉⴳⴰⵏ ⵉⴼⵓⵍⴽⵉⵏ ⴳ ⵡⴰⵙⵉⴼ, ⴰⵔ ⵜⵏ ⵜⵜⴰⵡⵉⵏ ⵙ ⵜⵉⵏⵎⵍ.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Dates

    @Test(arguments: [
        ("3 desimber 2024, 10:30", "2024-12-03T10:30"), ("14 jannewaris 2025", "2025-01-14"),
        ("9 zercladur 2025, 10:30", "2025-06-09T10:30"), ("3 fanadur 2024", "2024-07-03"),
        ("14 ʻAokosi 2025, 10:30", "2025-08-14T10:30"), ("3 Tīsema 2024", "2024-12-03"),
        ("14 jasypoapy 2025", "2025-08-14"), ("3 jasypakõi 2024", "2024-12-03"),
        ("9 ܚܙܝܪܢ 2025", "2025-06-09"), ("3 ܐܝܠܘܠ 2024", "2024-09-03"),
        ("14 Phato 2025, 10:30", "2025-08-14T10:30"), ("3 Tshitwe 2024", "2024-12-03"),
        ("14 ⵢⵓⵍⵢⵓⵣ 2025, 10:30", "2025-07-14T10:30"), ("3 ⴷⵓⵊⴰⵏⴱⵉⵔ 2024", "2024-12-03"),
    ])
    func datesOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text)?.hasPrefix(iso) == true, "\(text): \(DateNormalizer.iso(text) ?? "nil")")
    }

    /// Tongan "Mē" (May) is the word "me" once a page drops its macron: no month here.
    @Test func tonganMayIsLeftOut() {
        #expect(MonthNames.entry("mē") == nil)
    }

    // MARK: Byline labels

    @Test(arguments: [
        ("Skriuwer: Sjoukje de Vries", "Sjoukje de Vries"), ("Autur: Flurina Caduff", "Flurina Caduff"),
        ("Tohi ʻe: Mele Taufa", "Mele Taufa"), ("Ohaíva: Nilda Aquino", "Nilda Aquino"),
        ("Mongodi: Palesa Mokoena", "Palesa Mokoena"),
    ])
    func latinBylineLabels(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    @Test(arguments: [
        ("ܣܦܪܐ: ܡܪܝܡ ܝܘܚܢܢ", "ܡܪܝܡ ܝܘܚܢܢ"), ("ⴰⵎⴰⵔⵓ: ⵜⵓⴷⵔⵜ ⴰⵢⵜ ⵄⵍⵉ", "ⵜⵓⴷⵔⵜ ⴰⵢⵜ ⵄⵍⵉ"),
    ])
    func otherScriptBylineLabels(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    // MARK: Photo credits

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
    }

    @Test(arguments: [
        "Voluntaris portan lain sur la punt. Fotografia: Gian Andri Cadonau",
        "Ko e kau tokoni ʻoku nau fua ʻa e papa. Fakatātā: Sione Fifita",
        "Pytyvõhára ogueraha yvyra. Taʼãnga: Ramón Benítez",
        "Волонтераш дечиг дохьуш. Сурт: Ислам Мусаев",
        "ܡܨܒܝܢ̈ܐ ܫܩܠܝܢ ܩܝܣ̈ܐ. ܨܘܪܬܐ: ܐܦܪܝܡ ܓܒܪܐܝܠ",
        "Baithaopi ba jara dikota. Setshwantsho: Thabo Mofokeng",
        "ⵉⵎⴷⴷⵓⴽⴽⴰⵍ ⴰⵔ ⵜⵜⴰⵙⵉⵏ ⴰⵙⵖⴰⵔ. ⵜⴰⵡⵍⴰⴼⵜ: ⵢⵉⴷⵉⵔ ⴰⵢⵜ ⴱⵔⴰⵀⵉⵎ",
    ])
    func creditsOfTheAddedLanguagesCloseACaption(text: String) {
        #expect(CaptionDetector.isCaption(Self.line(text)), "\(text)")
    }

    // MARK: Tifinagh

    /// Tifinagh letters (U+2D30-2D6F) are letters of words, as Latin ones are; they were read as
    /// punctuation, so a Tamazight line had no words and every line of a page was dropped.
    @Test func tifinaghLettersMakeWords() {
        let words = WordTokenizer.tokens("ⵜⵉⵇⵏⵟⵔⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴳ ⵓⴷⵡⵡⴰⵔ").words
        #expect(words == ["ⵜⵉⵇⵏⵟⵔⵜ", "ⵜⴰⵎⴰⵢⵏⵓⵜ", "ⴳ", "ⵓⴷⵡⵡⴰⵔ"])
    }

    /// The Tifinagh separator ⵰ (U+2D70) parts words, as a full stop does.
    @Test func tifinaghSeparatorPartsWords() {
        #expect(WordTokenizer.tokens("ⵜⵉⵏⵎⵍ⵰ⴰⵙⵉⴼ").words == ["ⵜⵉⵏⵎⵍ", "ⴰⵙⵉⴼ"])
    }

    /// A Tifinagh letter (three UTF-8 bytes) counts once, as a Latin one does.
    @Test func tifinaghLettersCountOnce() {
        let tamazight = "ⵜⵜⵢⴰⵕⵥⵎ ⵜⵉⵇⵏⵟⵔⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴳ ⵢⵓⵍⵢⵓⵣ, ⴰⵔ ⵣⴳⴳⵔⵏ ⵉⴼⵔⵅⴰⵏ ⴰⵙⵉⴼ"
        #expect(ScriptNeutralLength.of(tamazight, bytes: tamazight.utf8.count, limit: 10) == tamazight.unicodeScalars.count)
    }
}
