import Testing
@testable import ReaderModel

/// Bylines and dates of forms the readers missed or misread: a name over its role after a `<br>`,
/// an agency glued to a date label, menu items between menu lines, a Korean closing credit, a
/// closing name over the share bar, two names joined by "and", a blog's post footer, a name alone
/// in a script without capitals in an HTML byline box, dotted dates with a two-digit year. All
/// lines and pages invented.
@Suite struct LeftoverBylinesAndDatesTests {
    private static let englishBody = [
        "The old pumping station by the canal reopened on Saturday as a workshop where volunteers repair bicycles for anyone who brings one in, free of charge and with tea while they wait.",
        "The building had stood empty for nine years after the water board moved its equipment to a new site on the edge of town, and the roof had begun to let in the rain.",
        "A group of neighbours raised the money for new slates over two winters of bake sales and quiz nights, and a local builder gave his weekends to fit them at cost.",
        "Organisers say they hope to open three evenings a week by the summer and to teach a short course for teenagers who want to learn how to look after their own bikes.",
    ]

    private static func html(head: String, paragraphs: [String] = englishBody, tail: String = "") -> String {
        "<html><head><title>Canal pumping station reopens as a bike workshop</title></head><body><main><article>"
            + head + paragraphs.map { "<p>\($0)</p>" }.joined() + tail + "</article></main></body></html>"
    }

    private static func cleanHTML(_ html: String) -> Document {
        Cleaner().clean(Article(source: "t.html", format: .html, text: html))
    }

    private static func cleanText(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
    }

    // MARK: The name above a box's line break

    @Test func nameEndsAtTheBoxsLineBreak() {
        let doc = Self.cleanHTML(Self.html(head: "<h1>Canal pumping station reopens as a bike workshop</h1>"
            + "<div class=\"byline\">By Rosalind Achterberg<br>Canal Gazette Staff Writer</div>"))
        #expect(doc.byline == "Rosalind Achterberg")
    }

    @Test func boxWithoutBreakReadsAsBefore() {
        let doc = Self.cleanHTML(Self.html(head: "<h1>Canal pumping station reopens as a bike workshop</h1>"
            + "<div class=\"byline\">By Rosalind Achterberg</div>"))
        #expect(doc.byline == "Rosalind Achterberg")
    }

    // MARK: A name glued to the label after it

    @Test(arguments: [
        ("Par AFMPublié le 3 juin 2025 à 11h02", "AFM"),
        ("By Tomas HeberleUpdated 4 hours ago", "Tomas Heberle"),
    ])
    func nameEndsWhereAGluedLabelBegins(line: String, name: String) {
        #expect(MetadataPatterns.byline(in: line) == name)
    }

    @Test(arguments: ["By Ada McDonald", "By Luca DeMarch", "By Jo OnTheRoad"])
    func capitalsInsideANameThatStartNoLabelStay(line: String) {
        #expect(MetadataPatterns.byline(in: line) == String(line.dropFirst(3)))
    }

    @Test func labelBeforeADeskCredit() {
        #expect(MetadataPatterns.byline(in: "Par la rédaction") == "la rédaction")
    }

    // MARK: Menu items

    @Test func menuItemBetweenMenuLinesIsNoByline() {
        let lines = ["Share", "Flag Content", "Next Post»", "New Post", "Log In", "",
                     "Canal pumping station reopens as a bike workshop", ""] + Self.englishBody.flatMap { [$0, ""] }
        #expect(Self.cleanText(lines).byline == nil)
    }

    @Test func bareNameUnderTheHeadlineStays() {
        let lines = ["Home", "News", "", "Canal pumping station reopens as a bike workshop", "", "Rosalind Achterberg",
                     "March 3, 2025", ""] + Self.englishBody.flatMap { [$0, ""] }
        #expect(Self.cleanText(lines).byline == "Rosalind Achterberg")
    }

    // MARK: Two names joined by "and"

    @Test func twoNamesJoinedByAnd() {
        #expect(JoinedBareNames.names(in: "Rosalind Achterberg and Kofi Mensah") == "Rosalind Achterberg and Kofi Mensah")
        #expect(JoinedBareNames.names(in: "Bread and Butter Pudding") == nil)
        #expect(JoinedBareNames.names(in: "Rosalind Achterberg and the Canal Trust") == nil)
        let lines = ["Canal pumping station reopens as a bike workshop",
                     "Volunteers raised the money for a new roof and will open three evenings a week by the summer.",
                     "Rosalind Achterberg and Kofi Mensah", "March 3, 2025", "Share this article", ""]
            + Self.englishBody.flatMap { [$0, ""] }
        #expect(Self.cleanText(lines).byline == "Rosalind Achterberg and Kofi Mensah")
    }

