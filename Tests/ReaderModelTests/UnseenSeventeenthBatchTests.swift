import Foundation
import Testing
@testable import ReaderModel

/// The seventeenth batch of unseen pages: five languages no table had (Occitan, Sundanese, Lingala,
/// Chuvash, Hawaiian), each an invented article with the furniture sites of that language print,
/// and pages of other years in encodings and layouts no fixture had (a 2003 Thai page in TIS-620
/// laid out in a table with a `<marquee>` ticker, a 2006 Vietnamese page in windows-1258, whose tone
/// marks are combining characters, a 2008 Chinese portal in GB2312, a 2025 page whose headline,
/// writer and date stand only in its JSON-LD). All text is invented.
@Suite struct UnseenSeventeenthBatchTests {
    typealias Page = UnseenPageFixtureTests.Page

    static let languages: [Page] = [
        Page(code: "oc", title: "Los estatjants del vilatge an tornat bastir lo vièlh pont de pèira amb sas mans",
             caption: "De benevòls pausan las pèiras de l'arcada. Fòto: Pèire Costa",
             byline: "Joana Mercadièr", published: "2025-08-14T10:30"),
        Page(code: "su", title: "Warga Kampung Ngawangun Deui Sasak Awi Nu Kabawa Caah",
             caption: "Para sukarelawan ngabeungkeut tihang sasak. Poto: Asep Saepudin",
             // The saved page's byline field runs on into the date's weekday ("Kemis,") when the row is read
             // whole: the field is read alone first (`FirstFieldName.runOnField`).
             byline: "Euis Nurhayati", published: "2025-05-14T10:30"),
        Page(code: "ln", title: "Bato ya mboka batongaki lisusu gbagba ya kala na maboko na bango moko",
             caption: "Bato ya bolingo bakangi makonzí ya gbagba. Elilingi: Patrice Lokwa",
             byline: "Bijou Mbuyi", published: "2025-08-14T10:30"),
        // "Ҫӗнӗ" ("new") opens a paragraph and the "read also" headline under it, as in the Sami page: the
        // headline goes on in lower case, so it names no writer (`AuthorNoteOverLink.headlineWordFollows`).
        Page(code: "cv", title: "Ял ҫыннисем кивӗ йывӑҫ кӗперне хӑйсен аллипе ҫӗнӗрен тунӑ",
             caption: "Волонтёрсем кӗпер юписене ҫирӗплетеҫҫӗ. Сӑнӳкерчӗк: Андрей Петров",
             byline: "Елена Иванова", published: "2025-12-12T10:30"),
        Page(code: "haw", title: "Ua kūkulu hou nā kamaʻāina i ke alahaka pōhaku kahiko me ko lākou mau lima",
             caption: "Ke hoʻopaʻa nei nā mea manawaleʻa i nā kia o ke alahaka. Kiʻi: Kaleo Akana",
             byline: "Leilani Kahananui", published: "2025-08-14T10:30"),
    ]

    @Test(arguments: languages)
    func textCopyKeepsTheStory(page: Page) throws {
        try UnseenPageFixtureTests().textCopyKeepsTheStory(page: page)
        let doc = try UnseenPageFixtureTests.clean(page, html: false)
        if let published = page.published {
            // The text copy reads the date of the header line, to the day at least; Occitan's "d'agost", the
            // month elided into "de", is not read yet.
            UnseenPageFixtureTests.expecting(page.code == "oc" ? "a month name after an elided \"d'\" (\"14 d'agost de 2025\")" : nil) {
                #expect(doc.published.map { published.hasPrefix($0) } == true, "\(page.code): \(doc.published ?? "nil")")
            }
        }
    }

    @Test(arguments: languages)
    func savedPageKeepsTheStory(page: Page) throws {
        try UnseenPageFixtureTests().savedPageKeepsTheStory(page: page)
    }

    @Test(arguments: languages)
    func everyRemovedLineHasAReason(page: Page) throws {
        try UnseenPageFixtureTests().everyRemovedLineHasAReason(page: page)
    }

    // MARK: Pages of other years

