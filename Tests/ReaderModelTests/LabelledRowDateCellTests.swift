import Testing
@testable import ReaderModel

/// A date in an infobox row labelled by a header cell is the row's value; only a label naming
/// publication dates the page. Invented pages.
@Suite struct LabelledRowDateCellTests {
    static let paragraphs = [
        "Harrowgate Lighthouse is a disused lighthouse on the headland of Harrowgate Point, built of local granite to guide the fishing fleet past the shoals at the mouth of the bay.",
        "The tower was designed by the harbour engineer and first lit in the summer of 1887. Its lamp burned paraffin until the station was electrified after the Second World War.",
        "Keepers lived at the station with their families until automation in the 1960s. The light was switched off in 1994, when a buoy replaced it, and the tower passed to a local trust.",
    ]

    static func page(rows: [(String, String)]) -> String {
        "<html><head><title>Harrowgate Lighthouse</title></head><body><div id=\"content\"><h1>Harrowgate Lighthouse</h1>"
            + "<table class=\"infobox\"><tbody><tr><th colspan=\"2\">Harrowgate Lighthouse</th></tr>"
            // A wiki's infobox: each label a linked item in a box of its header cell.
            + rows.map { "<tr><th scope=\"row\"><div>• <a href=\"/wiki/\($0.0)\">\($0.0)</a></div></th><td>\($0.1)</td></tr>" }.joined()
            + "</tbody></table>" + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></body></html>"
    }

    static func clean(_ html: String) -> Document {
        Cleaner().clean(Article(source: "t.html", format: .html, text: html))
    }

    @Test func aSubjectsDateIsTheRowsValue() {
        let doc = Self.clean(Self.page(rows: [("First lit", "7 May 1856"), ("Automated", "12 June 1964")]))
        #expect(doc.published == nil)
        #expect(doc.evidence(of: "7 May 1856").contains(LabelledRowDateCell.evidence))
    }

    @Test func aPublicationLabelDatesThePage() {
        let doc = Self.clean(Self.page(rows: [("Last updated", "7 May 2024"), ("Automated", "12 June 1964")]))
        #expect(doc.published == "2024-05-07")
    }
}
