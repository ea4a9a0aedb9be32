import Foundation
import Testing
@testable import ReaderModel

/// Invented blog page: long "about" and book blurbs in a tabbed box open the page, then the
/// breadcrumb ending with the headline, the headline, the date line and a short post.
@Suite struct BreadcrumbAnchoredHeaderTests {
    static let blurb = (0..<3).map {
        "Tab \($0) tells how the author has kept bees on the roof for twelve years, wrote two small books about it, teaches a weekend class every spring and answers questions from readers about swarms, honey and the neighbours."
    }
    static let post = [
        "The first swarm of the year left the north hive this morning and settled on the chimney, where it stayed until the rain came.",
        "We coaxed it into a spare box before lunch and it seems content there for now.",
    ]

    static func page(crumb: String) -> String {
        (["Home"] + blurb + [crumb, "A swarm on the chimney", "Posted on: 05-04-2024 Posted by: Ana Writer", ""] + post
            + ["Categories: Bees", "Share this:", "Related Posts", "1 Comment"]).joined(separator: "\n")
    }

    @Test func theBreadcrumbedHeaderStartsTheBody() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page(crumb: "Home / A swarm on the chimney")))
        #expect(doc.paragraphs == Self.post)
        #expect(doc.title == "A swarm on the chimney")
        let explained = doc.evidence(of: Self.blurb[0])
        #expect(explained.contains(BreadcrumbAnchoredHeader.evidence))
    }

    @Test func aTrailWithoutTheHeadlineProvesNothing() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page(crumb: "Home / Bees")))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(BreadcrumbAnchoredHeader.evidence) })
    }
}
