import Foundation
import Testing
@testable import ReaderModel

/// Invented pages of earlier years in languages the unseen pages already hold, in shapes they did not: a
/// Russian regional paper laid out in a table and saved in windows-1251, and a Japanese one in
/// Shift_JIS with its date in full-width digits, each declaring its charset in `<meta>`, with the
/// select-all copy Chromium gives of such a table (cells joined by a tab). Each comes out as the
/// English table-laid pages do: the story whole, under its own headline, in the text copy and in the
/// saved page (the Japanese title's "site：headline" split at its full-width colon, the `<br>`-set
/// lists of other stories with their unlinked dates and ranks left out, `DatedLinkList`).
@Suite struct UnseenLegacyCharsetPageTests {
    struct Page: Sendable, CustomStringConvertible {
        var code: String
        var encoding: TextEncoding
        var title: String
        var byline: String?
        var published: String?
        var htmlIssue: Comment? = nil
        var description: String { code }
    }

    static let pages: [Page] = [
        Page(code: "ru-2002", encoding: .windows1251, title: "В Сормове открыли библиотеку для незрячих читателей",
             byline: "Иван Петров", published: "2002-03-14T12:45"),
        Page(code: "ja-2002", encoding: .shiftJIS, title: "商店街の空き店舗に子ども図書室　ボランティアが運営",
             published: "2002-03-14"),
        // Earlier years again: a 1998 Polish page in ISO-8859-2 (upper-case tags, <CENTER> and <FONT>, the
        // story's paragraphs set by <BR><BR> with no <P>, a hit counter and a "best viewed at 800x600"
        // footer), a 2005 Korean blog post in EUC-KR (a calendar widget, categories, recent posts and
        // comments, a blogroll, trackback and comment rows), and a 2009 Arabic news page in windows-1256
        // (a <marquee> ticker over the menu, a "كتب:" row with the read count, a poll, "الأكثر قراءة").
        // The edition's date right over the headline dates the page (`HeadlineMetadataRow`).
        Page(code: "pl-1998", encoding: .iso8859_2, title: "Strażacy z Wierzchowa sami odnowili remizę",
             byline: "Krzysztof Nowak", published: "1998-05-14"),
        // The page title "<blog> :: <post>" under the blog's short name in <h1>, the post's own heading an
        // <h2 class="title">: the post's title (`BlogNameHeading`).
        Page(code: "ko-2005", encoding: .eucKR, title: "동네 목욕탕이 문을 닫던 날", published: "2005-10-12T21:34"),
        Page(code: "ar-2009", encoding: .windows1256, title: "أهالي قرية جبلية يعيدون فتح مدرستها القديمة بجهودهم الذاتية",
             // The "كتب:" row sits in a div of no metadata class right under the headline and runs on into a
             // read count: its place gives the byline and the date (`HeadlineMetadataRow`).
             byline: "سامي الحداد", published: "2009-04-14T10:35"),
        // Other years and charsets again: a 1999 Russian paper in KOI8-R (a charset switcher row over the page,
        // paragraphs set by <BR><BR>, the writer's name in capitals under the story, a bracketed link row), a
        // 2004 Japanese local paper in EUC-JP (paragraphs opened by a full-width space, "▼関連記事", an access
        // ranking), a 2007 Hebrew portal in windows-1255 (right to left, logical order; "פורסם: 12.03.07"
        // with a two-digit year, numbered talkbacks) and a 2010 Taiwanese forum thread in Big5 (the story as
        // the first post, opened by "記者<name>／<place>報導", replies marked 沙發 and 板凳, an "edited by" note).
        Page(code: "ru-1999", encoding: .koi8R, title: "Старый трамвайный парк станет музеем", published: "1999-10-21",
             // The name signed under the story in italics stays a line of the article.
             htmlIssue: "the writer's name signed under the story"),
        Page(code: "ja-2004", encoding: .eucJP, title: "港町の古い銭湯、地域の交流拠点に生まれ変わる", published: "2004-11-08"),
        Page(code: "he-2007", encoding: .windows1255, title: "תושבי המושב הצילו את בית הבד העתיק", byline: "שרון כהן",
             // The row sets the unlabelled name and "פורסם:" with its date apart by a <br> only: the name is
             // read from its own line (`NameOverDateLineBreak`).
             published: "2007-03-12T14:25"),
        Page(code: "zh-2010", encoding: .big5, title: "老戲院改建社區圖書館　居民捐書逾萬冊", byline: "林家豪",
             published: "2010-06-14T10:25",
             // The post's "記者<name>／<place>報導" line is the byline (`OpeningReporterCredit`); the post's date
             // row (a forum's, outside the story) is not read yet.
             htmlIssue: "a forum post's date in the post's info row above the story"),
    ]

