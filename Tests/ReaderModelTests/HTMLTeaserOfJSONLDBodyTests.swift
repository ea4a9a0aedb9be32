import Testing
@testable import ReaderModel

/// A paywalled page whose DOM shows the story's opening paragraphs (more than the nearly empty
/// page the older fallback takes) while its JSON-LD `articleBody`
/// holds the whole story: the JSON-LD copy is read, when it holds that paragraph word for word.
@Suite struct HTMLTeaserOfJSONLDBodyTests {
    static func page(articleBody: [String]) -> String {
        let body = articleBody.joined(separator: "\\n\\n")
        return """
        <!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Marrow Bay votes to rebuild the ferry pier","articleBody":"\(body)"}</script></head><body>
        <main><h1>Marrow Bay votes to rebuild the ferry pier</h1><div class="body paywalled">\(HTMLFixtures.paragraphs(Array(HTMLFixtures.prose.prefix(2))))</div>
        <div class="paywall-prompt"><h2>This article is for subscribers</h2><a href="/subscribe">Subscribe now</a></div></main>
        </body></html>
        """
    }

    @Test func theFullJSONLDCopyOfTheTeaserIsRead() {
        let doc = HTMLFixtures.clean(Self.page(articleBody: HTMLFixtures.prose))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.blocks.contains { $0.evidence?.contains("teaser") == true })
    }

    @Test func aJSONLDBodyOfOtherTextIsNotRead() {
        // The structured copy does not hold the page's paragraph: another story, or a summary.
        let other = Array(HTMLFixtures.prose.dropFirst(2)) + ["The harbour master said the new pier would also take the larger winter ferry once it is built."]
        let doc = HTMLFixtures.clean(Self.page(articleBody: other))
        #expect(doc.paragraphs == Array(HTMLFixtures.prose.prefix(2)))
    }
}
