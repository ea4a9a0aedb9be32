import Foundation
import Testing
@testable import ReaderModel

/// An invented results table saved as HTML whose share column is headed by "%" alone: the header
/// cell stays in its row (`UnitSymbolHeaderCell`).
@Suite struct UnitSymbolHeaderCellTests {
    static let html = """
    <html><head><title>Village council vote: Harper wins the chair</title></head><body>
    <article><h1>Village council vote: Harper wins the chair</h1>
    <p>Joan Harper will chair the village council for the next four years after winning more than half of the votes cast on Thursday, with turnout slightly up on the last election.</p>
    <table><tr><th>Candidate</th><th>Votes</th><th>%</th></tr>
    <tr><td>Joan Harper</td><td>812</td><td>52.1</td></tr>
    <tr><td>Alan Brooks</td><td>507</td><td>32.5</td></tr>
    <tr><td>Mina Patel</td><td>240</td><td>15.4</td></tr></table>
    <p>The new council meets for the first time on the first Monday of next month in the village hall, where the chair will set out her plans for the playing field.</p>
    </article></body></html>
    """

    @Test func theSymbolHeadingKeepsItsColumn() {
        let doc = Cleaner().clean(Article(source: "t.html", format: .html, text: Self.html))
        #expect(doc.paragraphs.contains("Candidate\tVotes\t%"), "\(doc.paragraphs)")
        #expect(doc.paragraphs.contains("Joan Harper\t812\t52.1"), "\(doc.paragraphs)")
    }

    @Test func matchesSymbolsOnly() {
        #expect(UnitSymbolHeaderCell.matches("%"))
        #expect(UnitSymbolHeaderCell.matches("+/-"))
        #expect(UnitSymbolHeaderCell.matches("€"))
        #expect(!UnitSymbolHeaderCell.matches("Votes"))
        #expect(!UnitSymbolHeaderCell.matches("12"))
        #expect(!UnitSymbolHeaderCell.matches(" "))
    }
}