    // MARK: Korean closing credit

    @Test func koreanCredit() {
        #expect(KoreanReporterCredit.name(in: "박서연 기자 seoyeon@example.kr") == "박서연")
        #expect(KoreanReporterCredit.name(in: "박서연 기자") == "박서연")
        #expect(KoreanReporterCredit.name(in: "박서연 기자가 현장을 찾았다") == nil)
        #expect(KoreanReporterCredit.name(in: "지역 기자 모임이 열렸다") == nil)
    }

    private static let koreanBody = [
        "바닷가 작은 마을의 낡은 창고가 주민들이 함께 쓰는 공방으로 다시 문을 열었다. 주민들은 두 해 동안 모은 돈으로 지붕과 창문을 새로 고쳤다.",
        "공방에서는 매주 토요일마다 그물 손질과 목공 수업이 열리고, 마을 어르신들이 젊은 주민들에게 배 고치는 법을 가르친다.",
        "마을 이장은 내년에는 창고 옆 빈터에 작은 텃밭도 함께 가꿀 계획이라고 말했다.",
    ]

    @Test func koreanClosingCreditInText() {
        let lines = ["홈", "사회", "", "바닷가 낡은 창고, 주민 공방으로 다시 태어나", "입력 2025.04.02 09:10", ""]
            + Self.koreanBody.flatMap { [$0, ""] } + ["박서연 기자 seoyeon@example.kr", "", "많이 본 뉴스"]
        #expect(Self.cleanText(lines).byline == "박서연")
    }

    @Test func koreanClosingCreditInHTML() {
        let html = "<html><head><title>바닷가 낡은 창고, 주민 공방으로 다시 태어나</title></head><body><article>"
            + "<h1>바닷가 낡은 창고, 주민 공방으로 다시 태어나</h1>" + Self.koreanBody.map { "<p>\($0)</p>" }.joined()
            + "<p class=\"byline\">박서연 기자 seoyeon@example.kr</p></article></body></html>"
        #expect(Self.cleanHTML(html).byline == "박서연")
    }

    // MARK: A name signing the article at its foot

    private static let vietnameseBody = [
        "Sau ba năm chuẩn bị, thư viện nhỏ của xã đã mở cửa trở lại trong ngôi nhà văn hóa cũ, với hơn hai nghìn cuốn sách do người dân quyên góp.",
        "Các em học sinh đến đọc sách mỗi buổi chiều sau giờ học, còn người lớn thường ghé vào cuối tuần để mượn sách về nông nghiệp và nấu ăn.",
        "Ban quản lý cho biết sẽ mở thêm một góc đọc cho trẻ nhỏ trước mùa hè năm nay.",
    ]

    @Test func closingNameOverTheShareBar() {
        let lines = ["Trang chủ", "Xã hội", "", "Thư viện xã mở cửa trở lại trong nhà văn hóa cũ", "Thứ tư, 2/4/2025, 09:10 (GMT+7)", ""]
            + Self.vietnameseBody.flatMap { [$0, ""] } + ["Lê Thu Hà", "", "Chia sẻ", "Facebook", "Zalo"]
        #expect(Self.cleanText(lines).byline == "Lê Thu Hà")
    }

    // MARK: A blog post's footer

    @Test(arguments: [
        ("posted by Wendell @ 10:12 PM | 2 comments | permalink", "Wendell"),
        ("Posted by Ruth Ann at 7:05 AM", "Ruth Ann"),
        ("eingestellt von Hannelore um 21:40 | 4 Kommentare", "Hannelore"),
    ])
    func postFooterNames(line: String, name: String) {
        #expect(PostFooterByline.name(in: Substring(line)) == name)
    }

    @Test(arguments: ["Posted by the council at the meeting", "Posted by Wendell", "posted by 3 users at 10:12"])
    func otherLinesAreNoFooter(line: String) {
        #expect(PostFooterByline.name(in: Substring(line)) == nil)
    }

