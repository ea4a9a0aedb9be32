import Testing
@testable import ReaderModel

/// A linked item of a list or table in the article whose text is mostly plain (some names link,
/// others do not) is one of the list's items; a list linked through, or a linked item the page
/// shows again elsewhere (a headline list), is still furniture.
@Suite struct HTMLMixedLinkListTests {
    private let list = """
    <ul><li>The harbour master, who keeps the tide log and signs every mooring permit</li>
    <li><a href='/guild'>Marrow Bay Boatwrights</a></li>
    <li>Two retired ferry captains who sailed the winter crossing for thirty years</li>
    <li><a href='/school'>Island Sailing School</a></li></ul>
    """

    @Test func linkedItemsOfAMostlyPlainListAreKept() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: list))
        #expect(doc.paragraphs.contains("Marrow Bay Boatwrights"))
        #expect(doc.paragraphs.contains("Island Sailing School"))
        let block = doc.blocks.first { $0.text == "Island Sailing School" }
        #expect(block?.evidence?.contains("linked item in a <ul>") == true)
    }

    @Test func linkedCellOfAPlainTableIsKept() {
        let table = """
        <table><tr><th>Berth</th><th>Vessel</th><th>Notes</th></tr>
        <tr><td>North quay</td><td><a href='/v/1'>Gannet</a></td><td>Laid up for new piles until the spring</td></tr>
        <tr><td>South quay</td><td>Kittiwake</td><td>Runs the morning crossing on weekdays only</td></tr></table>
        """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: table))
        #expect(doc.paragraphs.contains("North quay\tGannet\tLaid up for new piles until the spring"))
    }

    @Test func listLinkedThroughIsRemoved() {
        let links = "<ul><li><a href='/a'>Harbour news</a></li><li><a href='/b'>Island weather</a></li><li><a href='/c'>Ferry times</a></li></ul>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: links))
        #expect(!doc.paragraphs.contains { $0 == "Harbour news" || $0 == "Ferry times" })
    }

    @Test func linkedItemShownAgainElsewhereIsRemoved() {
        let headlines = """
        <ol><li><a href='/s/1'>Gulls return to the old lighthouse</a><p>Keepers counted more nests on the rocks this year than in any season they remember.</p></li>
        <li><a href='/s/2'>New bell for the chapel on the hill</a><p>The foundry cast it from the metal of two older bells that cracked in a frost.</p></li></ol>
        """
        let box = "<aside class='related'><ul><li><a href='/s/1'>Gulls return to the old lighthouse</a></li><li><a href='/s/2'>New bell for the chapel on the hill</a></li></ul></aside>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: headlines, outside: box))
        #expect(!doc.paragraphs.contains("Gulls return to the old lighthouse"))
        let block = doc.blocks.first { $0.text == "Gulls return to the old lighthouse" && $0.role == .removed && $0.evidence?.contains("shows again") == true }
        #expect(block != nil)
    }

    /// A table of linked rows, one of which has a line of description, lists links row by row:
    /// its unlinked text sits in one row of four, so its linked rows are no items of a mixed list.
    @Test func tableOfLinkedRowsWithOneDescriptionIsRemoved() {
        let table = """
        <table><tr><td>*</td><td><a href='/n/1'>Harbour office opens on Saturdays</a></td></tr>
        <tr><td>*</td><td><a href='/n/2'>Winter timetable</a><br>The ferry keeps its two morning sailings and drops the late one until March.</td></tr>
        <tr><td>*</td><td><a href='/n/3'>A note about the new parking permits</a></td></tr>
        <tr><td></td><td><a href='/n'>All notices</a></td></tr></table>
        """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: table))
        #expect(!doc.paragraphs.contains("Harbour office opens on Saturdays"))
        #expect(!doc.paragraphs.contains("A note about the new parking permits"))
    }
}
