import Testing
@testable import ReaderModel

/// Invented opinion pieces closed by the writer's box: the bare name the header gives, glued over a
/// note opening with it and a short link line, goes with what follows it; the same box with a blank
/// line in it, with no link line, or naming someone the header does not stays.
@Suite struct HeaderNamedAuthorBoxTests: TextPageCleaning {
    static let post = [
        "The plan to build a marina on the river is sold as a boost for tourism, but the council's own figures show most visitors stay a single night.",
        "The river is narrow here, and two hundred motor boats would make it unsafe for the rowing club and the children who learn to paddle there.",
        "There is a better plan: a small jetty, a boathouse for the clubs and a footbridge between the banks, at a third of the cost.",
    ]
    static let note = "Ada Example is a town planner and chairs the rowing club on the river."

    static func page(_ box: [String], header: String = "Ada Example 14 May 2025, 06:00") -> [String] {
        ["Valley Courier", "Home", "Opinion", "", "Give the river back to the rowers", "", header, "", "Share", "", ]
            + post.flatMap { [$0, ""] } + box + ["", "More opinion", "Why the library should open on Sundays", "", "Comments (4)"]
    }

    @Test func theHeadersNameOverANoteAndALinkTakesTheBox() {
        let doc = clean(Self.page(["Ada Example", Self.note, "More from this author", "", "Want to reply? Send us a piece of no more than 700 words."]))
        #expect(doc.paragraphs == Self.post)
        #expect(doc.evidence(of: Self.note).contains(HeaderNamedAuthorBox.evidence))
    }

    @Test func aLooseBoxNoLinkOrAnotherNameStays() {
        #expect(clean(Self.page(["Ada Example", "", Self.note, "More from this author"])).paragraphs.contains(Self.note))
        #expect(clean(Self.page(["Ada Example", Self.note])).paragraphs.contains(Self.note))
        #expect(clean(Self.page(["Ada Example", Self.note, "More from this author"], header: "The Editors 14 May 2025, 06:00"))
            .paragraphs.contains(Self.note))
    }
}
