import Foundation
import Testing
@testable import ReaderModel

/// The vocabulary the thirteenth batch of unseen pages (`UnseenPageFixtureTests`: N'Ko, Santali,
/// Bashkir, Scottish Gaelic, Kurmanji Kurdish, Maori, Faroese, Breton, Oromo, Samoan) called for.
/// All text is invented.
@Suite struct UnseenThirteenthBatchRulesTests {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("ߥߋߟߋߥߋߟߋߟߌ", NoiseReason.advertisement), ("ߊ ߞߊߟߊߣ ߝߊߣߊ: ߛߎߜߎ ߞߎߙߊ ߘߊߦߍߟߍߟߊ ߘߎߜߎ ߞߐߣߐ", .related),
        ("ᱵᱤᱡᱱᱟᱯᱚᱱ", .advertisement), ("ᱱᱚᱟ ᱦᱳ ᱯᱟᱲᱟᱚᱮᱢ: ᱟᱛᱩ ᱨᱮ ᱱᱟᱣᱟ ᱦᱟᱴ", .related),
        ("Реклама", .advertisement), ("Шулай уҡ уҡығыҙ: Ҡалала яңы баҡса асылды", .related),
        ("Sanas", .advertisement), ("Leugh cuideachd: Pàirc ùr sa bhaile mhòr", .related),
        ("Reklam", .advertisement), ("Herwiha bixwînin: Li bajêr parkeke nû vebû", .related),
        ("Pānui hokohoko", .advertisement), ("Pānuitia hoki: He papa rēhia hou i te tāone", .related),
        ("Lýsing", .advertisement), ("Les eisini: Nýggjur urtagarður í býnum", .related),
        ("Bruderezh", .advertisement), ("Lenn ivez: Ur park nevez e kreiz-kêr", .related),
        ("Beeksisa", .advertisement), ("Kana illee dubbisaa: Magaalaan paarkii haaraa banatte", .related),
        ("Faʻasalalauga", .advertisement), ("Faitau foʻi: Ua tatalaina se paka fou i le taulaga", .related),
        ("ߤߊߞߌߟߌߣߊߥ (߅)", .comments), ("ᱢᱳᱛᱟᱢᱳᱛ (᱕)", .comments), ("Фекерҙәр (5)", .comments),
        ("Beachdan (5)", .comments), ("Şîrove (5)", .comments), ("Ngā whakaaro (5)", .comments),
        ("Viðmerkingar (5)", .comments), ("Evezhiadennoù (5)", .comments), ("Yaadota (5)", .comments),
        ("Manatu (5)", .comments),
        ("© 2025 Gach còir glèidhte.", .navigation), ("© 2025 Hemû maf parastî ne.", .navigation),
        ("© 2025 Kua rāhuitia ngā mana katoa.", .navigation), ("© 2025 Holl wirioù miret.", .navigation),
        ("© 2025 Mirgi hundi seeraan eegamaadha.", .navigation), ("© 2025 Ua puipuia aiā tatau uma.", .navigation),
        ("© 2025 Бөтә хоҡуҡтар ҙа яҡланған.", .navigation), ("© 2025 Øll rættindi verða hildin.", .navigation),
        ("Ùine leughaidh: 4 mionaidean", .banner), ("Wā pānui: 5 meneti", .banner), ("Yeroo dubbisuu: daqiiqaa 4", .banner),
        ("Dema xwendinê: 4 deqîqe", .banner), ("Amzer lenn: 4 munutenn", .banner),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares words with those labels stays prose: Maori "whakaaro" ("thought"), Samoan
    /// "manatu" ("think") and "tali" ("answer"), Gaelic "lorg" ("search") and "sanas" ("notice").
    @Test(arguments: [
        "Ko te whakaaro o te komiti kia oti te huarahi i mua i te hōtoke, hei painga mō ngā tamariki.",
        "Ua manatu le komiti e mafai ona toe faʻaleleia le auala aʻo leʻi oʻo mai le vaitau o timuga.",
        "Bha iad a' lorg fiodh airson na drochaid fad a' gheamhraidh, agus chuir iad sanas suas anns a' bhùth.",
        "Koreen yaada hawaasaa dhaggeeffachuun karaa haaraa ijaaruuf murteesse, jedhan jiraattonni.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Dates

    @Test(arguments: [
        ("߁߄ ߎߕߌߞߊߟߏ ߂߀߂߅", "2025-08-14"), ("߃ ߘߋߛߊߣߓߎߙߎߞߊߟߏ ߂߀߂߄", "2024-12-03"),
        ("᱑᱔ ᱟᱜᱚᱥᱴ ᱒᱐᱒᱕", "2025-08-14"), ("᱓ ᱰᱤᱥᱮᱢᱵᱟᱨ ᱒᱐᱒᱔", "2024-12-03"),
        ("14 ғинуар 2025", "2025-01-14"),
        ("14 Lùnastal 2025, 10:30", "2025-08-14T10:30"), ("3 Dùbhlachd 2024", "2024-12-03"),
        ("14 Tebax 2025", "2025-08-14"), ("3 Kanûn 2024", "2024-12-03"),
        ("14 Hereturikōkā 2025, 10:30", "2025-08-14T10:30"), ("3 Paengawhāwhā 2024", "2024-04-03"),
        ("5 Ākuhata 2024", "2024-08-05"),
        ("14 Eost 2025", "2025-08-14"), ("3 Kerzu 2024", "2024-12-03"),
        ("14 Hagayya 2025", "2025-08-14"), ("3 Onkoloolessa 2024", "2024-10-03"),
        ("14 Aokuso 2025", "2025-08-14"), ("3 Tesema 2024", "2024-12-03"),
    ])
    func datesOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text)?.hasPrefix(iso) == true, "\(text): \(DateNormalizer.iso(text) ?? "nil")")
    }

    /// Samoan "Mati" and "Me", Breton "Mae", "Here" and "Du", and Santali "ᱢᱮ" are ordinary words
    /// of these or other languages: none is a month here (Maori "Mei" is Dutch's May, read already).
    @Test(arguments: ["mati", "me", "mae", "here", "du", "ᱢᱮ"])
    func wordsLeftOutAreNoMonths(word: String) {
        #expect(MonthNames.entry(word) == nil, "\(word)")
    }

    // MARK: Byline labels

    @Test(arguments: [
        ("Ùghdar: Seonag NicLeòid", "Seonag NicLeòid"), ("Nivîskar: Rojda Aydin", "Rojda Aydin"),
        ("Kaituhi: Aroha Ngata", "Aroha Ngata"), ("Høvundur: Rannvá Joensen", "Rannvá Joensen"),
        ("Skrivet gant: Maïwenn Le Gall", "Maïwenn Le Gall"), ("Barreessaa: Caaltuu Tolaa", "Caaltuu Tolaa"),
        ("Tusitala: Losa Faʻalogo", "Losa Faʻalogo"),
    ])
    func latinBylineLabels(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    @Test(arguments: [
        ("ߛߍߓߍߣߓߊߜߊ: ߝߊߣߕߊ ߞߋߦߌߕߊ", "ߝߊߣߕߊ ߞߋߦߌߕߊ"), ("ᱚᱞᱤᱪᱷᱚ: ᱥᱳᱱᱟᱢᱚᱱᱤ ᱦᱟᱥᱫᱟ", "ᱥᱳᱱᱟᱢᱚᱱᱤ ᱦᱟᱥᱫᱟ"),
    ])
    func otherScriptBylineLabels(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    // MARK: Photo credits

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
    }

    @Test(arguments: [
        "ߛߍߣߍߞߍߟߊߥ ߓߍ ߞߊߓߊ ߕߌߜߍ. ߖߊ: ߡߎߛߊ ߕߊߙߊߥߋߟߋ",
        "ᱪᱟᱥᱟᱠᱚ ᱫᱷᱟᱱ ᱦᱟᱨᱟᱜ ᱠᱟᱱᱟ᱾ ᱪᱤᱛᱟᱹᱨ: ᱨᱟᱡᱩ ᱢᱟᱨᱬᱰᱤ",
        "Tuathanaich a' buain an arbhair. Dealbh: Iain Caimbeul",
        "Cotkar genim didirûn. Wêne: Azad Kaya",
        "Ko ngā kaiahuwhenua e kohi ana i te kānga. Whakaahua: Hēmi Pōmare",
        "Bøndur heysta korn á bøinum. Mynd: Súni Olsen",
        "Al labourerien-douar o vediñ ed. Luc'hskeudenn: Erwan Morvan",
        "Qonnaan bultoonni midhaan walitti qabaa jiru. Suuraa: Lammii Fayyisaa",
        "O loʻo seleseleina e faifaatoʻaga le saga. Ata: Sione Tuilagi",
    ])
    func creditsOfTheAddedLanguagesCloseACaption(text: String) {
        #expect(CaptionDetector.isCaption(Self.line(text)), "\(text)")
    }

    // MARK: Ol Chiki

    /// The mucaad closes a Santali sentence, as the full stop does an English one, so a Santali
    /// paragraph reads as prose.
    @Test func olChikiFullStopEndsASentence() {
        #expect(ScriptProfile.isUnspacedSentenceEnd("᱾"))
        #expect(ScriptProfile.isUnspacedSentenceEnd("᱿"))
    }

    /// An Ol Chiki letter (three UTF-8 bytes) counts once, as a Devanagari or Khmer one does.
    @Test func olChikiLettersCountOnce() {
        let santali = "ᱱᱚᱟ ᱦᱳ ᱯᱟᱲᱟᱚᱮᱢ: ᱟᱛᱩ ᱨᱮ ᱱᱟᱣᱟ ᱤᱥᱠᱩᱞ ᱡᱷᱤᱡᱮᱛᱹᱮᱱᱟ"
        #expect(ScriptNeutralLength.of(santali, bytes: santali.utf8.count, limit: 10) == santali.unicodeScalars.count)
    }
}
