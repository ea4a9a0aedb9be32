import Testing
@testable import ReaderModel

/// Greek bylines whose article in the genitive ("Του", "Της", "Των") stands for "by": the article
/// goes, the name stays as the page writes it. Invented names and pages.
@Suite struct GreekGenitiveLabelTests {
    @Test(arguments: [
        ("Του Γιώργου Αναστασίου", "Γιώργου Αναστασίου"),
        ("Της Μαρίας Κωνσταντίνου", "Μαρίας Κωνσταντίνου"),
        ("Των Νίκου Βλάχου και Άννας Ρήγα", "Νίκου Βλάχου και Άννας Ρήγα"),
    ])
    func theArticleGoes(byline: String, name: String) {
        #expect(GreekGenitiveLabel.name(in: byline) == name)
        #expect(BylineNameOnly.trim(byline)?.name == name)
    }

    @Test func otherLinesStay() {
        // One word after the article may be a title's noun; a Latin word is no Greek name.
        #expect(GreekGenitiveLabel.name(in: "Του Κόσμου") == nil)
        #expect(GreekGenitiveLabel.name(in: "Του Daniel Rossi") == nil)
        // A lower-case word after the article is prose.
        #expect(GreekGenitiveLabel.name(in: "Της νέας χρονιάς οι αλλαγές") == nil)
        #expect(GreekGenitiveLabel.name(in: "Γιώργος Αναστασίου") == nil)
    }

    @Test func aCopysBylineLosesTheArticle() {
        let lines = [
            "Αρχική", "Κοινωνία",
            "Οι ψαράδες του χωριού έφτιαξαν ξανά το παλιό καρνάγιο",
            "Της Μαρίας Κωνσταντίνου",
            "12 Μαρτίου 2025, 10:30",
            "Το παλιό καρνάγιο στην άκρη του λιμανιού λειτουργεί ξανά, χάρη στη δουλειά των ψαράδων του χωριού που εργάστηκαν όλο τον χειμώνα για να το επισκευάσουν.",
            "«Δεν θέλαμε να χαθεί η τέχνη των πατεράδων μας», λέει ο γηραιότερος από τους καραβομαραγκούς. Οι δωρεές των κατοίκων κάλυψαν τα περισσότερα έξοδα.",
        ]
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
        #expect(doc.byline == "Μαρίας Κωνσταντίνου")
        #expect(doc.evidence(of: "Της Μαρίας Κωνσταντίνου").contains(GreekGenitiveLabel.evidence))
        #expect(doc.published == "2025-03-12T10:30")
    }
}
