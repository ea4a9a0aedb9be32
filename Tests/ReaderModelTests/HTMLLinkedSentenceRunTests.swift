import Testing
@testable import ReaderModel

/// Partly linked lines between two paragraphs that each finish a sentence are the author's news
/// items; a run of linked labels (a list of links) stays out.
@Suite struct HTMLLinkedSentenceRunTests {
    @Test func runOfPartlyLinkedSentencesBetweenParagraphsIsKept() {
        let run = """
            <p>We opened <a href='/fares'>the fare calculator for all of the island ferry routes</a> today.</p>
            <p>We also moved <a href='/timetable'>the whole winter timetable to the new harbour page</a> too.</p>
            """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: run))
        #expect(doc.paragraphs.contains("We opened the fare calculator for all of the island ferry routes today."))
        #expect(doc.paragraphs.contains("We also moved the whole winter timetable to the new harbour page too."))
        let block = doc.blocks.first { $0.text.hasPrefix("We also moved") }
        #expect(block?.evidence?.contains("one of 2 partly linked sentences") == true)
    }

    @Test func runOfLinkedLabelsIsRemoved() {
        let run = "<p>Ferries: <a href='/a'>timetable for the island crossing</a></p><p>Buses: <a href='/b'>timetable for the coastal road.</a></p>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: run))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Ferries") || $0.hasPrefix("Buses") })
    }

    @Test func sentenceShape() {
        #expect(LinkedSentenceRun.isSentence("The harbour reopened after the storm on Monday.”"))
        #expect(LinkedSentenceRun.isSentence("码头在风暴过后于星期一重新开放。"))
        #expect(!LinkedSentenceRun.isSentence("Timetable for the island crossing"))
        #expect(!LinkedSentenceRun.isSentence("See it here."))
    }
}
