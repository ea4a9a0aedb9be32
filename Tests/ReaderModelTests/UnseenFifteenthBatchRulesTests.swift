import Foundation
import Testing
@testable import ReaderModel

/// What the fifteenth batch of unseen pages called for: Cherokee (the syllabary), Fulfulde in Adlam
/// (right to left, outside the Basic Multilingual Plane), Manipuri in Meetei Mayek, Quechua and Wolof
/// (`UnseenPageFixtureTests`), and pages of earlier years in languages already covered: a 2005 Korean
/// blog, a 2009 Arabic news page with a ticker, a 2012 Greek page, a 2016 Turkish AMP page
/// (`UnseenLegacyCharsetPageTests`, `UnseenPageFixtureTests`). All text is invented.
@Suite struct UnseenFifteenthBatchRulesTests {
    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("ᎤᏂᎦᏗᎦ", NoiseReason.advertisement), ("ᎠᎴ ᏃᏊ ᎦᎾᏅᏍᏗ: ᎠᏤᎢ ᎦᏚᎲᎢ", .related),
        ("𞤔𞤫𞥅𞤴𞤲𞤺𞤮𞤤", .advertisement), ("𞤚𞤢𞤪𞤵 𞤳𞤢𞤣𞤭: 𞤂𞤵𞥅𞤥𞤮 𞤳𞤫𞤧𞤮 𞤫 𞤱𞤵𞤪𞤮", .related),
        ("ꯈꯡꯖꯤꯅꯕ", .advertisement), ("ꯑꯃꯨꯛ ꯄꯕ: ꯈꯨꯡꯒꯡꯗ ꯑꯅꯧꯕ ꯀꯩꯊꯦꯜ", .related),
        ("Willachiy", .advertisement), ("Kaytapas ñawinchay: Musuq qhatu llaqtapi", .related),
        ("Yëgle", .advertisement), ("Jàngal it: Marse bu bees ci dëkk bi", .related),
        ("ᎤᏂᏬᏂᏍᎬ (5)", .comments), ("𞤃𞤭𞥅𞤶𞤮𞥅𞤶𞤭 (5)", .comments), ("ꯋꯈꯜ (꯵)", .comments),
        ("Rimanakuykuna (5)", .comments), ("Xalaat yi (5)", .comments),
        ("© 2025 ᎾᏍᎩ ᎣᎦᏟᏍᏓᏅ.", .navigation), ("© 2025 𞤖𞤢𞤳𞥆𞤫𞥅𞤶𞤭 𞤬𞤮𞤬 𞤳𞤮 𞤪𞤫𞥅𞤲𞤼𞤢𞥄𞤯𞤭.", .navigation),
        ("© 2025 ꯍꯛ ꯄꯨꯝꯅꯃꯛ ꯉꯛꯁꯤꯜꯂꯦ꯫", .navigation), ("© 2025 Tukuy hayñinkuna waqaychasqa.", .navigation),
        ("© 2025 Sañ-sañ yépp aaru nañu.", .navigation),
        ("ᎦᎾᏅᏍᏗ: 4 ᎢᏳᏩᏂᏔ", .banner), ("𞤅𞤢𞤸𞤢 𞤼𞤢𞤪𞤮: 𞤸𞤮𞤶𞤮𞤥𞤢𞥄𞤶𞤭 4", .banner), ("ꯄꯕ ꯃꯇꯝ: ꯃꯤꯅꯤꯠ ꯴", .banner),
        ("Ñawinchana pacha: 4 minutu", .banner), ("Jamono jàng: 4 simili", .banner),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares words with those labels stays prose: Cherokee "ᎯᎧᏔ" ("look"), Fulfulde
    /// "𞤴𞤭𞤴𞤤𞤮" ("search"), Manipuri "ꯋꯈꯜ" ("thought") and "ꯊꯤꯕ" ("search"), Quechua "maskay" and
    /// "kutichiy", Wolof "seet" and "tontu".
    @Test(arguments: [
        "ᏗᏂᏲᏟ ᎯᎧᏔ ᎠᎹ ᎡᏆᏂ, ᎠᏃ ᎤᏂᏣᏁᎸ ᎣᏍᏓ.",
        "𞤅𞤵𞤳𞤢𞥄𞤩𞤫 𞤩𞤫𞥅 𞤯𞤮𞤲 𞤴𞤭𞤴𞤤𞤮𞥅 𞤳𞤢𞥄𞤰𞤫 𞤫 𞤷𞤢𞥄𞤲𞤺𞤮𞤤, 𞤩𞤫 𞤲𞤺𞤢𞤣𞥆𞤢𞤼𞤢 𞤯𞤫 𞤼𞤮 𞤧𞤵𞥅𞤣𞤵.",
        "ꯃꯆꯁꯤꯡꯅ ꯄꯨꯈ꯭ꯔꯤ ꯒꯤ ꯋꯈꯜ ꯊꯤꯕ ꯉꯝꯗꯦ, ꯃꯈꯣꯑꯤꯅ ꯈꯣꯡꯆꯠ ꯇꯧꯔꯤ꯫",
        "Wawakunaqa mayu patapi rumikunata maskanku, hinaspa yachachiqta kutichinku.",
        "Xale yi dañuy seet ay doj ci tefes gi, te dañu ko tontu ndongo yi.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    /// The blog furniture of a 2005 Korean post and the ticker of a 2009 Arabic news page.
    @Test(arguments: [
        ("태그 : 목욕탕, 골목, 동네", NoiseReason.navigation), ("트랙백 (1) | 덧글 (3) | 인쇄 | 스크랩", .comments),
        ("엮인글 주소 : http://blog.example/trackback/12", .comments), ("최근에 달린 덧글", .related), ("방명록", .navigation),
        ("عاجل: ارتفاع أسعار الخضار *** افتتاح معرض الكتاب", .feed), ("أرسل لصديق", .social),
        ("التعليقات المنشورة تعبر عن رأي أصحابها فقط.", .comments),
    ])
    func eraFurniture(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    // MARK: Dates

    @Test(arguments: [
        ("ᎦᎶᏂ 14, 2025, 10:30", "2025-08-14T10:30"), ("ᎥᏍᎩᏱ 3, 2024", "2024-12-03"),
        ("14 𞤶𞤵𞤳𞤮 2025, 10:30", "2025-08-14T10:30"), ("3 𞤦𞤮𞤱𞤼𞤫 2024", "2024-12-03"),
        ("14 ꯑꯣꯒꯁ꯭ꯠ 2025, 10:30", "2025-08-14T10:30"), ("3 ꯗꯤꯁꯦꯝꯕꯔ 2024", "2024-12-03"),
        ("14 Sullet 2025, 10:30", "2025-07-14T10:30"), ("3 desàmbar 2024", "2024-12-03"),
    ])
    func datesOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text)?.hasPrefix(iso) == true, "\(text): \(DateNormalizer.iso(text) ?? "nil")")
    }

