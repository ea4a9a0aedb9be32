import Foundation
import Testing
@testable import ReaderModel

/// Invented whole pages of article FORMS rather than languages: a Q&A interview ("Q:" questions in
/// bold), a radio transcript of speaker-labelled turns, a recipe (ingredients of short lines,
/// numbered steps), a wire press release (dateline, bullet list, "About" boilerplate, media contact,
/// "###"), page 2 of a paginated story, a numbered listicle, a product review (specs table,
/// pros/cons lists, verdict and score), a photo essay told in its captions, an obituary, an FAQ
/// of short questions as headings, a fact check (claim and verdict boxes) and a match report
/// (minute-by-minute lines, line-ups), a podcast episode's show notes with its chapter list, a
/// letters-to-the-editor page and an article with a correction appended; in English, Spanish,
/// German, French, Japanese, Arabic, Italian and Brazilian Portuguese, each
/// with the chrome such pages carry (menus, appeals, newsletter forms, teasers, comments). The short
/// lines of these forms (questions, ingredients, list items, speaker turns) sit between the
/// article's paragraphs and are article text.
extension UnseenPageFixtureTests {
    static let formPages: [Page] = [
        Page(code: "form-interview",
             title: "'I still tune every piano by ear first': the last piano tuner in Northfield on fifty years of house calls",
             byline: "Helen Lowry"),
        // The closing short turn and outro cue stay (`TranscriptClosingTurns`); the disclaimer inside
        // the transcript's element goes (`ClosingRightsNotice`).
        Page(code: "form-transcript", title: "Transcript: The ferry pilot who guided ships through fog for thirty years"),
        Page(code: "form-recipe", title: "Potaje de garbanzos con espinacas y huevo duro", byline: "Carmen Aguado"),
        // The issuer's name under "News provided by" is the publisher, not the headline (`IssuerUnderCreditLabel`).
        Page(code: "form-press-release", title: "Harbor Loop Robotics opens training center for warehouse technicians in Tacoma"),
        Page(code: "form-paginated", title: "Die letzte Seilfähre am Oberrhein sucht einen Fährmann", byline: "Katrin Albers"),
        Page(code: "form-listicle", title: "Sept idées pour profiter des bords de Loire ce printemps", byline: "Sophie Renaud"),
        // The pros and cons lists are the review's (`ProsAndConsBox`), and so is the rating under the verdict (`ReviewRatingLine`).
        Page(code: "form-review", title: "Pendler-E-Bike Fahrwerk City 7 im Test: leise, leicht, aber teuer", byline: "Jonas Brandt"),
        Page(code: "form-photo-essay", title: "最後の渡し舟　川とともに生きた船頭の一日"),
        Page(code: "form-obituary", title: "Margaret Doyle, who ran the harbour café for forty years, dies aged 93", byline: "Owen Price"),
        Page(code: "form-faq", title: "أسئلة وأجوبة: كل ما تريد معرفته عن خط الحافلات الجديد بين المدينة والمطار"),
        // Second batch: an Italian fact check (the claim quoted in a box, a verdict box, a summary list
        // and the verdict's sentence closing it) and a Brazilian match report (minute-by-minute lines
        // led by the minute, a score table, the line-ups as "Team: names" paragraphs).
        // The claim and verdict boxes open the body and the summary and verdict sentence close it (`FactCheckBoxes`).
        Page(code: "form-fact-check", title: "No, i treni regionali in Liguria non sono stati dimezzati nel 2024"),
        Page(code: "form-match-report", title: "Ribeirense vira sobre o Atlético Serrano nos acréscimos e deixa a zona de rebaixamento",
             byline: "Marcos Tavares"),
        // Third batch: a Spanish podcast episode (show notes, a chapter list of times into the
        // recording under "Capítulos", a credits line; player and "listen on" buttons, patron
        // appeal, more episodes, comments), a German letters-to-the-editor page (each letter under
        // its own heading, signed "Name, Ort"; the editors' note on letters, an "Abo" appeal) and
        // a French article with a correction note appended under its last paragraph.
        // The chapters stay (`EpisodeChapterList`), not a feed of timed entries.
        Page(code: "form-podcast", title: "Episodio 84: Los últimos afiladores ambulantes de Galicia"),
        Page(code: "form-letters", title: "Leserbriefe: Das Hallenbad gehört in die Ortsmitte",
             textIssue: "the first letter's heading, right under the share bar and over the first paragraph, is read as the header's; and the editors' note on letters under the last signature (a sentence) carries the body's end over the \"more\" teasers and the subscription appeal, in a vocabulary that does not know them"),
        // No byline expected: the text copy's byline row runs the name into "Publié le …" (read as "Pauline Marchand Publié").
        Page(code: "form-correction", title: "À Saint-Aubin, la halle aux grains rouvrira en marché couvert à l'automne"),
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
