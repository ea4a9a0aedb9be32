import Foundation
import Testing
@testable import ReaderModel

/// A copy without a headline gets a display title from its first sentence; `title` stays nil and
/// JSON and the index say the title is derived.
@Suite struct DerivedTitleTests {
    static let opening = "The county ferry will run every twenty minutes from Monday, the transport office said on Friday after a long winter of complaints."
    static let page = [
        opening, "",
        "Two new boats built at the Cray Point yard join the service this week, each carrying sixty passengers across the river.", "",
        "Commuters said the longer timetable would make it easier to reach the hospital and the college on the far bank.",
    ].joined(separator: "\n")

    @Test func firstSentenceCutAtAWordBoundary() {
        let title = DerivedTitle.from(Self.opening)
        #expect(title == "The county ferry will run every twenty minutes from Monday, the transport…")
        #expect((title?.count ?? 0) <= 80)
    }

    @Test func shortFirstSentenceIsKeptWhole() {
        #expect(DerivedTitle.from("Rain closed the pier. Boats stayed in the harbour all day.") == "Rain closed the pier.")
        #expect(DerivedTitle.from("Dr. J. Example opened the new clinic on Monday. It has ten beds.") == "Dr. J. Example opened the new clinic on Monday.")
        #expect(DerivedTitle.from("") == nil)
    }

    @Test func textWithoutSpacesIsCutAtTheLimit() {
        let title = DerivedTitle.from(String(repeating: "渡", count: 120))
        #expect(title?.count == 80)
        #expect(title?.hasSuffix("…") == true)
    }

    @Test func untitledCopyHasADerivedTitleInJSON() {
        let doc = Cleaner().clean(Article(source: "a1b2c3.txt", format: .text, text: Self.page))
        #expect(doc.title == nil)
        #expect(doc.derivedTitle == "The county ferry will run every twenty minutes from Monday, the transport…")
        let json = JSONExporter.render(doc)
        #expect(json.contains(#""title":null,"title_derived":true,"derived_title":"The county ferry will run"#))
    }

    @Test func titledDocumentHasNoDerivedTitle() {
        let doc = Document(source: "x", title: "Ferry timetable doubled", paragraphs: [Self.opening])
        #expect(doc.derivedTitle == nil)
        #expect(!JSONExporter.render(doc).contains("title_derived"))
    }

    @Test func libraryRowsCarryTheDerivedTitle() throws {
        let fixture = try LibraryFixture()
        let path = (fixture.root as NSString).appendingPathComponent("9f8e7d6c.txt")
        try Data(Self.page.utf8).write(to: URL(fileURLWithPath: path))
        try fixture.write("titled.txt", title: "Tram line extension approved", body: LibraryFixture.filler)
        let index = try fixture.open()
        try Indexer().run(index)
        let rows = try index.rows()
        let untitled = try #require(rows.first { $0.path.hasSuffix("9f8e7d6c.txt") })
        #expect(untitled.title == nil)
        #expect(untitled.derivedTitle == "The county ferry will run every twenty minutes from Monday, the transport…")
        #expect(try index.row(id: untitled.id)?.derivedTitle == untitled.derivedTitle)
        let titled = try #require(rows.first { $0.path.hasSuffix("titled.txt") })
        #expect(titled.derivedTitle == nil)
        #expect(try index.document(id: untitled.id)?.title == nil)
    }
}
