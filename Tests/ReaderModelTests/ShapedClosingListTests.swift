import Testing
@testable import ReaderModel

/// Invented pages: a post that ends in a list announced by its last sentence (dates, quantities)
/// keeps the list; the furniture under it, and short lines of another shape, still go.
@Suite struct ShapedClosingListTests: TextPageCleaning {
    static let intro = "The lighthouse quartet has finished recording its second album in a converted boathouse on the northern shore, and the four of them will take the new songs on the road this winter."
    static let more = "Tickets go on sale on Friday morning, and the band says every venue on the list holds fewer than five hundred people, so the rooms will be close and loud."
    static let leadIn = "The dates are as follows."
    static let dates = [
        "NOVEMBER",
        "03 Harwick, The Salt Rooms",
        "05 Dunmore, Old Corn Exchange",
        "DECEMBER",
        "01 Kelby, St Anne's Hall",
        "02 Pellingford, The Ropeworks",
        "04 Ashcombe, Mill Theatre",
    ]
    static let footer = ["Share this", "Facebook", "Twitter", "More news", "Older posts", "Contact us"]

    @Test func datesUnderAnAnnouncingSentenceAreKept() {
        let doc = clean(["Quartet announces winter tour", "", Self.intro, "", Self.more, "", Self.leadIn, ""]
            + Array(Self.dates[0...2]) + [""] + Array(Self.dates[3...]) + [""] + Self.footer)
        for item in Self.dates where item.first?.isNumber == true { #expect(doc.paragraphs.contains(item)) }
        #expect(doc.blocks.first { $0.text == Self.dates[1] }?.evidence?.contains(ArticleListReason.shapedClosingList.evidence) == true)
        for line in Self.footer { #expect(!doc.paragraphs.contains(line)) }
    }

    @Test func quantitiesUnderAShortColonHeadingAreKept() {
        let items = ["2 cups rye flour", "1 teaspoon fine salt", "½ cup warm water", "3 tablespoons dark honey"]
        let doc = clean(["Rye bread for a cold morning", "", Self.intro, "", Self.more, "", "", "For two small loaves:"]
            + items + ["Posted by Marta at 9:12 AM", "Labels: baking", "", "Older posts"])
        for item in items { #expect(doc.paragraphs.contains(item)) }
        #expect(!doc.paragraphs.contains("Older posts"))
    }

    @Test func linesOfAnotherShapeUnderAStopStillGo() {
        let links = ["Harbour choir opens its doors", "Ferry timetable changes in spring", "Net loft to be restored", "Market hall gets a new roof"]
        let doc = clean(["Quartet announces winter tour", "", Self.intro, "", Self.more, "", Self.leadIn, ""] + links + [""] + Self.footer)
        for line in links { #expect(!doc.paragraphs.contains(line)) }
    }

    @Test func cyrillicDatesUnderAnAnnouncingSentenceAreKept() {
        let intro = "Квартет маяка закончил запись второго альбома в старом лодочном сарае на северном берегу, и этой зимой музыканты повезут новые песни в турне по небольшим городам."
        let more = "Билеты поступят в продажу в пятницу утром, и группа обещает, что ни в одном зале не будет больше пятисот зрителей, так что будет тесно и громко."
        let dates = ["03 Харвик, Соляные залы", "05 Данмор, Старая биржа", "07 Кельби, Зал святой Анны", "09 Пеллингфорд, Канатная фабрика"]
        let doc = clean(["Квартет объявил зимний тур", "", intro, "", more, "", "Даты концертов такие.", ""] + dates + [""] + ["Поделиться", "Новости", "Контакты"])
        for item in dates { #expect(doc.paragraphs.contains(item)) }
    }

    @Test func aDigitOfAnyScriptOrAFractionOpensAnItem() {
        let lines = ["٢٩ القاهرة، دار الأوبرا", "¾ cup milk", "Harwick, The Salt Rooms"].map { TextLine(text: Substring($0), offset: 0, blankBefore: false, lineNumber: 1) }
        let evidence = lines.map { _ in LineEvidence(shape: .short) }
        #expect(ShapedClosingList.opensWithNumber(0, lines, evidence))
        #expect(ShapedClosingList.opensWithNumber(1, lines, evidence))
        #expect(!ShapedClosingList.opensWithNumber(2, lines, evidence))
    }
}
