import Testing
@testable import ReaderModel

/// A wholly linked line that starts in lower case and finishes a sentence, between two paragraphs,
/// is the author's prose; a capitalised linked title there is a teaser.
@Suite struct HTMLLinkedProseSentenceTests {
    @Test func lowerCaseLinkedSentenceBetweenParagraphsIsKept() {
        let line = "<p><a href='/history'>in 1873 the old pier was sold at auction for the price of one rowing boat.</a></p>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: line))
        let text = "in 1873 the old pier was sold at auction for the price of one rowing boat."
        #expect(doc.paragraphs.contains(text))
        #expect(doc.blocks.first { $0.text == text }?.evidence?.contains("between two paragraphs") == true)
    }

    @Test func capitalisedLinkedTitleBetweenParagraphsIsRemoved() {
        let line = "<p><a href='/history'>The old pier was sold at auction for the price of one rowing boat</a></p>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: line))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("The old pier was sold") })
    }

    @Test func shape() {
        #expect(LinkedProseSentence.matches("and here is the whole list of the harbour's winter crossings."))
        #expect(LinkedProseSentence.matches("и вот полный список зимних рейсов нашего порта."))
        #expect(!LinkedProseSentence.matches("And here is the whole list of the harbour's winter crossings."))
        #expect(!LinkedProseSentence.matches("more photos of the harbour"))
        #expect(!LinkedProseSentence.matches("see it here."))
    }
}
