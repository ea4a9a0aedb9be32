import Testing
@testable import ReaderModel

/// A page built from a layout table puts the article's sections in rows of their own: the rows
/// around the winning cell that hold prose, and the subheadings between them, are the article; the
/// menu row above and the link row below are not.
@Suite struct HTMLTableRowArticleTests {
    static let page = """
        <!DOCTYPE html><html><head><title>Lighthouse keepers of the north shore</title></head><body>
        <table>
        <tr><td><a href='/'>Home</a> <a href='/about'>About</a> <a href='/archive'>Archive</a> <a href='/contact'>Contact</a></td></tr>
        <tr><td>Keepers and their lamps</td></tr>
        <tr><td>Part one</td><td>
          <p>The first keeper of the north shore light, a former ship's carpenter, trimmed the wicks every four hours, logged the weather, and rowed to the village for oil once a fortnight.</p>
          <p>His logbooks, kept in a tin box under the stairs, describe fog that lasted nine days, a gale that broke the lantern glass, and a winter when the bay froze solid.</p>
          <p>When he retired, his daughter took over the station, and the harbour board paid her half his wage, although she kept the light burning through the worst storm of the century.</p>
        </td></tr>
        <tr><td>The years of the electric lamp</td></tr>
        <tr><td>Electricity reached the headland in the spring of the year the pier was rebuilt, and the last keeper spent most of his time painting the tower and answering letters from visitors.</td></tr>
        <tr><td><a href='/prev'>Previous chapter</a> | <a href='/next'>Next chapter</a> | <a href='/index'>All chapters of the history</a></td></tr>
        </table>
        </body></html>
        """

    @Test func rowsAroundTheWinningCellAreTheArticle() {
        let doc = HTMLFixtures.clean(Self.page)
        #expect(doc.paragraphs.contains { $0.hasPrefix("Electricity reached the headland") })
        #expect(doc.paragraphs.contains("The years of the electric lamp"))
        #expect(doc.paragraphs.contains { $0.hasPrefix("The first keeper") })
        #expect(!doc.paragraphs.contains { $0.contains("Next chapter") || $0.contains("Archive") })
    }
}
