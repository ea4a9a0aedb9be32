import Testing
@testable import ReaderModel

/// A paragraph the author repeats stays; the same story printed twice by the page is read once.
@Suite struct HTMLRepeatedParagraphTests {
    @Test func refrainRepeatedInOneContainerIsKept() {
        let p = HTMLFixtures.prose
        let refrain = "The bell at the end of the pier rang twice, as it always did when the last boat of the day came in."
        let html = "<html><body><article><div class='story-body'><p>\(p[0])</p><p>\(refrain)</p><p>\(p[1])</p><p>\(refrain)</p><p>\(p[2])</p></div></article></body></html>"
        #expect(HTMLFixtures.clean(html).paragraphs == [p[0], refrain, p[1], refrain, p[2]])
    }

    @Test func storyPrintedInTwoVariantContainersIsReadOnce() {
        let body = HTMLFixtures.paragraphs()
        let html = "<html><body><article><div class='story variant-narrow'>\(body)</div><div class='story variant-wide'>\(body)</div></article></body></html>"
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.removed.filter { $0.reason == .repeated }.count == HTMLFixtures.prose.count)
    }
}