    /// The Hebrew page, right to left in logical order, keeps its paragraphs in the order of its bytes.
    @Test func rightToLeftLegacyPageKeepsItsOrder() throws {
        let page = try #require(Self.pages.first { $0.code == "he-2007" })
        let text = TextDecoder.decode(try Self.bytes("unseen/he-2007.html"), honouringHTMLCharset: true).text
        let copy = try ScriptAwareCleaningTests.fixture("unseen/he-2007.txt")
        for (source, format) in [(text, Article.Format.html), (copy, .text)] {
            let doc = Cleaner().clean(Article(source: "he-2007", format: format, text: source))
            #expect(doc.paragraphs == (try Self.body(page)), "\(format)")
        }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: ScriptAwareCleaningTests.fixtures.appendingPathComponent(path)))
    }

    static func body(_ page: Page) throws -> [String] {
        try ScriptAwareCleaningTests.expectedBody("unseen/\(page.code).body.txt")
    }

    /// The saved page is read in the charset its `<meta>` names, as the loader reads it.
    @Test(arguments: pages)
    func savedPageDecodesInItsDeclaredCharset(page: Page) throws {
        let decoded = TextDecoder.decode(try Self.bytes("unseen/\(page.code).html"), honouringHTMLCharset: true)
        #expect(decoded.encoding == page.encoding)
        #expect(decoded.text.contains(page.title))
    }

    @Test(arguments: pages)
    func textCopyKeepsTheStory(page: Page) throws {
        let path = "unseen/\(page.code).txt"
        let doc = Cleaner().clean(Article(source: path, format: .text, text: try ScriptAwareCleaningTests.fixture(path)))
        #expect(doc.paragraphs == (try Self.body(page)), "\(page.code): \(doc.paragraphs.map { String($0.prefix(30)) })")
        #expect(UnseenPageFixtureTests.sameTitle(doc.title, page.title), "\(page.code): \(doc.title ?? "nil")")
        if let byline = page.byline { #expect(doc.byline == byline, "\(page.code): \(doc.byline ?? "nil")") }
    }

    @Test(arguments: pages)
    func savedPageKeepsTheStory(page: Page) throws {
        let path = "unseen/\(page.code).html"
        let text = TextDecoder.decode(try Self.bytes(path), honouringHTMLCharset: true).text
        let doc = Cleaner().clean(Article(source: path, format: .html, text: text))
        let body = try Self.body(page)
        UnseenPageFixtureTests.expecting(page.htmlIssue) {
            #expect(doc.paragraphs == body, "\(page.code): \(doc.paragraphs.map { String($0.prefix(30)) })")
            #expect(UnseenPageFixtureTests.sameTitle(doc.title, page.title), "\(page.code): \(doc.title ?? "nil")")
            if let byline = page.byline { #expect(doc.byline == byline, "\(page.code): \(doc.byline ?? "nil")") }
            if let published = page.published { #expect(doc.published == published, "\(page.code): \(doc.published ?? "nil")") }
        }
    }
}
