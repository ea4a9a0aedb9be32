import Foundation
import Testing
@testable import ReaderModel

/// The rules the third batch of unseen pages (`UnseenPageFixtureTests`: Armenian, Sinhala, Lao,
/// Greek, Russian, a second Persian and Vietnamese page, a 2008 blog post, a 2023 newsletter)
/// called for, one by one. All text is invented.
@Suite struct UnseenThirdBatchRulesTests {
    static func line(_ text: String, blankBefore: Bool = true) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: blankBefore, lineNumber: 1)
    }

    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Գովազդ", NoiseReason.advertisement), ("Կարդացեք նաև՝ Գյումրիում բացվեց նոր թանգարան", .related),
        ("Մեկնաբանություններ (3)", .comments), ("© 2025 Օրինակ։ Բոլոր իրավունքները պաշտպանված են։", .navigation),
        ("දැන්වීම", .advertisement), ("මෙයත් කියවන්න: මහනුවර නව බස් නැවතුමක් විවෘත කෙරේ", .related),
        ("අදහස් (2)", .comments),
        ("ໂຄສະນາ", .advertisement), ("ອ່ານເພີ່ມເຕີມ: ຕະຫຼາດເຊົ້າເປີດໃໝ່ໃນວັນຈັນ", .related), ("ຄຳເຫັນ (4)", .comments),
        ("Thanks for reading The Lantern! Subscribe for free to receive new posts and support my work.", .newsletter),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
        #expect(BlockNoisePhrases.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares a word with those labels stays prose.
    @Test(arguments: [
        "Գովազդային վահանակները հանվել են կենտրոնական փողոցից, և այժմ այնտեղ ծառեր են տնկվելու։",
        "ගම්මානයේ දැන්වීම් පුවරුවේ ඇලවූ නිවේදනය කියවීමට බොහෝ දෙනා රැස් වූහ.",
        "ຊາວບ້ານໄດ້ອ່ານເພີ່ມເຕີມກ່ຽວກັບວິທີປູກເຂົ້າແບບໃໝ່ຈາກປຶ້ມທີ່ໂຮງຮຽນມອບໃຫ້ ແລະ ໄດ້ທົດລອງປູກໃນນາຂອງຕົນ",
    ])
    func proseIsNoLabel(text: String) {
        #expect(BlockNoisePhrases.reason(for: text) == nil, "\(text)")
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Armenian letters and stops

    /// "։" and "՝" follow a word without a space: they end it, as "." and "," do.
    @Test func armenianPunctuationEndsAWord() {
        #expect(WordTokenizer.tokens("Կարդացեք նաև՝ ծառ։").words == ["կարդացեք", "նաև", "ծառ"])
        #expect(WordTokenizer.tokens("Արմեն ֊ Սևան").words == ["արմեն", "սևան"])
    }

    /// Armenian capitals start a capitalised word, as Latin, Greek and Cyrillic ones do.
    @Test func armenianCapitalsCount() {
        #expect(Self.line("Սյունիքի գյուղում դպրոցականներն այգի են տնկել").capitalizedCount == 1)
        #expect(Self.line("Անի Սարգսյան").capitalizedCount == 2)
    }

    @Test(arguments: [
        "Աշնանը նախատեսվում է տնկել ևս հարյուր ծառ։",
        "Նա ասաց. «Այգին կծաղկի գարնանը։»",
        "Πώς όμως θα συντηρηθεί το ελαιοτριβείο τα επόμενα χρόνια;",
        "Πώς θα συντηρηθεί\u{037E}",
    ])
    func ownStopEndsASentence(text: String) {
        #expect(TextLine.endsLikeSentence(Substring(text)), "\(text)")
    }

    /// A semicolon after a Latin word, or an Armenian line without its stop, ends no sentence.
    @Test(arguments: ["We stayed for two reasons;", "Սյունիքի գյուղում դպրոցականներն այգի են տնկել", "x;", ";"])
    func otherLinesDoNot(text: String) {
        #expect(!TextLine.endsLikeSentence(Substring(text)), "\(text)")
    }

    // MARK: Scripts without spaces

    /// Georgian capitals (U+10A0-10BF) follow Myanmar's block in the same UTF-8 row: a spaced script.
    @Test func georgianCapitalsAreNoMyanmar() {
        #expect(ScriptProfile.unspacedKind(lead: 0xE1, second: 0x82, third: 0xA0) == nil)  // Ⴀ
        #expect(ScriptProfile.unspacedKind(lead: 0xE1, second: 0x82, third: 0x90) == .southeastAsian)  // ႐
        #expect(ScriptProfile.unspacedKind(lead: 0xE1, second: 0x80, third: 0x80) == .southeastAsian)  // က
        #expect(!Self.line("ႠႡႢ ႣႤႥ ႦႧႨ").script.isUnspaced)
        #expect(Self.line("ကြော်ငြာ").script.isUnspaced)
    }

    @Test func thaiAndLaoLinesEndOnALetter() {
        #expect(UnpunctuatedScriptLine.endsInThaiOrLao("ນ້ຳໃນຫ້ວຍຈະໄຫຼຕະຫຼອດປີຄືເກົ່າ"))
        #expect(UnpunctuatedScriptLine.endsInThaiOrLao("ชาวบ้านช่วยกันปลูกป่า"))
        #expect(!UnpunctuatedScriptLine.endsInThaiOrLao("ပြောသည်။"))
        #expect(!UnpunctuatedScriptLine.endsInThaiOrLao("ນ້ຳ ໃນ 2025"))
        #expect(!UnpunctuatedScriptLine.endsInThaiOrLao(""))
    }

    /// One menu label of a script without spaces counts two word units by its letters: no headline.
    @Test func twoUnitsOfAnUnspacedScriptAreNoTitle() {
        #expect(!TextMetadataExtractor.isTitleCandidate(Self.line("ການເມືອງ"), LineEvidence(shape: .short)))
        #expect(TextMetadataExtractor.isTitleCandidate(Self.line("ຊາວບ້ານຮ່ວມກັນປູກປ່າຄືນໃໝ່ຢູ່ເຂດຕົ້ນນ້ຳ"), LineEvidence(shape: .short)))
        #expect(TextMetadataExtractor.isTitleCandidate(Self.line("Harbour reopens"), LineEvidence(shape: .short)))
    }

    // MARK: Headers

    /// "News" as a breadcrumb's last label heads no teaser run that takes the headline under it.
    @Test func breadcrumbLabelLeavesTheHeadlineOverItsStandfirst() throws {
        let text = """
        Главная
        Новости
        Войти

        Новости
        Общество

        В посёлке на Ладоге открыли новую библиотеку

        Здание бывшей почты перестроили за два года на деньги жителей и района.

        Ирина Соколова
        3 марта 2025, 12:00

        Новая библиотека в посёлке открылась в субботу: в ней восемь тысяч книг, читальный зал и комната для занятий школьников.

        Книги для неё собирали по всему району, а мебель сделали в местной столярной мастерской по старым чертежам.

        Комментарии (2)
        """
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(doc.title == "В посёлке на Ладоге открыли новую библиотеку")
        #expect(doc.blocks.contains { $0.role == .title })
    }
}
