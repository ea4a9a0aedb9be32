import Foundation
import Testing
@testable import ReaderModel

/// Invented whole pages of article FORMS rather than languages: a Q&A interview ("Q:" questions in
/// bold), a radio transcript of speaker-labelled turns, a recipe (ingredients of short lines,
/// numbered steps), a wire press release (dateline, bullet list, "About" boilerplate, media contact,
/// "###"), page 2 of a paginated story, a numbered listicle, a product review (specs table,
/// pros/cons lists, verdict and score), a photo essay told in its captions, an obituary and an FAQ
/// of short questions as headings; in English, Spanish, German, French, Japanese and Arabic, each
/// with the chrome such pages carry (menus, appeals, newsletter forms, teasers, comments). The short
/// lines of these forms (questions, ingredients, list items, speaker turns) sit between the
/// article's paragraphs and are article text.
extension UnseenPageFixtureTests {
    static let formPages: [Page] = [
        Page(code: "form-interview",
             title: "'I still tune every piano by ear first': the last piano tuner in Northfield on fifty years of house calls",
             byline: "Helen Lowry"),
        Page(code: "form-transcript", title: "Transcript: The ferry pilot who guided ships through fog for thirty years",
             textIssue: "the closing short turn and the outro cue under the last paragraph fall outside the body run",
             htmlIssue: "the transcript's disclaimer (copyright, rush deadline) inside its body element is kept"),
        Page(code: "form-recipe", title: "Potaje de garbanzos con espinacas y huevo duro", byline: "Carmen Aguado"),
        Page(code: "form-press-release", title: "Harbor Loop Robotics opens training center for warehouse technicians in Tacoma",
             textIssue: "the issuer's name under \"News provided by\" over the date outscores the headline"),
        Page(code: "form-paginated", title: "Die letzte Seilfähre am Oberrhein sucht einen Fährmann", byline: "Katrin Albers"),
        Page(code: "form-listicle", title: "Sept idées pour profiter des bords de Loire ce printemps", byline: "Sophie Renaud"),
        Page(code: "form-review", title: "Pendler-E-Bike Fahrwerk City 7 im Test: leise, leicht, aber teuer", byline: "Jonas Brandt",
             textIssue: "the pros and cons lists read as a bar of buttons with scattered prose under it, which ends the body"),
        Page(code: "form-photo-essay", title: "最後の渡し舟　川とともに生きた船頭の一日"),
        Page(code: "form-obituary", title: "Margaret Doyle, who ran the harbour café for forty years, dies aged 93", byline: "Owen Price"),
        Page(code: "form-faq", title: "أسئلة وأجوبة: كل ما تريد معرفته عن خط الحافلات الجديد بين المدينة والمطار"),
    ]

    @Test(arguments: formPages)
    func formTextCopyKeepsTheStory(page: Page) throws {
        try textCopyKeepsTheStory(page: page)
    }

    @Test(arguments: formPages)
    func formSavedPageKeepsTheStory(page: Page) throws {
        try savedPageKeepsTheStory(page: page)
    }

    @Test(arguments: formPages)
    func formEveryRemovedLineHasAReason(page: Page) throws {
        try everyRemovedLineHasAReason(page: page)
    }
}