    struct EraPage: Sendable, CustomStringConvertible {
        var code: String
        var encoding: TextEncoding
        var title: String
        var standfirst: String? = nil
        var byline: String? = nil
        var published: String? = nil
        var textIssue: Comment? = nil
        var htmlIssue: Comment? = nil
        var description: String { code }
    }

    static let eras: [EraPage] = [
        EraPage(code: "th-2003", encoding: .windows874, title: "ชาวบ้านร่วมกันซ่อมสะพานไม้ข้ามคลองอายุร้อยปี",
                published: "2003-08-14T10:25",
                textIssue: "a date line opened by the weekday (\"วันพฤหัสบดีที่\") and closed by \"เวลา 10:25 น.\" kept as a paragraph",
                htmlIssue: "a <marquee> ticker kept, and the headline set in <font><b> under a \"site :: headline\" title read as a paragraph"),
        EraPage(code: "vi-2006", encoding: .windows1258, title: "Nông dân góp tiền xây cầu bê tông thay cầu khỉ",
                standfirst: "Sau ba tháng thi công, cây cầu bê tông dài 40 mét bắc qua kênh Ba Thê đã hoàn thành nhờ tiền và công sức của hơn hai trăm hộ dân trong ấp.",
                byline: "Nguyễn Văn Hùng", published: "2006-08-14T10:25",
                htmlIssue: "the headline in a div classed \"title\" under a \"site - headline\" page title, the bold summary and the \"Cập nhật:\" date not read"),
        EraPage(code: "zh-2008", encoding: .gbk, title: "老渡口通了新桥 村民赶集不再绕远路", byline: "王晓燕", published: "2008-08-14T10:25"),
        EraPage(code: "pt-2025", encoding: .utf8, title: "Moradores recuperam o velho lavadouro público da aldeia",
                byline: "Inês Carvalho", published: "2025-03-14T09:40",
                textIssue: "the tag links and a newsletter line under the story, with no label over them, kept"),
    ]

    static func decoded(_ code: String) throws -> DecodedText {
        let data = try Data(contentsOf: ScriptAwareCleaningTests.fixtures.appendingPathComponent("unseen/\(code).html"))
        return TextDecoder.decode([UInt8](data), honouringHTMLCharset: true)
    }

    /// The saved page is read in the charset its `<meta>` names; windows-1258's tone marks come out as
    /// combining characters, which compare equal to the precomposed letters.
    @Test(arguments: eras)
    func savedPageDecodesInItsDeclaredCharset(page: EraPage) throws {
        let decoded = try Self.decoded(page.code)
        #expect(decoded.encoding == page.encoding)
        #expect(decoded.text.contains(page.title) || decoded.text.precomposedStringWithCanonicalMapping.contains(page.title))
    }

