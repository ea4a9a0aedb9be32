import Testing
@testable import ReaderModel

/// "記者<name>／<place>報導": the reporter's label touches the name, the place follows a slash
/// (`HanReporterCredit`). Invented lines and page.
@Suite struct HanReporterCreditTests {
    @Test func readsTheName() {
        #expect(HanReporterCredit.name(in: "記者陳雅婷／台中報導") == "陳雅婷")
        #expect(HanReporterCredit.name(in: "记者张晓东/成都报道") == "张晓东")
        #expect(BylineLabels.name(in: "記者陳雅婷／台中報導", anywhere: false) == "陳雅婷")
    }

    @Test func leavesSentencesAlone() {
        #expect(HanReporterCredit.name(in: "記者會上，市長表示將增加預算") == nil)
        #expect(HanReporterCredit.name(in: "記者：陳雅婷") == nil)
        #expect(HanReporterCredit.name(in: "市府今日宣布") == nil)
    }

    @Test func savedPageFirstField() {
        let body = [
            "台中市一處老舊眷村改建為社區圖書館，週末開幕當天吸引上百名居民前來參觀，許多長輩帶著孫子一起借書。",
            "圖書館負責人表示，館內藏書多由附近居民與學校捐贈，未來將每月舉辦說故事活動，並開設銀髮族電腦課程。",
            "居民說，過去附近沒有讀書的地方，孩子放學後只能在街上玩，現在終於有了安靜的空間。",
        ]
        let html = """
        <html lang="zh-TW"><head><meta charset="utf-8"><title>老眷村變身社區圖書館 居民週末搶先參觀</title></head><body>
        <main><article><h1>老眷村變身社區圖書館 居民週末搶先參觀</h1>
        <div class="article-meta"><span>記者陳雅婷／台中報導</span><span>2025/03/22 10:05</span></div>
        \(body.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></main></body></html>
        """
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: html))
        #expect(doc.byline == "陳雅婷")
    }
}
