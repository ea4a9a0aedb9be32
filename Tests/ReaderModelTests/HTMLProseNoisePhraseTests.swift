import Testing
@testable import ReaderModel

/// A paragraph of the article that mentions an update, a subscription or its readers is the
/// story's; at paragraph length only sign-up, consent and advert notices are furniture.
@Suite struct HTMLProseNoisePhraseTests {
    @Test func updateParagraphOfTheStoryIsKept() {
        let update = "Update: the harbour master called after we went to press to say the pier will stay open to foot passengers until the works begin."
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<p>\(update)</p>"))
        #expect(doc.paragraphs.contains(update))
    }

    @Test func newsletterPromptOfParagraphLengthIsRemoved() {
        let prompt = "Never miss a tide report! Subscribe to our newsletter and get weekly updates delivered straight to your inbox, free of charge."
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: "<p>\(prompt)</p>"))
        #expect(!doc.paragraphs.contains(prompt))
    }
}
