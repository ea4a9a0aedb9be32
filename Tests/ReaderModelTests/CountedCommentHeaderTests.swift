import Foundation
import Testing
@testable import ReaderModel

/// Invented blog post with a single reader comment: the header counts one comment, so the one
/// dated comment header below it is the whole thread and the comment is not the article.
@Suite struct CountedCommentHeaderTests: TextPageCleaning {
    static let post = "All week the postman has been bringing seed catalogues from growers I have never ordered from, and I have read every one of them twice at the kitchen table with a pencil, marking the beans and the squashes I will never have room for in a garden the size of ours."

    static let comment = [
        "Thanks for this, I had the same flood of catalogues last winter.",
        "What I do now is keep them all in a box by the back door and only open it on the first dry weekend of spring, when I can stand in the garden and see how little space there really is before I choose anything at all.",
        "It saves me a small fortune every year, although I still end up with far too many tomato plants on the windowsill by April and nobody to give them to when they all come up at once.",
        "The pencil marks are half the fun anyway, so keep making them even if most of the seeds stay in the catalogue where they belong.",
    ]

    @Test func oneCountedCommentUnderTheHeaderIsNotTheArticle() {
        let page = ["Garden Notes", "Home", "About", "", "Too many seed catalogues", "", "Posted on: 02-14-2024 by Ada", "",
                    Self.post, "", "Categories: Seeds", "", "1 Comment", "", "Wren02-15-2024", ""]
            + Self.comment.flatMap { [$0, ""] } + ["Search", "Archives"]
        let doc = clean(page)
        #expect(doc.paragraphs == [Self.post])
        let explained = doc.blocks.first { $0.text.hasPrefix("What I do now") }?.evidence ?? ""
        #expect(explained.contains(CountedCommentHeader.evidence))
    }

    @Test func aSaidLineUnderACountedHeaderOpensTheComments() {
        // Each comment's date comes after its text, so the run scored as the body holds no date.
        let page = ["Garden Notes", "Home", "About", "", "Too many seed catalogues", "", "Posted on: 02-14-2024 by Ada", "",
                    Self.post, "", "3 Comments", "", "Wren said...", ""]
            + Self.comment.flatMap { [$0, ""] } + ["February 15, 2024 8:02 PM", "", "Search", "Archives"]
        let doc = clean(page)
        #expect(doc.paragraphs == [Self.post])
        let explained = doc.blocks.first { $0.text.hasPrefix("It saves me") }?.evidence ?? ""
        #expect(explained.contains(CountedCommentHeader.evidence))
    }

    @Test func countsAskForOneOrTwoDatedHeaders() {
        func needed(_ text: String) -> Int? {
            CountedCommentHeader.datedHeadersNeeded(TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1))
        }
        #expect(needed("1 Comment") == 1)
        #expect(needed("Comments (2)") == 1)
        #expect(needed("14 Comments") == 2)
        #expect(needed("Leave a comment") == nil)
        #expect(needed("1 of 2 comments") == nil)
    }
}
