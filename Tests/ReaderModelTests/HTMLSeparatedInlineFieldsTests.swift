import Testing
@testable import ReaderModel

/// Byline fields in adjacent inline elements with no space between them are read apart.
@Suite struct HTMLSeparatedInlineFieldsTests {
    @Test func nameGluedToDateIsReadApart() {
        let byline = """
            <p class="byline"><span class="by-author">by <a href="/staff/orla">Orla Penhallow</a></span><span class="bydate">14 Mar 2023</span><a class="count" href="#talk">38</a></p>
            """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(before: "", inside: "").replacingOccurrences(of: "</h1>", with: "</h1>" + byline))
        #expect(doc.byline == "Orla Penhallow")
        let block = doc.blocks.first { $0.text.hasPrefix("by Orla Penhallow") }
        #expect(block?.evidence?.contains("read apart") == true)
    }

    @Test func dateGluedInAnotherScript() {
        let byline = "<div class=\"byline\"><span class=\"author\">Автор: Мирон Сташевич</span><span class=\"date\">06.11.2024</span></div>"
        let doc = HTMLFixtures.clean(HTMLFixtures.page(before: "", inside: "").replacingOccurrences(of: "</h1>", with: "</h1>" + byline))
        #expect(doc.blocks.contains { $0.evidence?.contains("read apart") == true })
    }

    @Test func seams() {
        #expect(SeparatedInlineFields.isSeam("n", "2"))
        #expect(SeparatedInlineFields.isSeam("6", "6"))
        #expect(SeparatedInlineFields.isSeam("4", "M"))
        #expect(SeparatedInlineFields.isSeam("w", "P"))
        #expect(SeparatedInlineFields.isSeam("ч", "0"))
        // A drop cap runs into the rest of its word.
        #expect(!SeparatedInlineFields.isSeam("T", "h"))
        #expect(!SeparatedInlineFields.isSeam(",", "2"))
    }
}
