import Testing
@testable import ReaderModel

/// Invented stories with a pull quote set in the quote marks of their language and no full stop
/// before the closing mark (German „…“, French «…», Danish »…«, Japanese 「…」): it goes once, as
/// an English one does, in the text copy (`WholeQuotedLine` lets `PullQuoteCopy` read it as a
/// sentence) and in the saved page's `<blockquote>` (`BlockquotePullQuote`).
@Suite struct WholeQuotedPullQuoteTests: TextPageCleaning {
    static let german = [
        "Die alte Fähre über die Lahn fährt seit diesem Frühjahr wieder, nachdem ein Verein aus dem Dorf das Boot gekauft und repariert hat.",
        "Drei Jahre lang lag sie am Ufer. Ohne die Fähre war das andere Ufer plötzlich weit weg, sagt die Vorsitzende. Jetzt setzt sie jeden Tag über.",
        "Der Verein sucht noch Fährleute für die Wochenenden, denn im Sommer kommen viele Radfahrer, die den Fluss hier überqueren wollen.",
    ]
    static let french = [
        "Le petit cinéma de Saint-Aubin a rouvert ses portes samedi, deux ans après sa fermeture faute de repreneur pour la salle du centre.",
        "Une association de quarante bénévoles a repris la salle. Un village sans cinéma est un village qui se couche tôt, résume son président. Les séances affichent complet.",
        "La commune prête la salle pour un euro symbolique, à condition que l'association propose des séances aux écoles deux fois par mois.",
    ]

    static func page(_ body: [String]) -> [String] {
        ["Lahnbote", "Start", "Region", "", "Die Fähre fährt wieder", "", "Von Ruth Beispiel", "3. März 2025", ""]
            + body.flatMap { [$0, ""] } + ["Kommentare (3)", "Anmelden"]
    }

    @Test(arguments: [
        "\u{201E}Ohne die Fähre war das andere Ufer plötzlich weit weg\u{201C}",
        "\u{00BB}Ohne die Fähre war das andere Ufer plötzlich weit weg\u{00AB}",
        "\u{201E}Ohne die Fähre war das andere Ufer plötzlich weit weg.\u{201C}",
    ])
    func aGermanPullQuoteGoesOnce(quote: String) {
        let doc = clean(Self.page([Self.german[0], Self.german[1], quote, Self.german[2]]))
        #expect(doc.paragraphs == Self.german)
        #expect(doc.evidence(of: quote).contains(PullQuoteCopy.evidence))
    }

    @Test func aFrenchPullQuoteGoesOnce() {
        let quote = "\u{00AB} Un village sans cinéma est un village qui se couche tôt \u{00BB}"
        let doc = clean(Self.page([Self.french[0], Self.french[1], quote, Self.french[2]]))
        #expect(doc.paragraphs == Self.french)
    }

    @Test func theSavedPageDropsItToo() {
        let quote = "\u{201E}Ohne die Fähre war das andere Ufer plötzlich weit weg\u{201C}"
        let html = """
            <html><head><title>Die Fähre fährt wieder</title></head><body><article><h1>Die Fähre fährt wieder</h1>
            <p>\(Self.german[0])</p><p>\(Self.german[1])</p>
            <blockquote><p>\(quote)</p></blockquote>
            <p>\(Self.german[2])</p></article></body></html>
            """
        #expect(HTMLFixtures.clean(html).paragraphs == Self.german)
    }

    @Test func onlyAWholeQuoteCounts() {
        #expect(WholeQuotedLine.holds("\u{201E}Ohne die Fähre war das andere Ufer weit weg\u{201C}"))
        #expect(WholeQuotedLine.holds("\u{300C}川を渡る舟がなければ、向こう岸は遠い\u{300D}"))
        // Two quotes on one line, and a line that only ends in a mark, are no single quoted sentence.
        #expect(!WholeQuotedLine.holds("\u{201E}Ja\u{201C}, sagte sie, \u{201E}das stimmt\u{201C}"))
        #expect(!WholeQuotedLine.holds("Sie sagte: \u{201E}Das stimmt\u{201C}"))
        // A quoted line that no paragraph holds stays.
        let other = "\u{201E}Ein Fluss trennt nicht, er verbindet die Dörfer\u{201C}"
        #expect(clean(Self.page([Self.german[0], Self.german[1], other, Self.german[2]])).paragraphs.contains(other))
    }
}
