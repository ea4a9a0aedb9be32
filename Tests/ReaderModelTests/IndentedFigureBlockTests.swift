import Testing
@testable import ReaderModel

/// Invented plain-text specification: its paragraphs are set three columns in, its request
/// transcript eight, under a running page header. The transcript's lines end in no code
/// punctuation, yet they are the document's figure: it and the section after it stay in the body.
@Suite struct IndentedFigureBlockTests {
    static let opening = [
        "This memo describes how a bakery's ordering service accepts a day's order from a shop and\nconfirms the loaves it will deliver before the ovens are lit.",
        "The protocol is deliberately small: a shop sends one request per day, and the bakery answers\nwith the quantities it can promise and the hour the van leaves.",
        "Until the dough is mixed a shop may amend its order by sending the whole order again with the\nsame account. The bakery keeps only the latest copy it has received.",
        "After the dough is mixed an amendment is refused, and the bakery says so with a plain status\nline that the shop's software shows to whoever is at the till.",
        "An order names an account but carries no secret, so a bakery should accept orders only over\na connection it trusts, and should telephone a shop whose order looks unusual.",
    ]
    static let figure = [
        "POST /orders/today HTTP/1.1", "Host: ovens.example", "Account: corner-shop-7", "Content-Type: text/loaves", "",
        "  rye 12", "  white-tin 30", "  spelt 4", "",
        "HTTP/1.1 201 Accepted", "Van-Leaves: 05:40", "Content-Type: text/loaves", "",
        "  \"rye\": 12,", "  \"white-tin\": 28,", "  \"spelt\": 4",
    ]
    static let closing = "Once the van has left, a shop may ask where its loaves are with a second request naming\nthe same account, and the bakery answers with the street the van last reported from."
    static let pageHeader = "Loaf Ordering Protocol                                   May 2031"

    static func page(indent: String, figureIndent: String) -> String {
        var lines = ["Loaf Ordering Protocol", "", "1. Introduction", ""]
        for paragraph in opening { lines += paragraph.split(separator: "\n").map { indent + $0 } + [""] }
        lines += ["2. Example exchange", "", indent + "The following exchange is not normative:", "", "",
                  "Baker                                                      [Page 2]", "", pageHeader, "", ""]
        lines += figure.map { $0.isEmpty ? "" : figureIndent + $0 } + [""]
        lines += ["3. Tracking the van", ""] + closing.split(separator: "\n").map { indent + $0 } + [""]
        lines += ["", "Baker                                                      [Page 3]", ""]
        return lines.joined(separator: "\n")
    }

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "spec.txt", format: .text, text: text))
    }

    @Test func aTranscriptSetDeeperThanTheParagraphsStaysWithTheBody() {
        let doc = Self.clean(Self.page(indent: "   ", figureIndent: "        "))
        let text = doc.paragraphs.joined(separator: "\n")
        for line in ["Host: ovens.example", "Van-Leaves: 05:40", "\"white-tin\": 28,"] { #expect(text.contains(line), "\(line)") }
        #expect(text.contains("the bakery answers with the street the van last reported from."))
        let explained = doc.blocks.first { $0.text == "Account: corner-shop-7" }
        #expect(explained?.role == .body)
        #expect(explained?.evidence?.contains(IndentedFigureBlock.evidence) == true)
    }

    /// A copy with no leading space anywhere has no paragraph indentation: nothing is read deeper.
    @Test func aCopyWithoutIndentationHasNone() {
        let flat = Self.page(indent: "", figureIndent: "").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.drop { $0 == " " } }.joined(separator: "\n")
        let doc = Self.clean(flat)
        #expect(!doc.blocks.contains { $0.evidence?.contains(IndentedFigureBlock.evidence) == true })
        let lines = LineSplitter.lines(of: flat)
        let evidence = LineEvidenceCollector.lineEvidence(lines)
        #expect(IndentedFigureBlock.paragraphIndent(lines, evidence) == nil)
    }

    /// Paragraphs and figure at one depth: nothing is deeper than the paragraphs.
    @Test func aFigureAtTheParagraphsDepthIsNotOne() {
        let doc = Self.clean(Self.page(indent: "    ", figureIndent: "    "))
        #expect(!doc.blocks.contains { $0.evidence?.contains(IndentedFigureBlock.evidence) == true })
    }

    @Test func indentationCountsTheSpacesBeforeTheLine() {
        let text = "first line\n      six in\n\tone tab\nnone"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.drop { $0 == " " || $0 == "\t" } }
        #expect(lines.map(IndentedFigureBlock.indentation) == [0, 6, 4, 0])
    }
}
