import Testing
@testable import ReaderModel

/// Invented tutorial pages: a code sample between paragraphs is part of the article, although each
/// of its lines alone is a fragment and its closing brackets repeat.
@Suite struct CodeSampleRunTests: TextPageCleaning {
    static let intro = [
        "Counting the loaves a bakery sells each morning is a small job for a script, and writing one taught our apprentice more than any course did.",
        "The first version keeps a running total in a plain object and prints it when the shop closes; it looks like this:",
    ]
    static let code = [
        "function tally(sales) {", "var total = 0;", "for (var i = 0; i < sales.length; i++) {", "total += sales[i].loaves;",
        "}", "return total;", "}", "<div id=\"total\"></div>", "}",
    ]
    static let outro = [
        "Nothing in it is clever, and that is the point: the apprentice could read every line of it aloud and explain what it did.",
        "Later versions split the totals by kind of bread, but the shape of the loop never changed from the one shown above.",
    ]

    @Test func aCodeSampleBetweenParagraphsIsKept() {
        let doc = clean(["Counting loaves with a script", ""] + Self.intro.flatMap { [$0, ""] } + Self.code + [""] + Self.outro.flatMap { [$0, ""] })
        for line in ["function tally(sales) {", "total += sales[i].loaves;", "return total;", "<div id=\"total\"></div>"] {
            #expect(doc.paragraphs.contains(line))
        }
        for paragraph in Self.intro + Self.outro { #expect(doc.paragraphs.contains(paragraph)) }
        let explained = doc.blocks.first { $0.text == "var total = 0;" }
        #expect(explained?.evidence?.contains(CodeSampleRun.evidence) == true)
    }

    /// A sub-heading straight after a code sample leads into the next paragraph: the sample ends a
    /// block as a paragraph does, so the heading is not a stray fragment among short lines.
    @Test func aHeadingAfterACodeSampleIsKept() {
        let heading = "Splitting by kind of bread"
        let doc = clean(["Counting loaves with a script", ""] + Self.intro.flatMap { [$0, ""] } + Self.code + ["", heading, ""]
            + Self.outro.flatMap { [$0, ""] })
        #expect(doc.paragraphs.contains(heading))
        let explained = doc.blocks.first { $0.text == heading }
        #expect(explained?.role == .body)
        #expect(explained?.evidence?.contains("code sample") == true)
    }

    @Test func twoBracketedLinesAreNotASample() {
        let stray = ["(see the photo above)", "Open daily", "(closed on Mondays)"]
        let doc = clean(["Counting loaves with a script", ""] + Self.intro.flatMap { [$0, ""] } + stray + [""] + Self.outro.flatMap { [$0, ""] })
        let explained = doc.blocks.first { $0.text == "Open daily" }
        #expect(explained?.evidence?.contains(CodeSampleRun.evidence) != true)
    }

    @Test func codeShapes() {
        for line in ["});", "if (x) {", "// a note", "</head>", "x = 1;"] { #expect(CodeSampleRun.isCodeShaped(Substring(line))) }
        for line in ["Open daily", "A sentence.", "<3 you", "(an aside)"] { #expect(!CodeSampleRun.isCodeShaped(Substring(line))) }
    }

    @Test func tokenShapes() {
        for line in ["avg(loaves) - min(loaves) AS spread,", "WHERE shop_id = 4", "total += 1", "$ make install",
                     "rye  │ 12", "────┼────", "x == y"] {
            #expect(CodeSampleRun.isCodeShaped(Substring(line)))
        }
        for line in ["U.S. bakers meet in June", "=====", "-=-=-=-", "$5 a loaf", "$ 5 a loaf", "Sales rose (again) in May"] {
            #expect(!CodeSampleRun.isCodeShaped(Substring(line)))
        }
        // A paragraph that names a call is prose: only its ending could make it code.
        #expect(!CodeSampleRun.isCodeShaped("Call the tally() method once the shop closes.", byTokens: false))
    }

    /// Invented query tutorial: the samples open with the same bare `SELECT` and `FROM` lines,
    /// which recur down the page. They are the article's samples, not page chrome: the article is
    /// one run from its first section to its last, each sample whole.
    static let queryIntro = [
        "Every evening the bakery copies its till rolls into a small database, and a handful of queries tells the owner more than any spreadsheet did.",
        "The first question is simply how many loaves of each kind left the shop, which a grouped count answers in a few lines:",
    ]
    static let queries = [
        ["SELECT", "kind,", "count(*) AS loaves", "FROM", "till_rolls", "GROUP BY kind;"],
        ["SELECT", "hour_of_sale,", "sum(price) AS takings", "FROM", "till_rolls", "WHERE weekday = 6", "GROUP BY hour_of_sale;"],
        ["WITH unsold AS (", "SELECT", "kind, baked - sold AS left_over", "FROM", "baking_log", "JOIN till_totals USING (kind)", ")",
         "SELECT", "kind", "FROM", "unsold", "WHERE left_over > 0;"],
        ["SELECT", "max(price),", "min(price)", "FROM", "till_rolls;"],
    ]
    static let queryProse = [
        "The rye sells out first on Saturdays, while the white tin loaf lingers until the afternoon, and the mean price barely moves across the week.",
        "Splitting the takings by hour shows the morning rush more clearly, so the next query sums the till by the hour of each sale on Saturdays:",
        "Finally the owner wanted to know which loaves are left unsold at closing time, which needs the baking log joined to the till rolls as well:",
        "Nothing in these queries is advanced, and that is the point: the owner reads each one aloud and knows what it will answer before running it.",
    ]

    @Test func repeatedQueryLinesDoNotCutTheArticle() {
        var page = ["Reading the till rolls with plain queries", ""]
        page += Self.queryIntro.flatMap { [$0, ""] }
        for (query, paragraph) in zip(Self.queries, Self.queryProse) { page += query + ["", paragraph, ""] }
        let doc = clean(page)
        for paragraph in Self.queryIntro + Self.queryProse { #expect(doc.paragraphs.contains(paragraph)) }
        for query in Self.queries {
            for line in query { #expect(doc.paragraphs.contains(line)) }
        }
        let select = doc.blocks.first { $0.text == "SELECT" }
        #expect(select?.role == .body)
        #expect(select?.evidence?.contains(CodeSampleRun.evidence) == true)
    }

    /// A shell session copies as prompts and their output: the prompts make it a sample.
    @Test func aShellSessionIsASample() {
        let session = ["$ mkdir tills", "$ cd tills", "$ tally --init", "created tally.conf", "$ tally --import rolls.csv"]
        let doc = clean(["Counting loaves with a script", ""] + Self.intro.flatMap { [$0, ""] } + session + [""] + Self.outro.flatMap { [$0, ""] })
        #expect(doc.paragraphs.contains("$ tally --init"))
        for paragraph in Self.intro + Self.outro { #expect(doc.paragraphs.contains(paragraph)) }
    }
}