    @Test func postFooterInTextAndHTML() {
        let lines = ["My Allotment Diary", "", "Canal pumping station reopens as a bike workshop", ""]
            + Self.englishBody.flatMap { [$0, ""] } + ["Posted by Wendell at 10:12 PM", "", "3 comments:"]
        #expect(Self.cleanText(lines).byline == "Wendell")
        let doc = Self.cleanHTML(Self.html(head: "<h1>Canal pumping station reopens as a bike workshop</h1>",
                                           tail: "<div class=\"post-footer\">Posted by Wendell at 10:12 PM</div>"))
        #expect(doc.byline == "Wendell")
    }

    // MARK: A name alone in a script without capitals, in an HTML byline box

    @Test func uncasedNameBesideTheDateInABylineBox() {
        let body = [
            "पौड़ी जिले के एक गांव में युवाओं ने मिलकर पुराने पनघट की सफाई की और उसके चारों ओर पत्थर की नई दीवार बनाई। अब गर्मियों में भी यहां पानी मिलता है।",
            "गांव के प्रधान ने बताया कि इस काम में किसी सरकारी योजना की मदद नहीं ली गई। सारा खर्च गांव वालों ने आपस में चंदा करके उठाया।",
        ]
        let html = "<html><head><title>युवाओं ने श्रमदान से संवारा गांव का पुराना पनघट</title></head><body><article>"
            + "<h1>युवाओं ने श्रमदान से संवारा गांव का पुराना पनघट</h1>"
            + "<div class=\"article-meta\"><div>कविता नेगी, पौड़ी</div><div>अपडेटेड: 12 मार्च 2025, 10:15 AM IST</div></div>"
            + body.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        #expect(Self.cleanHTML(html).byline == "कविता नेगी")
        #expect(UncasedBareName.besideDate(in: ["कविता नेगी", "राष्ट्रीय समाचार"]) == nil)
    }

    // MARK: A name right before the date

    @Test(arguments: [
        ("Rosalind Achterberg 3 maart 2025, 07:40", "Rosalind Achterberg"),
        ("Kofi MensahTuesday 4 March 2025 9:15 am", "Kofi Mensah"),
        ("Kofi Mensah | 4 March 2025", "Kofi Mensah"),
    ])
    func nameBeforeTheDate(line: String, name: String) {
        #expect(NameBeforeDate.name(in: Substring(line)) == name)
    }

    @Test(arguments: ["Updated Tuesday 4 March 2025", "4 March 2025 Kofi Mensah", "Published in March 4, 2025"])
    func otherDatedLinesNameNoOne(line: String) {
        #expect(NameBeforeDate.name(in: Substring(line)) == nil)
    }

    @Test(arguments: [
        ("Elif Örnek 14.06.2016 - 10:25 Güncelleme: 14.06.2016 - 11:40", "Elif Örnek"),
        ("Anna Beispiel 14.06.2016 - 10:25 Aktualisiert am 14.06.2016 - 11:40", "Anna Beispiel"),
        ("Ana Ejemplo 14/06/2016 - 10:25 Actualizado: 14/06/2016 - 11:40", "Ana Ejemplo"),
        ("Kofi Mensah 14 June 2016 10:25 | Updated: 14 June 2016 11:40", "Kofi Mensah"),
    ])
    func nameBeforeTheDateAndItsUpdateStamp(line: String, name: String) {
        #expect(NameBeforeDate.endsInUpdateStamp(Substring(line)))
        #expect(NameBeforeDate.nameBeforeStamp(in: Substring(line)) == name)
        let doc = Self.cleanText(["Home", "News", "", "Canal pumping station reopens as a bike workshop", "", line, ""]
                                 + Self.englishBody.flatMap { [$0, ""] } + ["Share", "Comments"])
        #expect(doc.byline == name)
        #expect(doc.evidence(of: line).contains(NameBeforeDate.updateStampEvidence))
    }

    @Test(arguments: ["Kofi Mensah 14 June 2016 10:25 and the council met again on 15 June 2016",
                      "Kofi Mensah 14 June 2016 10:25 Updated: 11:40 by the desk"])
    func otherTailsAreNoUpdateStamp(line: String) {
        #expect(!NameBeforeDate.endsInUpdateStamp(Substring(line)))
    }

    // MARK: Dotted dates with a two-digit year

    @Test func dottedTwoDigitYearWithItsTime() {
        #expect(DateNormalizer.iso("פורסם: 17.09.24, 08:45") == "2024-09-17T08:45")
        #expect(DateNormalizer.iso("Version 10.04.25") == nil)
        #expect(DateNormalizer.iso("10.04.25") == nil)
    }
}