    /// Wolof "me" (May) and "ut" (August) and Manipuri "ꯃꯦ" are words too: no month here.
    @Test func shortNamesAreLeftOut() {
        #expect(MonthNames.entry("ꯃꯦ") == nil)
        #expect(MonthNames.entry("ut") == nil)
    }

    // MARK: Byline labels

    @Test(arguments: [("Qillqaq: Rosa Mamani", "Rosa Mamani"), ("Bindkat: Awa Ndiaye", "Awa Ndiaye")])
    func latinBylineLabels(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    @Test(arguments: [
        ("ᎤᏬᏪᎳᏅᎯ: ᎫᏬᎯ ᏧᏩᎵ", "ᎫᏬᎯ ᏧᏩᎵ"), ("𞤄𞤭𞤲𞥆𞤣𞤮𞥅𞤱𞤮: 𞤀𞤥𞤭𞤲𞤢𞤼𞤢 𞤄𞤢𞤸", "𞤀𞤥𞤭𞤲𞤢𞤼𞤢 𞤄𞤢𞤸"),
        ("ꯏꯕꯕ: ꯅꯑꯣꯔꯦꯝ ꯊꯣꯑꯤꯕꯤ", "ꯅꯑꯣꯔꯦꯝ ꯊꯣꯑꯤꯕꯤ"),
        // A Greek weekday, capitalised like a name, opens the date after the writer's name.
        ("Γράφτηκε από τον Νίκο Παπαδόπουλο Τρίτη, 15 Μαΐου 2012 14:20", "Νίκο Παπαδόπουλο"),
    ])
    func otherScriptBylineLabels(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    // MARK: Photo credits

    @Test(arguments: [
        "ᎠᏂᏍᏓᏯᎯ ᎠᏢᏓᏗ ᎤᏂᏏᏛ. ᏗᏟᎶᏍᏔᏅ: ᏍᏗᏆᏗ ᎠᏂᏣᎶ",
        "𞤏𞤢𞤤𞥆𞤭𞤼𞤮𞥅𞤩𞤫 𞤯𞤮𞤲 𞤲𞤺𞤢𞤣𞥆𞤢 𞤤𞤫𞤯𞥆𞤫. 𞤐𞤢𞤼𞤢𞤤: 𞤋𞤦𞤪𞤢𞤸𞤭𞤥𞤢 𞤅𞤮𞤱",
        "ꯊꯧꯔꯝ ꯇꯧꯕ ꯃꯤꯁꯤꯡꯅ ꯎꯄꯜ ꯊꯕ꯫ ꯐꯣꯇꯣ: ꯇꯣꯝꯕ ꯃꯩꯇꯩ",
        "Yanapaqkuna rumikunata apachkanku. Rikch'a: Pedro Huamán",
        "Ñi ñuy jàppale di yeb ay doj. Nataal: Ibrahima Fall",
    ])
    func creditsOfTheAddedLanguagesCloseACaption(text: String) {
        #expect(CaptionDetector.isCaption(UnseenFourteenthBatchRulesTests.line(text)), "\(text)")
    }

    // MARK: Adlam and Meetei Mayek

    /// Adlam letters (U+1E900-1E943, four UTF-8 bytes) are letters of words, capitals folded to small
    /// letters, with the vowel lengthener and gemination mark inside the word; they were read as
    /// emoji, so a Fulfulde line had no words and the story was dropped.
    @Test func adlamLettersMakeWords() {
        #expect(WordTokenizer.tokens("𞤒𞤭𞤥𞤩𞤫 𞤱𞤵𞤪𞤮 𞤲𞤺𞤮𞥅").words == ["𞤴𞤭𞤥𞤩𞤫", "𞤱𞤵𞤪𞤮", "𞤲𞤺𞤮𞥅"])
        #expect(WordTokenizer.tokens("𞤩𞤵𞤲𞥆𞤣𞤵 𞥒𞥐𞥒𞥕").words == ["𞤩𞤵𞤲𞥆𞤣𞤵", "𞥒𞥐𞥒𞥕"])
    }

    /// The mark that opens an Adlam question (U+1E95F) parts words, as punctuation does.
    @Test func adlamOpeningQuestionMarkPartsWords() {
        #expect(WordTokenizer.tokens("𞥟𞤸𞤮𞤲𞤢 𞤱𞤮𞤲𞤢?").words == ["𞤸𞤮𞤲𞤢", "𞤱𞤮𞤲𞤢"])
    }

    /// Meetei Mayek's cheikhei ꯫ (its full stop) parts words and closes a sentence.
    @Test func meeteiFullStopPartsWordsAndEndsASentence() {
        #expect(WordTokenizer.tokens("ꯄꯨꯈ꯭ꯔꯤ ꯁꯦꯝꯃꯤ꯫ꯃꯈꯣꯢ").words == ["ꯄꯨꯈ꯭ꯔꯤ", "ꯁꯦꯝꯃꯤ", "ꯃꯈꯣꯢ"])
        #expect(ScriptProfile.isUnspacedSentenceEnd("꯫"))
    }

    /// An Adlam letter (four UTF-8 bytes) and a Meetei Mayek letter or sign (three) count once, as
    /// a Latin letter does.
    @Test func adlamAndMeeteiLettersCountOnce() {
        for text in ["𞤅𞤵𞤳𞤢𞥄𞤩𞤫 𞤩𞤫𞥅 𞤯𞤮𞤲 𞤴𞤭𞤴𞤤𞤮𞥅 𞤳𞤢𞥄𞤰𞤫 𞤫 𞤷𞤢𞥄𞤲𞤺𞤮𞤤", "ꯃꯆꯁꯤꯡꯅ ꯄꯨꯈ꯭ꯔꯤ ꯒꯤ ꯋꯈꯜ ꯊꯤꯕ ꯉꯝꯗꯦ"] {
            #expect(ScriptNeutralLength.of(text, bytes: text.utf8.count, limit: 10) == text.unicodeScalars.count, "\(text)")
        }
    }

    /// Other scripts keep their lengths: the byte walk was rewritten around the lead byte before
    /// each continuation byte.
    @Test(arguments: [
        ("Ирина Соколова", 14), ("पहाड़ी गांव", 11), ("ᱟᱛᱩ ᱦᱚᱲᱠᱚ", 9), ("ⵜⵉⵇⵏⵟⵔⵜ ⴳ", 9), ("ማኅበር ንብ", 13),
        ("ᓄᓇᓕᒻᒥᐅᑦ", 14), ("산골 마을", 13), ("A 😀 b", 8),
    ])
    func otherScriptsKeepTheirLengths(text: String, length: Int) {
        #expect(ScriptNeutralLength.of(text, bytes: text.utf8.count, limit: 1) == length, "\(text)")
    }
}