    @Test(arguments: eras)
    func eraTextCopyKeepsTheStory(page: EraPage) throws {
        let path = "unseen/\(page.code).txt"
        let doc = Cleaner().clean(Article(source: path, format: .text, text: try ScriptAwareCleaningTests.fixture(path)))
        let body = try ScriptAwareCleaningTests.expectedBody("unseen/\(page.code).body.txt")
        UnseenPageFixtureTests.expecting(page.textIssue) {
            #expect(UnseenPageFixtureTests.paragraphs(doc, standfirst: page.standfirst) == body,
                    "\(page.code): \(doc.paragraphs.map { String($0.prefix(30)) })")
            #expect(doc.title == page.title, "\(page.code): \(doc.title ?? "nil")")
        }
    }

    @Test(arguments: eras)
    func eraSavedPageKeepsTheStory(page: EraPage) throws {
        let doc = Cleaner().clean(Article(source: "unseen/\(page.code).html", format: .html, text: try Self.decoded(page.code).text))
        let body = try ScriptAwareCleaningTests.expectedBody("unseen/\(page.code).body.txt")
        UnseenPageFixtureTests.expecting(page.htmlIssue) {
            #expect(doc.paragraphs == body, "\(page.code): \(doc.paragraphs.map { String($0.prefix(30)) })")
            #expect(doc.title == page.title, "\(page.code): \(doc.title ?? "nil")")
            if let standfirst = page.standfirst { #expect(doc.standfirst == standfirst, "\(page.code): \(doc.standfirst ?? "nil")") }
            if let byline = page.byline { #expect(doc.byline == byline, "\(page.code): \(doc.byline ?? "nil")") }
            if let published = page.published { #expect(doc.published == published, "\(page.code): \(doc.published ?? "nil")") }
        }
    }

    // MARK: Furniture and dates of the added languages

    @Test(arguments: [
        ("Legir tanben: Una fièra novèla al vilatge", NoiseReason.related), ("Publicitat", .advertisement),
        ("Baca ogé: Pasar anyar di kampung", .related), ("Iklan", .advertisement),
        ("Tanga lisusu: Zando ya sika na mboka", .related), ("Piblisite", .advertisement),
        ("Ҫавӑн пекех вулӑр: Ялта ҫӗнӗ пасар", .related), ("Реклама", .advertisement),
        ("E heluhelu pū: He mākeke hou", .related), ("Hoʻolaha", .advertisement),
        ("Comentaris (4)", .comments), ("Koméntar (4)", .comments), ("Makanisi (4)", .comments),
        ("Шухӑшсем (4)", .comments), ("Nā manaʻo (4)", .comments),
        ("© 2025 La Gazeta. Totes los dreches reservats.", .navigation),
        ("© 2025 Warta Kampung. Hak cipta ditangtayungan.", .navigation),
        ("© 2025 Nsango. Makoki nyonso ebatelami.", .navigation),
        ("© 2025 Ял хыпарӗ. Пур прависем те хӳтӗленнӗ.", .navigation),
        ("© 2025 Ka Nūpepa. Ua mālama ʻia nā kuleana a pau.", .navigation),
        ("Temps de lectura: 4 minutas", .banner), ("Waktu maca: 4 menit", .banner),
        ("Ntango ya kotanga: miniti 4", .banner), ("Вулав вӑхӑчӗ: 4 минут", .banner), ("Manawa heluhelu: 4 minuke", .banner),
    ])
    func labelsOfTheAddedLanguages(text: String, reason: NoiseReason) {
        #expect(NoiseVocabulary.reason(for: text) == reason, "\(text)")
    }

    /// Prose sharing words with those labels stays prose: Occitan "cercar" and "respondre", Sundanese
    /// "bagikeun" and "waler", Lingala "luka" and "makanisi", Chuvash "шыра" and "хуравла", Hawaiian
    /// "huli" and "pane".
    @Test(arguments: [
        "Los dròlles van cercar de pèiras a la ribièra, e lo regent respondre a totas lors questions.",
        "Murid-murid bagikeun buku ka réréncangan, sarta guru waler patarosan maranéhna kalayan sabar.",
        "Bana bakei koluka mabanga na ebale, mpe molakisi apesaki makanisi malamu na mituna na bango.",
        "Ачасем юханшывра чул шыраҫҫӗ, вӗрентекен вара вӗсен ыйтӑвӗсене хуравлать.",
        "Ua huli nā keiki i nā pōhaku ma ke kahawai, a ua pane ke kumu i kā lākou mau nīnau.",
    ])
    func proseIsNoLabel(text: String) {
        #expect(NoiseVocabulary.reason(for: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("14 de julhet de 2025", "2025-07-14"), ("3 de genièr de 2025", "2025-01-03"),
        ("Kemis, 14 Méi 2025", "2025-05-14"), ("2 Séptémber 2025", "2025-09-02"),
        ("12 раштав 2025", "2025-12-12"), ("5 кӑрлач 2025", "2025-01-05"),
        ("14 ʻAukake 2025", "2025-08-14"), ("1 Kepakemapa 2025", "2025-09-01"),
    ])
    func monthsOfTheAddedLanguages(text: String, iso: String) {
        #expect(DateNormalizer.iso(text) == iso, "\(text)")
    }

    @Test(arguments: [
        ("Escrich per: Joana Mercadièr", "Joana Mercadièr"), ("Mokomi: Bijou Mbuyi", "Bijou Mbuyi"),
        ("Ҫыраканӗ: Елена Иванова", "Елена Иванова"), ("Mea kākau: Leilani Kahananui", "Leilani Kahananui"),
    ])
    func bylineLabelsOfTheAddedLanguages(line: String, name: String) {
        #expect(BylineLabels.name(in: Substring(line), anywhere: false) == name, "\(line)")
    }
}
