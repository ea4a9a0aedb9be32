import Testing
@testable import ReaderModel

/// Invented posts closed by an author's box whose heading stands a few labels above the note: the
/// box leaves the body; the same note right under the story, under a bare name or under a date, a
/// short credit line, and a note about someone else stay.
@Suite struct BylineNamedBioTailTests {
    static let post = [
        "The harbour ferry will run every half hour on weekends from April, after a winter trial carried more passengers than the summer timetable did.",
        "Crews say cyclists and market traders filled the early boats, and the last crossing home was standing room only by the second month.",
        "The council will pay for the extra sailings from the parking fund, which it has promised to keep for at least three more seasons.",
    ]
    static let note = "Odalys Brackenridge writes about transport and the waterfront for the paper, and has crossed the harbour by every boat that runs on it since she was nine."

    func clean(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "n.txt", format: .text, text: lines.joined(separator: "\n")))
    }

    static func head(byline: String = "By Odalys Brackenridge") -> [String] {
        ["Bay Gazette", "Home", "Local", "", "Ferry to run every half hour", "", byline, "March 3, 2024", ""]
            + post.flatMap { [$0, ""] }
    }

    @Test func aHeadingNamingTheWriterAFewLabelsAboveTheNoteTakesTheBox() {
        let doc = clean(Self.head() + ["Written by Odalys Brackenridge", "Connect", "Friend me", "", Self.note])
        #expect(doc.paragraphs == Self.post)
        let explained = doc.blocks.first { $0.text == Self.note }?.evidence ?? ""
        #expect(explained.contains(BylineNamedBioTail.evidence))
    }

    @Test func theHeadingsOwnBylineCountsWhenThePagesFirstBylineIsSomeoneElse() {
        let doc = clean(Self.head(byline: "By the Desk") + ["Written by Odalys Brackenridge", "", Self.note])
        #expect(doc.paragraphs == Self.post)
    }

    @Test func theNoteRightUnderTheStoryUnderABareNameOrUnderADateStays() {
        #expect(clean(Self.head() + [Self.note]).paragraphs.last == Self.note)
        #expect(clean(Self.head() + ["Odalys Brackenridge", "Connect", "", Self.note]).paragraphs.last == Self.note)
        #expect(clean(Self.head() + ["March 4, 2024", "", Self.note]).paragraphs.last == Self.note)
    }

    @Test func aNoteAboutSomeoneElseStays() {
        let other = "Tomasz Wellingford, who runs the boatyard, has repaired the ferries for twenty years and says the new timetable will keep his crew busy all summer."
        #expect(clean(Self.head() + ["Written by Odalys Brackenridge", "Connect", "", other]).paragraphs.contains(other))
    }

    @Test func aBylinesNameIsItsFirstTwoWordsAndAGivenNameAloneIsNoName() {
        let names = BylineNamedBioTail.bylineNames([LineEvidence(shape: .short, byline: "Odalys Brackenridge"), LineEvidence(shape: .short, byline: "Odalys")])
        #expect(names == [["odalys", "brackenridge"]])
    }
}
