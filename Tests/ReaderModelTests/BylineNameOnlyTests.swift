import Testing
@testable import ReaderModel

/// Invented byline lines whose credit carries words beside the name: a host's "with" in several
/// languages before it (`HostCreditPreposition`), and the writer's role after it (`WriterRoleTail`).
/// The byline is the name alone, in the text copy and the saved page.
@Suite struct BylineNameOnlyTests: TextPageCleaning {
    static let story = [
        "The council voted on Tuesday to spend two hundred thousand pounds on the old ferry landing, which has been closed since a storm washed away its steps.",
        "",
        "Volunteers from the village have raised a further forty thousand pounds for a shelter and a noticeboard by the slipway, and hope to open it by Easter.",
        "",
        "The ferry company says it will run three crossings a day in summer if the landing is ready in time for the season.",
    ]

    static func page(_ byline: [String]) -> [String] {
        ["Home", "News", "Sport", "", "Council agrees to reopen the old ferry landing at Marrow Point next spring", ""]
            + byline + [""] + story + ["", "Share this", "Comments"]
    }

    @Test(arguments: [
        ("Con Lucía Ejemplo · 3 de abril de 2025 · 52 min", "Lucía Ejemplo"),
        ("Avec Claire Exemple · 3 avril 2025 · 45 min", "Claire Exemple"),
        ("Mit Anna Beispiel · 3. April 2025 · 40 Min.", "Anna Beispiel"),
    ])
    func aHostsWithIsLeftOff(line: String, name: String) {
        let doc = clean(Self.page([line]))
        #expect(doc.byline == name)
        #expect(doc.evidence(of: line).contains(HostCreditPreposition.evidence))
    }

    @Test(arguments: [
        ("By Jane Example, Staff Writer", "Jane Example"),
        ("Von Anna Beispiel, Wirtschaftsredakteurin", "Anna Beispiel"),
        ("By Jane Example Senior Reporter", "Jane Example"),
    ])
    func aWritersRoleIsLeftOff(line: String, name: String) {
        let doc = clean(Self.page([line, "March 4, 2025"]))
        #expect(doc.byline == name)
        #expect(doc.evidence(of: line).contains(WriterRoleTail.evidence))
    }

    @Test(arguments: [
        ("With Sam Example · 3 April 2025 · 45 min", "Sam Example"),
        ("With Mary Ann Example | April 3, 2025", "Mary Ann Example"),
        ("Med Lars Eksempel · 3. april 2025 · 38 min", "Lars Eksempel"),
    ])
    func aHostsWithBeforeANameAndDateIsLeftOff(line: String, name: String) {
        let doc = clean(Self.page([line]))
        #expect(doc.byline == name)
        #expect(doc.evidence(of: line).contains(HostCreditPreposition.evidence))
        let html = """
            <html><head><title>Lighthouse keepers</title></head><body><article><h1>Lighthouse keepers</h1>
            <div class="byline">\(line)</div>
            <p>\(Self.story[0])</p><p>\(Self.story[2])</p><p>\(Self.story[4])</p></article></body></html>
            """
        #expect(HTMLFixtures.clean(html).byline == name)
    }

    @Test(arguments: [
        ("Jane Example, Science Correspondent", "Jane Example"),
        ("Ana Ejemplo, corresponsal en Lima", "Ana Ejemplo"),
        ("Claire Exemple, correspondante à Lyon", "Claire Exemple"),
        ("Anna Beispiel, Korrespondentin in Wien", "Anna Beispiel"),
        ("Giulia Esempio, inviata a Palermo", "Giulia Esempio"),
    ])
    func aNameAndRoleAloneUnderTheHeadlineIsTheByline(line: String, name: String) {
        let doc = clean(Self.page([line]))
        #expect(doc.byline == name)
        #expect(doc.evidence(of: line).contains(WriterRoleTail.lineEvidence))
        // The saved page: the author's element and the author stated in <meta>.
        let story = "<p>\(Self.story[0])</p><p>\(Self.story[2])</p><p>\(Self.story[4])</p>"
        let element = """
            <html><head><title>Lighthouse keepers</title></head><body><article><h1>Lighthouse keepers</h1>
            <div class="author">\(line)</div>\(story)</article></body></html>
            """
        #expect(HTMLFixtures.clean(element).byline == name)
        let stated = """
            <html><head><title>Lighthouse keepers</title><meta name="author" content="\(line)"></head><body><article>
            <h1>Lighthouse keepers</h1>\(story)</article></body></html>
            """
        #expect(HTMLFixtures.clean(stated).byline == name)
    }

    @Test func rulesLeaveNamesAlone() {
        // "Con" alone before one word is the given name; two writers after commas stay two.
        #expect(HostCreditPreposition.name(in: "Con Example") == nil)
        #expect(HostCreditPreposition.name(in: "Con Lucía Ejemplo") == "Lucía Ejemplo")
        #expect(HostCreditPreposition.name(in: "Mitchell Example") == nil)
        #expect(WriterRoleTail.name(in: "Jane Example, Tom Sample and Ann Other") == nil)
        #expect(WriterRoleTail.name(in: "Jane Example, Staff Writer, and Tom Sample") == nil)
        #expect(WriterRoleTail.name(in: "Ana Ejemplo, corresponsal") == "Ana Ejemplo")
        // Spanish and French "en" after a role is "in" (the place left off); Dutch "en" after a role is "and".
        #expect(WriterRoleTail.name(in: "Ana Ejemplo, corresponsal en Lima") == "Ana Ejemplo")
        #expect(WriterRoleTail.name(in: "Claire Exemple, envoyée spéciale en Bretagne") == "Claire Exemple")
        #expect(WriterRoleTail.name(in: "Jan Voorbeeld, verslaggever en Piet Jansen") == nil)
        #expect(WriterRoleTail.name(in: "Jane Example | Science Correspondent") == "Jane Example")
        #expect(WriterRoleTail.name(in: "Mary Ann Example") == nil)
    }

    @Test func theSavedPageGivesTheNameToo() {
        let html = """
            <html><head><title>Lighthouse keepers</title></head><body><article><h1>Lighthouse keepers</h1>
            <div class="byline">By <span class="author">Jane Example, Staff Writer</span></div>
            <p>\(Self.story[0])</p><p>\(Self.story[2])</p><p>\(Self.story[4])</p></article></body></html>
            """
        #expect(HTMLFixtures.clean(html).byline == "Jane Example")
    }
}
