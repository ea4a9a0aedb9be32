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
/// letters-to-the-editor page, an article with a correction appended, a timeline of dated entries,
/// an explainer closing with its numbered sources and an election result told in tables of
/// figures; in English, Spanish, German, French, Japanese, Arabic, Italian and Brazilian Portuguese, each
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
        // The first letter's heading is the letter's, as each later letter's is, and the letters end
        // at the last "Name, Town" signature (`SignedLettersPage`).
        Page(code: "form-letters", title: "Leserbriefe: Das Hallenbad gehört in die Ortsmitte"),
        // No byline expected: the text copy's byline row runs the name into "Publié le …" (read as "Pauline Marchand Publié").
        Page(code: "form-correction", title: "À Saint-Aubin, la halle aux grains rouvrira en marché couvert à l'automne"),
        // Fourth batch: a Spanish timeline (a line of only a date over each entry's paragraph,
        // oldest first), an English explainer closing with a short numbered "Sources" list of
        // citations (kept: readers expect a story's sources, and the dev gold keeps reference
        // lists) and an Italian election result whose core is two tables of figures.
        // The dates are the timeline's (`TimelineEntryDates`, `TimelineDateHeadings`), not the page's.
        Page(code: "form-timeline", title: "Cronología: veinte años del tranvía de Villaseca, de la primera piedra al último viaje",
             byline: "Lucía Ortega"),
        // The source list stays (`ClosingSourceList`), not a teaser list under a box heading.
        Page(code: "form-sources", title: "Why Northfield's aquifer is refilling more slowly than ever", byline: "Daniel Hart"),
        // The "%" heading the share column keeps its place in the header row (`UnitSymbolHeaderCell`).
        Page(code: "form-results", title: "Comunali a Valdorno, Elena Bertoli vince al primo turno con il 54 per cento",
             byline: "Chiara Mancini", published: "2025-06-09T23:40"),
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
