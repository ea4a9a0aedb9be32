import Testing
@testable import ReaderModel

/// Invented posts closed by the author's box: a heading naming a byline's writer, right over the
/// note or a few short labels above it, takes the note that opens with the name out of the body; a
/// bare name or a date over the note, no heading at all, a closing paragraph that merely opens with
/// the name, and a note about someone else stay.
@Suite struct AuthorBoxTailTests: TextPageCleaning {
    static let post = [
        "The county library will open on Sunday afternoons from the first of March, after a trial last winter drew more visitors than any weekday.",
        "Staff say families came for the story hour and stayed for the study tables, and the reading room was full by three o'clock most weeks.",
        "The extra hours are paid for by a grant from the town's trust, which has promised to fund them for at least two more years.",
    ]
    static let bio = "Maren Quillfeather covers schools and libraries for the paper and lives on a narrowboat with two cats."
    static let note = "Maren Quillfeather writes about transport and the waterfront for the paper, and has crossed the harbour by every boat that runs on it since she was nine."

    static func head(byline: String = "By Maren Quillfeather") -> [String] {
        ["Valley Courier", "Home", "Local", "", "Library to open on Sundays", "", byline, "February 12, 2024", ""]
            + post.flatMap { [$0, ""] }
    }

    @Test func aHeadingRightOverTheBioTakesTheBox() {
        let doc = clean(Self.head() + ["About Maren Quillfeather", "", Self.bio])
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.bio)
        #expect(explained.contains(AuthorBoxTail.evidence))
    }

    @Test func aHeadingAFewLabelsAboveTheNoteTakesTheBox() {
        let doc = clean(Self.head() + ["Written by Maren Quillfeather", "Connect", "Friend me", "", Self.note])
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.note)
        #expect(explained.contains(AuthorBoxTail.evidence))
    }

    @Test func theHeadingsOwnBylineCountsWhenThePagesFirstBylineIsSomeoneElse() {
        let doc = clean(Self.head(byline: "By the Desk") + ["Written by Maren Quillfeather", "", Self.note])
        #expect(doc.paragraphs == Self.post)
    }

    @Test func aBareNameADateOrNoHeadingAtAllKeepsTheNote() {
        #expect(clean(Self.head() + ["Maren Quillfeather", "", Self.bio]).paragraphs.last == Self.bio)
        #expect(clean(Self.head() + [Self.bio]).paragraphs.last == Self.bio)
        #expect(clean(Self.head() + ["Maren Quillfeather", "Connect", "", Self.note]).paragraphs.last == Self.note)
        #expect(clean(Self.head() + ["February 13, 2024", "", Self.note]).paragraphs.last == Self.note)
    }

    @Test func aClosingParagraphAboutSomeoneElseStays() {
        let closing = "Tobias Example, who chairs the trust, said the money was the best the fund had spent in years."
        #expect(clean(Self.head() + [closing, ""]).paragraphs == Self.post + [closing])
        let other = "Tomasz Wellingford, who runs the boatyard, has repaired the ferries for twenty years and says the new timetable will keep his crew busy all summer."
        #expect(clean(Self.head() + ["Written by Maren Quillfeather", "Connect", "", other]).paragraphs.contains(other))
    }

    @Test func theNameMatchesWordForWordAndAGluedLabelStillCounts() {
        #expect(!AuthorBoxTail.opensWithName(["write", "to", "maren", "quillfeather", "at"], ["maren", "quillfeather"]))
        #expect(AuthorBoxTail.opensWithName(["maren", "quillfeather", "covers"], ["maren", "quillfeatheremail"]))
        #expect(!AuthorBoxTail.opensWithName(["maren", "example", "covers"], ["maren", "quillfeather"]))
        #expect(!AuthorBoxTail.opensWithName(["the", "story", "of", "maren", "quillfeather"], ["maren", "quillfeather"]))
        #expect(AuthorBoxTail.opensWithName(["マレン", "クイル", "は"], ["マレン", "クイル"]))
    }

    @Test func aBylinesNameIsItsFirstTwoWordsAndAGivenNameAloneIsNoName() {
        let names = AuthorBoxTail.bylineNames([LineEvidence(shape: .short, byline: "Odalys Brackenridge"), LineEvidence(shape: .short, byline: "Odalys")])
        #expect(names == [["odalys", "brackenridge"]])
    }

    @Test func aBareLabelBetweenTheStoryAndTheNoteHeadsTheBox() {
        // The label names nobody; the note's opening names the byline's writer.
        let doc = clean(Self.head() + ["Who wrote this...", "", Self.bio])
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.bio)
        #expect(explained.contains(AuthorBoxTail.evidence))
        // Under the post's navigation links too: furniture has closed the story.
        #expect(clean(Self.head() + ["« Ferry timetable changes again", "about the writer", "", Self.bio]).paragraphs == Self.post)
        // A label with figures (a date) is no heading.
        let name = ["maren", "quillfeather"]
        let label = { (text: String) in TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1) }
        #expect(!AuthorBoxTail.isUnnamedLabel(label("Update 2"), LineEvidence(shape: .short), name))
        #expect(!AuthorBoxTail.isUnnamedLabel(label("Maren writes"), LineEvidence(shape: .short), name))
        #expect(AuthorBoxTail.isUnnamedLabel(label("Who wrote this..."), LineEvidence(shape: .short), name))
    }
}
