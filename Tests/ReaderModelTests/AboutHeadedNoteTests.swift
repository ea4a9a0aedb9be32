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

    /// The post in the box's language, so the note is weighed as prose of the page's language.
    static let posts: [String: [String]] = [
        "fr": [
            "Le bac vers l'île circulera deux fois par jour dès la semaine prochaine, après que le conseil du port a accepté de payer un second équipage pendant les mois d'hiver.",
            "Les habitants de l'île réclamaient cette traversée supplémentaire depuis des années, car le seul bateau du matin ne leur permettait pas d'aller à la clinique du continent et de rentrer le même jour.",
            "Le conseil réexaminera les horaires au printemps, quand il saura combien de personnes prennent la traversée de l'après-midi.",
        ],
        "es": [
            "El transbordador a la isla hará dos viajes al día desde la semana que viene, después de que la junta del puerto aceptara pagar una segunda tripulación durante los meses de invierno.",
            "Los vecinos de la isla pedían ese viaje extra desde hacía años, porque el único barco de la mañana no les permitía ir a la clínica del continente y volver el mismo día.",
            "La junta revisará el horario en primavera, cuando sepa cuántas personas usan la travesía de la tarde.",
        ],
        "de": [
            "Die Fähre zur Insel fährt ab nächster Woche zweimal am Tag, nachdem der Hafenrat zugestimmt hat, über die Wintermonate eine zweite Besatzung zu bezahlen.",
            "Die Inselbewohner hatten seit Jahren um die zusätzliche Fahrt gebeten, weil das einzige Morgenboot ihnen keine Möglichkeit ließ, die Klinik auf dem Festland zu erreichen und am selben Tag zurückzukehren.",
            "Der Rat will den Fahrplan im Frühjahr erneut prüfen, wenn er weiß, wie viele Menschen die Nachmittagsfahrt nutzen.",
        ],
    ]

    @Test func anAboutTheAuthorBoxLeavesThePostInEachLanguage() {
        let cases: [(post: [String], box: [String])] = [
            (Self.post, ["About the author", "", "Tamsin Example writes about boats and weather from a cottage above the harbour, and sails whenever the wind allows."]),
            (Self.posts["fr"]!, ["À propos de l'auteur", "", "Tamsin Exemple écrit sur les bateaux et la météo depuis une maison au-dessus du port, et navigue dès que le vent le permet."]),
            (Self.posts["es"]!, ["Sobre el autor", "", "Tamsin Ejemplo escribe sobre barcos y el tiempo desde una casa sobre el puerto, y navega siempre que el viento lo permite."]),
            (Self.posts["de"]!, ["Über die Autorin", "", "Tamsin Beispiel schreibt über Boote und Wetter aus einem Haus über dem Hafen und segelt, wann immer der Wind es erlaubt."]),
        ]
        for (post, box) in cases {
            let doc = clean(Self.page(post, box: box))
            #expect(doc.paragraphs == post, "\(box[0])")
            #expect(doc.evidence(of: box[2]).contains(AboutHeadedNote.evidence), "\(box[0])")
        }
    }

    @Test func aWriterSigningThePostAboveTheBoxIsStillItsWriter() {
        let post = Self.post + ["Tamsin Example"]
        let box = ["About Tamsin Example", "", "Tamsin Example writes about boats and weather from a cottage above the harbour, and sails whenever the wind allows."]
        let doc = clean(Self.page(post, box: box))
        #expect(!doc.paragraphs.contains(box[2]))
        #expect(doc.evidence(of: box[2]).contains(AboutHeadedNote.evidence))
    }

    @Test func aCompanyTheReleaseNamesKeepsItsBoilerplate() {
        let post = ["Tollerby Ferries, the island's operator, will run a second crossing each afternoon from next week, the company said on Monday."] + Self.post.dropFirst()
        let box = ["About Tollerby Ferries", "", "Tollerby Ferries has carried passengers and freight between the island and the mainland since 1962 and employs 140 people."]
        let doc = clean(Self.page(post, box: box))
        #expect(doc.paragraphs.contains(box[2]))
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
