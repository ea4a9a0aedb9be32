import Testing
@testable import ReaderModel

/// A page title in a script written without spaces that joins the site's name and the headline by
/// a full-width colon or bar ("site：headline") gives the headline a bold line of the page repeats
/// (`BoldHeadlineSegment`), as a spaced " - " title does; with no such bold line it is left whole.
@Suite struct HTMLUnspacedTitleSeparatorTests {
    static let headline = "市立図書館が夜間開館を始める　平日は午後九時まで"
    static let paragraphs = [
        "市立図書館は来月から、平日の開館時間を午後九時まで延ばすと発表した。仕事帰りの利用者の要望に応えたもので、貸し出しと返却の窓口も夜間に開く。",
        "図書館によると、昨年の利用者アンケートでは回答者の四割近くが夜間の開館を望んでいた。職員の勤務は交代制とし、新たに臨時職員を三人雇う。",
        "館長は「学生や働く人にもっと気軽に来てほしい。夜の読書会なども企画したい」と話している。",
    ]

    static func page(title: String, bold: String) -> String {
        """
        <html><head><meta charset="utf-8"><title>\(title)</title></head><body>
        <table width="760"><tr><td width="130" valign="top"><b>ニュース</b><br>
        <a href="/a/">社会</a><br><a href="/b/">経済</a></td>
        <td width="630" valign="top"><font size="4"><b>\(bold)</b></font><br><br>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </td></tr></table></body></html>
        """
    }

    @Test(arguments: ["：", "｜"])
    func siteNameBeforeFullWidthSeparatorIsCut(separator: String) {
        let doc = HTMLFixtures.clean(Self.page(title: "港町タイムズ" + separator + Self.headline, bold: Self.headline))
        #expect(UnseenPageFixtureTests.sameTitle(doc.title, Self.headline), "\(doc.title ?? "nil")")
        #expect(doc.paragraphs == Self.paragraphs, "\(doc.paragraphs.map { String($0.prefix(12)) })")
    }

    /// No bold line repeats the segment: nothing says which side is the headline.
    @Test func titleWithoutRepeatedSegmentStaysWhole() {
        let title = "港町タイムズ：" + Self.headline
        let doc = HTMLFixtures.clean(Self.page(title: title, bold: "きょうの話題"))
        #expect(UnseenPageFixtureTests.sameTitle(doc.title, title), "\(doc.title ?? "nil")")
    }
}
