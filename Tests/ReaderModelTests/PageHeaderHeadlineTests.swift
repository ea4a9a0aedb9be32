import Testing
@testable import ReaderModel

/// Invented copies whose article is short and followed by a longer run of other prose (an archive
/// story, an excerpt), so the body may be chosen elsewhere; the article's header — a headline over
/// a byline or date, spoken of by the prose under it — still names the page.
@Suite struct PageHeaderHeadlineTests: TextPageCleaning {

    func titleEvidence(_ doc: Document) -> String? {
        doc.blocks.first { $0.role == .title }?.evidence
    }

    /// Menu, header, a short article, then a long unrelated run under a heading of its own.
    func page(menu: [String], headline: String, byline: String, article: [String], otherHeading: String, other: [String]) -> [String] {
        menu + ["", headline, byline, ""] + article.flatMap { [$0, ""] } + ["", otherHeading, ""] + other.flatMap { [$0, ""] }
    }

    /// The title read with the body forced onto the archive run, as a wrong body choice would set it.
    func titleWithWrongBody(_ lines: [String], otherStart: String) -> (title: String?, note: String?) {
        let lines = LineSplitter.lines(of: lines.joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        guard let other = lines.firstIndex(where: { $0.text.hasPrefix(otherStart) }) else { return (nil, nil) }
        let meta = TextMetadataExtractor.extract(lines, evidence, body: other..<lines.count)
        return (meta.titleIndex.map { String(lines[$0].text) }, meta.titleNote)
    }

    static let otherEnglish = [
        "Glassblowers in the old quarter have kept their furnaces lit through three hard winters, trading tips on fuel and sand with workshops across the valley, and the guild now counts more members than at any time since the market hall was rebuilt.",
        "Apprentices start by gathering cullet and sweeping the floors, then spend a year turning small cups before they are trusted with a vase; most of them say the waiting taught them patience more than any lesson in the craft itself.",
        "The guild's oldest member, who opened her first studio above a bakery, still works four mornings a week and says the furnace is the only heater she has ever needed, even in the coldest weeks of the year when the river freezes over.",
        "Visitors can watch the work from a gallery above the floor on weekends, and the guild sells seconds at a stall by the bridge, where the money goes toward new tools and a fund for students who cannot afford the fees.",
        "Several workshops now share a single large furnace to save on fuel, an arrangement that began as a stopgap and has become a habit that nobody wants to give up, because the shared floor has turned into a place to talk and learn.",
    ]

    @Test func headlineOverTheBylineWhenALongerRunFollows() {
        let headline = "Almsford library reopens its reading room after the flood"
        let article = [
            "The reading room of the Almsford library reopened on Monday, six months after the spring flood soaked its lower shelves and ruined the old floor.",
            "Volunteers dried and rebound more than two hundred books, and the library says the reading room will keep its longer evening hours through the winter.",
        ]
        let doc = clean(page(menu: ["Home", "Local", "Sign in"], headline: headline, byline: "By Tamsin Example, March 4, 2025",
                             article: article, otherHeading: "From the archive: the glass guild", other: Self.otherEnglish))
        #expect(doc.title == headline)
    }

    @Test func germanHeadlineOverADateLine() {
        let headline = "Neue Fähre verbindet Almsford und Cray Point ab Montag"
        let article = [
            "Die neue Fähre zwischen Almsford und Cray Point fährt ab Montag alle zwanzig Minuten, teilte das Verkehrsamt des Kreises am Freitag mit.",
            "Pendler hatten sich den ganzen Winter über volle Boote beklagt; die neue Fähre nimmt sechzig Fahrgäste und ein Dutzend Fahrräder mit.",
        ]
        let other = Self.otherEnglish.map { $0.replacingOccurrences(of: "guild", with: "Gilde") }
        let lines = page(menu: ["Startseite", "Lokales", "Anmelden"], headline: headline, byline: "4. März 2025, 09:10 Uhr",
                         article: article, otherHeading: "Aus dem Archiv: die Glasbläser", other: other)
        #expect(clean(lines).title == headline)
        #expect(titleWithWrongBody(lines, otherStart: "Glassblowers").title == headline)
    }

    @Test func russianHeadlineOverAByline() {
        let headline = "В Алмсфорде после наводнения открылся читальный зал"
        let article = [
            "Читальный зал библиотеки Алмсфорда открылся в понедельник, через полгода после весеннего наводнения, которое залило нижние полки.",
            "Волонтёры высушили и переплели больше двухсот книг, а читальный зал библиотеки теперь работает по вечерам всю зиму.",
        ]
        let lines = page(menu: ["Главная", "Город", "Войти"], headline: headline, byline: "Автор: Тамсин Пример",
                         article: article, otherHeading: "Из архива: стеклодувы", other: Self.otherEnglish)
        #expect(clean(lines).title == headline)
        #expect(titleWithWrongBody(lines, otherStart: "Glassblowers").title == headline)
    }

    /// The page's first header is a blog's name over a date, above a post with a header of its own:
    /// the post's own headline keeps the title.
    @Test func aPostWithItsOwnHeaderKeepsItsHeadline() {
        let headline = "How the glass guild shares one furnace"
        let page = ["Glass Guild Notes", "March 4, 2025", "", "Archive", "About", "", headline, "By Tamsin Example", ""]
            + Self.otherEnglish.flatMap { [$0, ""] }
        #expect(clean(page).title == headline)
    }

    /// The body chosen wrongly (the archive story): the title is still the article's headline,
    /// and the evidence says why.
    @Test func wrongBodyStillGetsThePageHeadline() {
        let headline = "Almsford library reopens its reading room after the flood"
        let article = [
            "The reading room of the Almsford library reopened on Monday, six months after the spring flood soaked its lower shelves and ruined the old floor.",
            "Volunteers dried and rebound more than two hundred books, and the library says the reading room will keep its longer evening hours through the winter.",
        ]
        let text = page(menu: ["Home", "Local", "Sign in"], headline: headline, byline: "By Tamsin Example, March 4, 2025",
                        article: article, otherHeading: "From the archive: the glass guild", other: Self.otherEnglish).joined(separator: "\n")
        let lines = LineSplitter.lines(of: text)
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        guard let other = lines.firstIndex(where: { $0.text.hasPrefix("Glassblowers") }) else { Issue.record("no archive run"); return }
        let meta = TextMetadataExtractor.extract(lines, evidence, body: other..<lines.count)
        #expect(meta.titleIndex.map { String(lines[$0].text) } == headline)
        #expect(meta.titleNote?.contains("over the page's first byline or date line") == true)
    }

    /// A blog dates the post above its headline, a tag between them.
    @Test func headlineUnderTheDateLine() {
        let headline = "Almsford library reopens its reading room after the flood"
        let article = [
            "The reading room of the Almsford library reopened on Monday, six months after the spring flood soaked its lower shelves and ruined the old floor.",
            "Volunteers dried and rebound more than two hundred books, and the library says the reading room will keep its longer evening hours through the winter.",
        ]
        let lines = ["Tamsin Example", "About", "Subscribe", "", "4 March 2025", "Libraries", headline, ""]
            + article.flatMap { [$0, ""] } + ["", "From the archive: the glass guild", ""] + Self.otherEnglish.flatMap { [$0, ""] }
        let read = titleWithWrongBody(lines, otherStart: "Glassblowers")
        #expect(read.title == headline)
        #expect(read.note?.contains("under the page's first date line") == true)
    }

    @Test func frenchHeadlineUnderTheDateLine() {
        let headline = "La bibliothèque d'Almsford rouvre sa salle de lecture après la crue"
        let article = [
            "La salle de lecture de la bibliothèque d'Almsford a rouvert lundi, six mois après la crue du printemps qui avait noyé les rayons du bas.",
            "Des bénévoles ont séché et relié plus de deux cents livres, et la bibliothèque garde ses horaires du soir tout l'hiver.",
        ]
        let lines = ["Accueil", "Contact", "", "4 mars 2025", headline, ""]
            + article.flatMap { [$0, ""] } + ["", "Archives : les verriers", ""] + Self.otherEnglish.flatMap { [$0, ""] }
        #expect(titleWithWrongBody(lines, otherStart: "Glassblowers").title == headline)
    }
}
