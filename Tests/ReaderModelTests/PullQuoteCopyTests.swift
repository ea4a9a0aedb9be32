import Testing
@testable import ReaderModel

/// Invented stories with a pull quote set apart between paragraphs: a sentence repeated from inside
/// a nearby paragraph goes and the paragraph keeps it, in English, German and Portuguese; a sentence
/// only alike, a copy glued to its neighbours, a copy that closes the article and a sentence a
/// paragraph below repeats stay.
@Suite struct PullQuoteCopyTests: TextPageCleaning {
    static let paragraphs = [
        "The old signal box at Ashby Junction was saved from demolition last spring by a group of retired railway workers who had once worked its levers.",
        "They raised the money for a new roof within a month. Every lever in that box was pulled by someone we knew by name. Now they want to open it to visitors on Sundays.",
        "The council has agreed to lease the building to the group for a peppercorn rent, on condition that the box is open to schools at least twice a term.",
        "Volunteers have repainted the frame and rewired the block instruments, which will ring again for the first time in forty years at the opening in June.",
    ]
    static let quote = "Every lever in that box was pulled by someone we knew by name."

    static func page(_ body: [String]) -> [String] {
        ["Valley Courier", "Home", "Local", "", "Volunteers save the signal box", "", "By Ruth Example", "March 3, 2025", ""]
            + body.flatMap { [$0, ""] } + ["Comments (3)", "Log in to comment"]
    }

    @Test func aSentenceRepeatedFromInsideAParagraphGoes() {
        let body = [Self.paragraphs[0], Self.paragraphs[1], Self.paragraphs[2], "\u{201C}\(Self.quote)\u{201D}", Self.paragraphs[3]]
        let doc = clean(Self.page(body))
        #expect(doc.paragraphs == Self.paragraphs)
        #expect(doc.evidence(of: "\u{201C}\(Self.quote)\u{201D}").contains(PullQuoteCopy.evidence))
    }

    @Test func aCopyFarBelowItsParagraphGoesToo() {
        // Set five paragraphs under the one it quotes, without quote marks.
        let more = [
            "The society's archive of timetables and staff rosters will be shown in the old lamp room, which has been dry since the roof was mended.",
            "A model of the junction as it stood in 1950 is being built by pupils of the village school, who measured the yard with a borrowed tape.",
        ]
        let body = [Self.paragraphs[0], Self.paragraphs[1], Self.paragraphs[2], more[0], more[1], Self.quote, Self.paragraphs[3]]
        let doc = clean(Self.page(body))
        #expect(doc.paragraphs == [Self.paragraphs[0], Self.paragraphs[1], Self.paragraphs[2], more[0], more[1], Self.paragraphs[3]])
    }

    @Test func germanAndPortuguesePullQuotesGo() {
        let german = [
            "Die alte Fähre über die Lahn fährt seit diesem Frühjahr wieder, nachdem ein Verein aus dem Dorf das Boot gekauft und repariert hat.",
            "Drei Jahre lang lag sie am Ufer. Ohne die Fähre war das andere Ufer plötzlich weit weg. Jetzt setzt sie jeden Tag über.",
            "Der Verein sucht noch Fährleute für die Wochenenden, denn im Sommer kommen viele Radfahrer, die den Fluss hier überqueren wollen.",
        ]
        // Set without quote marks here; set in „…“ with no full stop, see `WholeQuotedPullQuoteTests`.
        let germanQuote = "Ohne die Fähre war das andere Ufer plötzlich weit weg."
        let germanDoc = clean(Self.page([german[0], german[1], germanQuote, german[2]]))
        #expect(germanDoc.paragraphs == german)
        let portuguese = [
            "A pequena biblioteca da aldeia voltou a abrir as portas no sábado, depois de dois anos fechada por falta de dinheiro para o telhado.",
            "Os vizinhos juntaram os livros de casa. Uma aldeia sem livros é uma aldeia que deixa de sonhar. Agora há mais de três mil volumes.",
            "A câmara municipal paga a luz e a água, e os voluntários abrem a sala três tardes por semana, sempre com o café a correr.",
        ]
        let portugueseQuote = "\u{00AB}Uma aldeia sem livros é uma aldeia que deixa de sonhar.\u{00BB}"
        let portugueseDoc = clean(Self.page([portuguese[0], portuguese[1], portugueseQuote, portuguese[2]]))
        #expect(portugueseDoc.paragraphs == portuguese)
        #expect(portugueseDoc.evidence(of: portugueseQuote).contains(PullQuoteCopy.evidence))
    }

    @Test func aSentenceOnlyAlikeOrShortStays() {
        let alike = "Every lever in that box was pulled by hand until the line closed."
        #expect(clean(Self.page([Self.paragraphs[0], Self.paragraphs[1], alike, Self.paragraphs[2]])).paragraphs.contains(alike))
        #expect(!PullQuoteCopy.holds(["every", "lever", "in", "that", "box"], ["lever", "in", "this"]))
        #expect(PullQuoteCopy.holds(["every", "lever", "in", "that", "box"], ["lever", "in", "that"]))
        #expect(!PullQuoteCopy.holds(["lever", "in"], ["lever", "in", "that"]))
    }

    @Test func aCopyGluedToItsNeighboursOrClosingTheArticleStays() {
        // Set in the paragraph's run with no blank line around it, the line is the story's own.
        let glued = ["Valley Courier", "Home", "", "Volunteers save the signal box", "", "By Ruth Example", "March 3, 2025", "",
                     Self.paragraphs[0], "", Self.paragraphs[1], Self.quote, Self.paragraphs[2], "", Self.paragraphs[3]]
        #expect(clean(glued).paragraphs.contains(Self.quote))
        // Under the article's last paragraph it is the page repeating its own text, not a quote set into it.
        let closing = clean(Self.page([Self.paragraphs[0], Self.paragraphs[1], Self.paragraphs[2], Self.quote]))
        #expect(closing.evidence(of: Self.quote).contains(PullQuoteCopy.evidence) == false)
    }

    @Test func aSentenceAParagraphBelowRepeatsStays() {
        // A summary over the story: the paragraph that holds its words comes after it.
        let body = [Self.paragraphs[0], Self.quote, Self.paragraphs[1], Self.paragraphs[2]]
        #expect(clean(Self.page(body)).paragraphs.contains(Self.quote))
    }

    @Test func wordSignaturesHoldEveryWordBit() {
        let line = TextLine(text: "Every lever in that box was pulled", offset: 0, blankBefore: true, lineNumber: 0)
        let paragraph = TextLine(text: Substring(Self.paragraphs[1]), offset: 0, blankBefore: true, lineNumber: 1)
        #expect(line.wordSignature & ~paragraph.wordSignature == 0)
        #expect(line.wordSignature != 0)
    }
}
