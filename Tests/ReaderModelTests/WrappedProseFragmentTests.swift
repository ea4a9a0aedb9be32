import Testing
@testable import ReaderModel

/// Invented copies: lines of hard-wrapped prose and a blog tagline under the blog's name, none of
/// them a headline however well they echo the body; headlines in case and lower-case brand names stay candidates.
@Suite struct WrappedProseFragmentTests: TextPageCleaning {
    /// Lines as a copy gives them: `nil` is a blank line.
    static func lines(_ texts: [String?]) -> [TextLine] {
        var result: [TextLine] = []
        var blank = false
        for text in texts {
            guard let text else { blank = true; continue }
            result.append(TextLine(text: Substring(text), offset: 0, blankBefore: blank, lineNumber: result.count + 1))
            blank = false
        }
        return result
    }

    static func holds(_ i: Int, _ texts: [String?]) -> Bool {
        let lines = lines(texts)
        return WrappedProseFragment.holds(i, lines, [LineEvidence](repeating: LineEvidence(shape: .short), count: lines.count))
    }

    @Test func aLowerCaseLineUnderAnUnfinishedLineIsAFragment() {
        let review = [
            "The new tablet is the lightest one the company has made. It weighs",
            "less than a paperback and still lasts",
            "a whole working day on one charge, which no rival managed in our tests.",
        ]
        #expect(Self.holds(1, review))
        // The first line opens in case: it is no continuation.
        #expect(!Self.holds(0, review))
    }

    @Test func aLowerCaseLineUnderAnUnfinishedLineContinuesIt() {
        // A tagline under the blog's name, in Portuguese and in Russian.
        #expect(Self.holds(1, ["Caderno da Ribeira", "notas de uma vila na margem do rio", "Início | Fotos"]))
        #expect(Self.holds(1, ["Заметки с берега", "записки жителя маленького города у реки"]))
        // A lower-case line of running text that holds a sentence's end.
        #expect(Self.holds(1, ["Intro", nil, "of the harbour wall. The boats came back at noon and the market", nil, "opened late."]))
    }

    /// A line cut from the middle of a hard-wrapped paragraph opens in case when a sentence starts
    /// it or runs through it; the sentence's end inside, the clause above and the lower-case line
    /// below say it is running text.
    @Test func aLineInsideAWrappedParagraphIsAFragment() {
        #expect(Self.holds(1, [
            "The new console is the fastest one the company has ever sold, and it plays more games than the rival's",
            "Pro model. It is just about everything",
            "you could want without building a gaming computer of your own.",
        ]))
        #expect(Self.holds(1, [
            "Le nouveau téléphone est plus léger que celui de son concurrent direct, le modèle",
            "Nova. C'est presque tout ce",
            "qu'on peut attendre d'un appareil de ce prix.",
        ]))
        // A headline wrapped over two lines under a long line holds no sentence's end.
        #expect(!Self.holds(1, ["Boats stayed in the harbour this morning as the wind rose over the", "Ferry fares to rise on the", "northern routes from May"]))
        // A short label above is no clause of running text.
        #expect(!Self.holds(1, ["World news", "Mr. Varga. The ferry man", "returns to the quay"]))
    }

    @Test func headlinesAndLabelsStayCandidates() {
        // A headline over its byline, and over a lower-case date label too short to be a sentence's run.
        #expect(!Self.holds(0, ["The ferry makes its last crossing", "by Ana Ribeiro", "The council voted on Monday."]))
        #expect(!Self.holds(0, ["The ferry makes its last crossing", "updated two hours ago"]))
        // A brand name opening in lower case is no continuation.
        #expect(!Self.holds(1, ["Reviews", "iPhone battery test: two days on one charge"]))
        // A heading ending in punctuation, and one after a blank line.
        #expect(!Self.holds(0, ["What the tide left behind:", "and other notes from the shore walk today"]))
        #expect(!Self.holds(1, ["Harbour News", nil, "small boats return to the old quay"]))
        // A capital opening the line, whatever the word list's folding.
        #expect(!Self.holds(1, ["Gadgets", "Tablet Mini to launch in spring, says analyst"]))
        // A post's meta line under its title: tags, author and time.
        #expect(!Self.holds(1, ["Paper Boats at Dawn", "drawings, prints — Tags: illustration — inkfolder @ 09:41"]))
        // Scripts without case never match.
        #expect(!Self.holds(1, ["河边笔记", "小镇河边的渡船明天停运"]))
    }

    /// A lower-case post title under its date line: the date ends unpunctuated as dates do.
    @Test func aLowerCaseTitleUnderADateLineStaysACandidate() {
        let lines = Self.lines(["Wednesday, March 4, 2009", "roasted pumpkin soup with sage", "Filed under: Soups"])
        var evidence = [LineEvidence](repeating: LineEvidence(shape: .short), count: lines.count)
        evidence[0].dateISO = "2009-03-04"
        #expect(!WrappedProseFragment.holds(1, lines, evidence))
        evidence[0].dateISO = nil
        #expect(WrappedProseFragment.holds(1, lines, evidence))
    }

    /// A blog's name and its tagline over the site's menu, the post's headline under the menu over
    /// its date line: the tagline echoes the post more, yet it continues the name above it.
    @Test func theTaglineUnderTheBlogNameIsNotTheHeadline() {
        let doc = clean([
            "Diario del Molino",
            "storie del paese sul lago, della scuola e del mercato",
            "Home | Chi sono | Foto | Contatti",
            "Addio alla vecchia corriera, saluti e lacrime in piazza",
            "12 maggio 2008 · Scritto da Lucia",
            "",
            "Dopo quarantun anni di servizio, la vecchia corriera blu del paese ha fatto ieri il suo ultimo giro fino al lago e ritorno. Il comune ha scelto un pulmino nuovo, più piccolo, che partirà dalla piazza ogni mattina.",
            "",
            "Il giro della corriera passava per le frazioni alte, la scuola e il mercato del giovedì, e per molti anziani del paese era l'unico modo di scendere al lago senza chiedere un passaggio.",
            "",
            "Ieri sera, all'ultima fermata, l'autista ha trovato un gruppo di passeggeri con una torta e un cartello di ringraziamento scritto dai bambini della scuola del paese.",
            "",
            "La corriera resterà nel deposito comunale: qualcuno propone già di farne un piccolo museo per raccontare come si viaggiava una volta tra il paese e il lago.",
        ])
        #expect(doc.title == "Addio alla vecchia corriera, saluti e lacrime in piazza")
        #expect(doc.paragraphs.count == 4)
    }
}
