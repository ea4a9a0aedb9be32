import Testing
@testable import ReaderModel

/// Invented tutorial pages: a code sample between paragraphs is part of the article, although each
/// of its lines alone is a fragment and its closing brackets repeat.
@Suite struct CodeSampleRunTests {
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

    func clean(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
    }

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
}
