import Foundation
import Testing
@testable import ReaderModel

/// Invented whole pages of SHAPES no other fixture has: a paywalled Norwegian story whose copy
/// holds only its lead and the subscription prompt, a Russian wiki article (a table of contents,
/// an "[edit]" link beside each section heading, footnote marks, a notes list, category links), a
/// Polish court report whose ruling's reasons are a list, a Korean morning briefing of short items
/// each under a "■" heading, a Greek parliament vote whose tally is a list of "label: number"
/// lines, a Swedish events guide whose every event closes on "Tid:/Plats:/Pris:" lines, a Hindi
/// job notice whose core is a table of dates and a list of steps, and an English flood report
/// opening on a "Key points" box with a "Related Story" line inside the story; each with the
/// chrome such pages carry (menus, consent bars, share bars, teasers, comments, footers).
extension UnseenPageFixtureTests {
    static let shapePages: [Page] = [
        // The prompt under the lead goes, from its heading down (`PaywallLineTail`); the saved page's
        // prompt sits in its own classed box.
        Page(code: "shape-paywall", title: "Kommunen vil selge den gamle fergekaia til boligutbygger",
             byline: "Ingrid Solberg", published: "2025-05-14T08:15"),
        // The saved page reads each heading without its edit link (`EditSectionLink`) and drops the
        // contents box (a `toc` class); the notes stay, as a story's sources do.
        Page(code: "shape-wiki", title: "Водяная мельница Пестовых",
             textIssue: "a wiki's contents list and the \"[edit]\" suffix of each heading in a text copy",
             htmlIssue: "the \"↑\" back-link opening each note"),
        Page(code: "shape-court", title: "Sąd: gmina musi oddać mieszkańcom pieniądze za nieodebrane śmieci",
             byline: "Tomasz Wrona", published: "2025-03-20T15:40"),
        // No byline expected: the text copy reads "입력", the label of the date after the name.
        Page(code: "shape-briefing", title: "[아침 브리핑] 강변 자전거길 전 구간 개통·시내버스 첫차 30분 당겨져"),
        // No byline expected: the name comes in the genitive after "Της" ("by", feminine).
        Page(code: "shape-parliament", title: "Ψηφίστηκε το νομοσχέδιο για τα νησιωτικά λιμάνια με 158 «ναι»",
             published: "2025-06-12T23:10"),
        // The last event's fields under the last paragraph are the guide's (`TrailingRecordBlock`); the
        // saved page's field lines, parted by one <br> each, are a line each (`FieldLineBreaks`).
        Page(code: "shape-events", title: "Helgens bästa: fem saker att göra i Norrvik",
             byline: "Elin Forsberg", published: "2025-05-16T07:00"),
        // The deadlines in the table are its values, not the page's date (`DataTableDateCell`); the step
        // opening on "फोटो" (photo) is a sentence, not a credit (`OpeningLabelWordSentence`).
        Page(code: "shape-notice", title: "जिला सहकारी बैंक में 120 लिपिक पदों पर भर्ती, 30 जून तक करें आवेदन",
             byline: "अंकिता शर्मा", published: "2025-06-02T11:20"),
        // The summary box is the story's: in the text copy over its first paragraph (`KeyPointsBox`), in
        // the saved page as the sibling before the story's element (`KeyPointsBoxElement`).
        Page(code: "shape-keypoints", title: "Farmers along the Merrin River told to move stock as floodwaters rise",
             byline: "Hannah Creed", published: "2025-02-18T06:05"),
    ]

    @Test(arguments: shapePages)
    func shapeTextCopyKeepsTheStory(page: Page) throws {
        try textCopyKeepsTheStory(page: page)
    }

    @Test(arguments: shapePages)
    func shapeSavedPageKeepsTheStory(page: Page) throws {
        try savedPageKeepsTheStory(page: page)
    }

    @Test(arguments: shapePages)
    func shapeEveryRemovedLineHasAReason(page: Page) throws {
        try everyRemovedLineHasAReason(page: page)
    }

    @Test func thePaywallPromptNamesItsEvidence() throws {
        let doc = try Self.clean(Self.shapePages[0], html: false)
        #expect(doc.evidence(of: "Prøv 1 måned for 1 kr").contains(PaywallLineTail.evidence))
    }

    @Test func theTableDatesStayInTheirRows() throws {
        let doc = try Self.clean(Self.shapePages[6], html: true)
        #expect(doc.paragraphs.contains("आवेदन की अंतिम तिथि\t30 जून 2025"))
        #expect(doc.published == "2025-06-02T11:20")
    }

    @Test func theKeyPointsNameTheirEvidence() throws {
        let text = try Self.clean(Self.shapePages[7], html: false)
        #expect(text.evidence(of: "Key points:").contains(KeyPointsBox.evidence))
        let html = try Self.clean(Self.shapePages[7], html: true)
        #expect(html.evidence(of: "Key points:").contains(KeyPointsBoxElement.evidence))
    }

    @Test func theLastEventsFieldsNameTheirEvidence() throws {
        let doc = try Self.clean(Self.shapePages[5], html: false)
        #expect(doc.evidence(of: "Plats: Norrviks ridklubb, Hagvägen 4").contains(TrailingRecordBlock.evidence))
    }

    @Test func theEventFieldsAndThePhotoStepNameTheirEvidence() throws {
        let events = try Self.clean(Self.shapePages[5], html: true)
        #expect(events.blocks.first { $0.text == "Plats: Gästhamnen" }?.evidence?.contains(FieldLineBreaks.evidence) == true)
        let step = "फोटो और हस्ताक्षर अपलोड करें और 500 रुपये शुल्क जमा करें।"
        #expect(try Self.clean(Self.shapePages[6], html: false).evidence(of: step).contains(OpeningLabelWordSentence.evidence))
        let notice = try Self.clean(Self.shapePages[6], html: true)
        #expect(notice.blocks.first { $0.text == step }?.evidence?.contains(OpeningLabelWordSentence.evidence) == true)
    }

    @Test func theWikiHeadingsLoseTheirEditLinks() throws {
        let doc = try Self.clean(Self.shapePages[1], html: true)
        #expect(doc.paragraphs.contains("Восстановление"))
        #expect(!doc.paragraphs.contains { $0.contains("править") || $0 == "Содержание" })
    }
}
