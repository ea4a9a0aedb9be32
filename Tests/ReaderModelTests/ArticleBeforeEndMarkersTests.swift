import Foundation
import Testing
@testable import ReaderModel

/// Invented blog page whose post is a single paragraph under its headline and date: the related
/// posts, a sidebar and a longer site disclaimer in the footer follow it.
@Suite struct ArticleBeforeEndMarkersTests {
    static let post = "Three new photos from the lighthouse walk came in this week from readers who braved the wind on the north cliff path, and they show the lamp room freshly painted."

    static let disclaimer = [
        "This blog is written by volunteers and is not connected to the harbour authority or to any shipping company in any way at all.",
        "Opinions belong to their authors, photos belong to whoever took them, and nothing here should be read as advice about the tides or weather.",
    ]

    static func page(footer: [String], headline: String = "Lighthouse walk photos, part two") -> String {
        var page = ["Cliff Notes", "Home", "Photos", "Contact", "", headline, "",
                    "By Ana Writer | Posted: March 3, 2024", "", post, "", "Related posts:", "",
                    "Lighthouse walk photos, part one", "The lamp room before the paint", "Winter storms on the north cliff", ""]
        page += ["Categories", "Photos (40)", "Walks (12)", "Storms (9)", "Boats (21)", "Birds (7)", "",
                 "Archives", "March 2024", "February 2024", "January 2024", "December 2023", "November 2023", "",
                 "Friends", "The Tide Table", "North Shore Diary", "Gull Watch", ""]
        page += footer
        return page.joined(separator: "\n")
    }

    @Test func thePostBeatsALongerFooterPastTheEndMarkers() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page(footer: Self.disclaimer)))
        #expect(doc.paragraphs == [Self.post])
        let explained = doc.evidence(of: Self.post)
        #expect(explained.contains(ArticleBeforeEndMarkers.evidence))
    }

    @Test func aHeadlineThatReadsAsProseDoesNotStartTheArticle() {
        let headline = "Readers sent us their best photos of the freshly painted lamp room on the north cliff this week!"
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page(footer: Self.disclaimer, headline: headline)))
        #expect(doc.paragraphs.last == Self.post)
        #expect(!doc.paragraphs.contains(Self.disclaimer[0]))
    }

    @Test func aFarLongerRunBelowIsLeftAlone() {
        // Many times the post's prose: no claim that it is chrome.
        let long = (0..<8).map { "Paragraph \($0) of a long feature keeps going about the cliff, the lamp, the keepers and the storms of many winters past, with more detail each time." }
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page(footer: long)))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(ArticleBeforeEndMarkers.evidence) })
    }
}
