import Foundation
import Testing
@testable import ReaderModel

/// The rules the tenth batch of unseen pages (`UnseenPageFixtureTests`: Slovenian, Icelandic,
/// Basque, Galician, Welsh, Irish, Belarusian, Tajik, Yiddish, simplified Chinese) called for.
/// All text is invented.
@Suite struct UnseenTenthBatchRulesTests {
    // MARK: Yiddish: vowel points are no part of the word

    /// The pointed (YIVO) and the bare spelling of a Yiddish word tokenize alike, so one table
    /// entry matches both; Hebrew letters without points are untouched.
    @Test func yiddishPointsAreReadAway() {
        #expect(WordTokenizer.tokens("לייענט אויך: אַ ייִדישער כאָר").words == WordTokenizer.tokens("לייענט אויך: א יידישער כאר").words)
        #expect(WordTokenizer.tokens("פֿאַרבונדענע אַרטיקלען").words == ["פארבונדענע", "ארטיקלען"])
        #expect(WordTokenizer.tokens("קראו גם").words == ["קראו", "גם"])
        // Armenian letters that share the points' lead byte stay letters.
        #expect(WordTokenizer.tokens("մեկնաբանություններ").words == ["մեկնաբանություններ"])
    }

    @Test(arguments: ["לייענט אויך: אַ נײַער קורס", "לייענט אויך: א נייער קורס"])
    func yiddishReadAlsoInEitherSpelling(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == .related, "\(text)")
    }

    // MARK: Furniture of the added languages

    @Test(arguments: [
        ("Preberite tudi: Mladi čebelarji obudili star čebelnjak", NoiseReason.related), ("Čas branja: 3 min", .banner),
        ("Lesa einnig: Bókasafnið flytur í nýtt hús", .related), ("Auglýsing", .advertisement),
        ("Iragarkia", .advertisement), ("Irakurri ere: Eskola zaharra kultur etxe bihurtu dute", .related),
        ("Le tamén: A biblioteca abre unha sala nova", .related), ("Hysbyseb", .advertisement),
        ("Darllenwch hefyd: Siop y pentref yn dathlu", .related), ("Fógra", .advertisement),
        ("Léigh freisin: Bád farantóireachta nua", .related), ("Рэклама", .advertisement),
        ("Чытайце таксама: У Пінску адкрылася бібліятэка", .related),
        ("Инчунин хонед: Дар Хуҷанд китобхонаи нав кушода шуд", .related), ("רעקלאַמע", .advertisement),
        ("Komentarji (2)", .comments), ("Athugasemdir (2)", .comments), ("Iruzkinak (2)", .comments),
        ("Sylwadau (2)", .comments), ("Tráchtanna (2)", .comments), ("Каментары (2)", .comments),
        ("Шарҳҳо (2)", .comments), ("קאָמענטאַרן (2)", .comments),
        ("© 2025 Llais y Cwm. Cedwir pob hawl.", .navigation), ("© 2025 Садои водӣ. Ҳамаи ҳуқуқҳо ҳифз шудаанд.", .navigation),
        ("支持优质原创新闻，欢迎赞赏。", .membership),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose that shares a word with those labels stays prose.
    @Test(arguments: [
        "Vaščani so se odločili, da bodo žago odprli za obiskovalce, ki jih zanima stara obrt in čas branja lesa.",
        "Ond roedd y pwyllgor yn darllenwch hefyd yr adroddiad cyn y cyfarfod nesaf yn y neuadd bentref.",
        "Dúirt sí go raibh fógra curtha suas ar an doras ag muintir an oileáin faoin gcruinniú mór.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    // MARK: Dates

    @Test(arguments: [
        ("14. avgusta 2025 ob 10:30", "2025-08-14T10:30"), ("3. marca 2024", "2024-03-03"), ("21. julija 2025", "2025-07-21"),
        ("14. ágúst 2025 kl. 10:30", "2025-08-14T10:30"), ("2. desember 2024", "2024-12-02"),
        ("2025eko abuztuaren 14a, 10:30", "2025-08-14T10:30"), ("2023ko urtarrilaren 5a", "2023-01-05"),
        ("14 de agosto de 2025 ás 10:30", "2025-08-14T10:30"), ("3 de xullo de 2024", "2024-07-03"),
        ("14 Awst 2025, 10:30", "2025-08-14T10:30"), ("5 Rhagfyr 2024", "2024-12-05"),
        ("14 Lúnasa 2025, 10:30", "2025-08-14T10:30"), ("9 Bealtaine 2024", "2024-05-09"),
        ("14 жніўня 2025, 10:30", "2025-08-14T10:30"), ("1 сакавіка 2024", "2024-03-01"),
        ("14 августи 2025, 10:30", "2025-08-14T10:30"), ("3 декабри 2024", "2024-12-03"),
        ("14טן אויגוסט 2025, 10:30", "2025-08-14T10:30"), ("21סטן יאַנואַר 2024", "2024-01-21"),
    ])
    func datesOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text)?.hasPrefix(iso) == true, "\(text): \(DateNormalizer.iso(text) ?? "nil")")
    }

    // MARK: Byline labels

    @Test(arguments: [
        ("Avtor: Maja Kovačič", "Maja Kovačič"), ("Höfundur: Sigríður Jónsdóttir", "Sigríður Jónsdóttir"),
        ("Egilea: Amaia Etxeberria", "Amaia Etxeberria"), ("Gan Elin Prys", "Elin Prys"),
    ])
    func latinBylineLabels(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name, "\(line)")
    }

    /// Welsh "gan" is a word of prose too: only a line of label and name is a byline.
    @Test func proseLabelsNameOnlyOnTheirOwnLine() {
        #expect(MetadataPatterns.byline(in: "Gan fod y dafarn ar gau, aeth y pentrefwyr ati i godi arian.") == nil)
    }

    @Test(arguments: [
        ("Аўтар: Алеся Кавалёва", "Алеся Кавалёва"), ("Муаллиф: Зарина Раҳимова", "Зарина Раҳимова"),
    ])
    func bylineLabelsOfOtherScripts(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line)) == name, "\(line)")
    }

    /// Irish "Le" before the writer's name is no label: a French site's name opening a page is the
    /// same line of "le" and capitalised words.
    @Test func frenchSiteNameIsNoByline() {
        #expect(MetadataPatterns.byline(in: "Le Courrier de la Vallée") != "Courrier de la Vallée")
        #expect(BylineLabels.name(in: "Le Courrier de la Vallée") == nil)
    }

    /// A Chinese row's next labelled field ends the author's name.
    @Test func chineseNameEndsAtTheNextField() {
        #expect(BylineLabels.name(in: "作者：周文静 字号：大 中 小") == "周文静")
    }

    // MARK: Photo credits

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
    }

    @Test(arguments: [
        "Sjálfboðaliðar leggja nýjar flísar í laugina. Mynd: Gunnar Örn Helgason",
        "Gazteek harri-errota berria kokatzen dute. Argazkia: Iñaki Zubiria",
        "Gwirfoddolwyr yn paentio arwydd newydd y dafarn. Llun: Dafydd Morgan",
        "Oibrithe deonacha ag péinteáil dhoras na scoile. Grianghraf: Máirtín Ó Conghaile",
        "Валанцёры мацуюць новыя крылы млына. Фота: Андрэй Лукашэвіч",
        "Ҷавонони деҳа деворҳои ҷӯйро бо санг мустаҳкам мекунанд. Акс: Фирдавс Саидов",
        "פֿרײַוויליקע שטעלן די ביכער אויף די נײַע פּאָליצעס. פֿאָטאָ: דוד פֿרידמאַן",
        "志愿者在图书馆整理新到的图书。（记者 周文静 摄）",
        "社區志工在食堂準備午餐。（記者林怡君攝）",
    ])
    func creditsOfTheAddedLanguagesCloseACaption(text: String) {
        #expect(CaptionDetector.isCaption(Self.line(text)), "\(text)")
    }

    /// A bracket closing on 摄 that holds a sentence, or a line that is only the bracket, is no credit.
    @Test func chineseCreditNeedsACaptionBeforeIt() {
        #expect(!ChinesePhotographerCredit.closesCaption("（记者 周文静 摄）"))
        #expect(!ChinesePhotographerCredit.closesCaption("他说。（这是一段很长的说明文字，并不是摄影记者的署名，而是正文里的一句话摄）"))
    }

    // MARK: A Chinese portal's info row

    @Test func chineseInfoRowIsMetadata() {
        #expect(ChineseInfoRow.matches("2025-08-14 10:30:15　来源：江南晚报　作者：周文静 字号：大 中 小"))
        #expect(ChineseInfoRow.matches("发布时间：2025-08-14 10:30　来源：新华网"))
        #expect(!ChineseInfoRow.matches("2025年，来源：统计局的数据显示，全镇图书馆借阅量增长了三成。"))
    }
}
