import Foundation
import Testing
@testable import ReaderModel

/// Invented whole pages of forms chosen for their risk of being cut or kept wrongly: a Dutch
/// opinion piece closed by the publication's disclaimer and the writer's box (bare name, a note
/// about them, a "more by this author" link), a German market report whose figures are short lines
/// of a label and a number, a Spanish poem of the week whose short lines are the body, an Italian
/// feature whose pull quotes repeat sentences from inside its paragraphs, and a French breaking-news
/// stub of one paragraph and "this article will be updated"; each with the chrome such pages carry
/// (menus, cookie banners, share bars, teasers, newsletter forms, comments).
extension UnseenPageFixtureTests {
    static let riskFormPages: [Page] = [
        // The disclaimer sits in the article under its last paragraph and stays (the dev gold keeps
        // such notes); the writer's box under it goes (`HeaderNamedAuthorBox`). No byline expected:
        // the text copy's byline row runs the name into the date.
        Page(code: "form-op-ed", title: "Geef de Vecht terug aan de roeiers, niet aan de jachthaven", published: "2025-05-14T06:00"),
        // The figure lines ("Label: number unit (change)") are the report's, and so is the data note under it.
        Page(code: "form-market-report", title: "Marktbericht: Autowerte ziehen den Leitindex nach oben, Gold so teuer wie nie",
             byline: "Thomas Berger", published: "2025-05-20T17:45"),
        // The verse lines stay in the text copy, and in the saved page, which sets each stanza as one
        // paragraph of lines parted by single `<br>` (`VerseLineBreaks`).
        Page(code: "form-poem", title: "El poema de la semana: «Lo que deja la marea», de Julia Navarro Ibáñez"),
        // Each pull quote goes and its sentence stays in the paragraph it repeats: in the text copy
        // `PullQuoteCopy`, in the saved page `BlockquotePullQuote` (the one in an `<aside>` is furniture).
        Page(code: "form-pull-quote", title: "A Pontebianco l'ultima sala del paese riapre grazie a quaranta soci",
             byline: "Giulia Ferretti", published: "2025-05-12T08:10"),
        // The stub's update note is the article's own last line.
        Page(code: "form-breaking", title: "Incendie dans un entrepôt de la zone portuaire de Saint-Hilaire, la circulation coupée sur la D12",
             published: "2025-05-21T14:32"),
    ]

    @Test(arguments: riskFormPages)
    func riskFormTextCopyKeepsTheStory(page: Page) throws {
        try textCopyKeepsTheStory(page: page)
    }

    @Test(arguments: riskFormPages)
    func riskFormSavedPageKeepsTheStory(page: Page) throws {
        try savedPageKeepsTheStory(page: page)
    }

    @Test(arguments: riskFormPages)
    func riskFormEveryRemovedLineHasAReason(page: Page) throws {
        try everyRemovedLineHasAReason(page: page)
    }

    @Test func thePullQuotesNameTheirEvidence() throws {
        let text = try Self.clean(Self.riskFormPages[3], html: false)
        #expect(text.evidence(of: "«Un paese senza cinema è un paese che va a dormire presto.»").contains(PullQuoteCopy.evidence))
        let html = try Self.clean(Self.riskFormPages[3], html: true)
        #expect(html.evidence(of: "«Un paese senza cinema è un paese che va a dormire presto.»") == BlockquotePullQuote.evidence)
    }

    @Test func theOpEdsWriterBoxNamesItsEvidence() throws {
        let opEd = try Self.clean(Self.riskFormPages[0], html: false)
        #expect(opEd.evidence(of: "Meer artikelen van deze auteur").contains(HeaderNamedAuthorBox.evidence))
    }
}
