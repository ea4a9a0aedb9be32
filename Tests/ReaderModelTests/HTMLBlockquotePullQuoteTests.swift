import Testing
@testable import ReaderModel

/// A pull quote in a `<blockquote>` of the article's body that repeats a sentence of a paragraph
/// above it goes, in English and French (`BlockquotePullQuote`); a quotation no paragraph holds, and
/// a blockquote whose sentence the article only says later, stay.
@Suite struct HTMLBlockquotePullQuoteTests {
    @Test func aBlockquoteRepeatingASentenceAboveGoes() {
        // The second paragraph's second sentence, in curly quotes.
        let quote = "\u{201C}had rotted below the waterline and could no longer carry the weight of delivery trucks.\u{201D}"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<blockquote class=\"pull\"><p>\(quote)</p></blockquote>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.blocks.first { $0.text == quote }?.evidence == BlockquotePullQuote.evidence)
    }

    @Test func aFrenchPullQuoteGoes() {
        let paragraphs = [
            "La petite gare de Saint-Aubin a rouvert lundi après six mois de travaux sur les quais et la toiture, au grand soulagement des habitants.",
            "Les voyageurs attendaient sous la pluie depuis l'automne. « Une gare fermée, c'est un village qu'on oublie », dit le maire, qui a suivi le chantier.",
            "La région promet désormais un train toutes les heures vers la préfecture, y compris le dimanche, à partir du mois de septembre.",
        ]
        let html = """
            <html><head><title>Saint-Aubin retrouve sa gare</title></head><body><article><h1>Saint-Aubin retrouve sa gare</h1>
            <p>\(paragraphs[0])</p><p>\(paragraphs[1])</p>
            <blockquote><p>« Une gare fermée, c'est un village qu'on oublie »</p></blockquote>
            <p>\(paragraphs[2])</p></article></body></html>
            """
        #expect(HTMLFixtures.clean(html).paragraphs == paragraphs)
    }

    @Test func aQuotationNoParagraphHoldsStays() {
        let quotation = "Harbours are built by those who will never sail from them, the old saying goes in the bay."
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<blockquote><p>\(quotation)</p></blockquote>"))
        #expect(doc.paragraphs.contains(quotation))
        // A sentence the article says only further down is no copy of a paragraph above.
        let later = "the council promised to publish the full contract before any work begins."
        #expect(HTMLFixtures.clean(HTMLFixtures.page(inside: "<blockquote><p>\(later)</p></blockquote>")).paragraphs.contains(later))
    }
}
