import Testing
@testable import ReaderModel

/// Invented posts closed by the writer's box under an about-the-author heading in several languages,
/// or under "About" and a name the note gives: the box leaves the body with no byline to name it. A
/// profile whose heading names someone the note does not name in full, a list of references and a
/// post whose closing short sentence stands above no box keep their lines.
@Suite struct AboutHeadedNoteTests: TextPageCleaning {
    static let post = [
        "The ferry to the island will run twice a day from next week, after the harbour board agreed to pay for a second crew through the winter months.",
        "Islanders had asked for the extra sailing for years, since the single morning boat left them no way to reach the mainland clinic and return the same day.",
        "The board will look again at the timetable in spring, once it knows how many people use the afternoon crossing.",
    ]

    static func page(_ post: [String], box: [String]) -> [String] {
        ["Island Notes", "Home", "Archive", "", "A second ferry for the winter", ""] + post.flatMap { [$0, ""] } + box
            + ["", "Recent posts", "Archive", "Contact"]
    }

    @Test func anAboutTheAuthorBoxLeavesThePostInEachLanguage() {
        let cases: [[String]] = [
            ["About the author", "", "Tamsin Example writes about boats and weather from a cottage above the harbour, and sails whenever the wind allows."],
            ["À propos de l'auteur", "", "Tamsin Exemple écrit sur les bateaux et la météo depuis une maison au-dessus du port, et navigue dès que le vent le permet."],
            ["Sobre el autor", "", "Tamsin Ejemplo escribe sobre barcos y el tiempo desde una casa sobre el puerto, y navega siempre que el viento lo permite."],
            ["Über die Autorin", "", "Tamsin Beispiel schreibt über Boote und Wetter aus einem Haus über dem Hafen und segelt, wann immer der Wind es erlaubt."],
        ]
        for box in cases {
            let doc = clean(Self.page(Self.post, box: box))
            #expect(doc.paragraphs == Self.post, "\(box[0])")
            #expect(doc.evidence(of: box[2]).contains(AboutHeadedNote.evidence), "\(box[0])")
        }
    }

    @Test func aNameTheNoteGivesInFullHeadsTheBox() {
        let box = ["About Tamsin", "", "Hi, I'm Tamsin. I write about boats and weather from a cottage above the harbour, and sail when I can."]
        let doc = clean(Self.page(Self.post, box: box))
        #expect(doc.paragraphs == Self.post)
    }

    @Test func aProfileTheNoteNamesOnlyInPartStays() {
        let box = ["About Rhodri Example", "", "Mr Example has chaired the harbour board since 2015 and ran the island's boatyard for twenty years before that."]
        let doc = clean(Self.page(Self.post, box: box))
        #expect(doc.paragraphs.contains(box[2]))
    }

    @Test func aShortClosingSentenceWithNoBoxStays() {
        let post = Self.post + ["About time, too."]
        #expect(clean(Self.page(post, box: [])).paragraphs.contains("About time, too."))
    }

    private func line(_ text: String) -> TextLine { TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1) }

    @Test func headingShapes() {
        let heading = line("About Tamsin")
        let note = line("Hi, I'm Tamsin and I write about boats.")
        #expect(AboutHeadedNote.givesName(heading, in: note))
        #expect(!AboutHeadedNote.givesName(line("About our walks"), in: line("Our walks start at the pier every Sunday.")))
        #expect(AboutHeadedNote.authorLabels.contains(line("Sobre el autor").words))
    }
}
