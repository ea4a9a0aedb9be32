import Testing
@testable import ReaderModel

/// Invented posts closed by the author's box: a heading naming the byline's author over a short
/// paragraph that opens with the name leaves the body; a bare name over a paragraph, a closing
/// paragraph that merely opens with the name, and a paragraph about someone else stay.
@Suite struct AuthorBioTailTests {
    static let post = [
        "The county library will open on Sunday afternoons from the first of March, after a trial last winter drew more visitors than any weekday.",
        "Staff say families came for the story hour and stayed for the study tables, and the reading room was full by three o'clock most weeks.",
        "The extra hours are paid for by a grant from the town's trust, which has promised to fund them for at least two more years.",
    ]
    static let bio = "Maren Quillfeather covers schools and libraries for the paper and lives on a narrowboat with two cats."

    func clean(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "b.txt", format: .text, text: lines.joined(separator: "\n")))
    }

    static func head() -> [String] {
        ["Valley Courier", "Home", "Local", "", "Library to open on Sundays", "", "By Maren Quillfeather", "February 12, 2024", ""]
            + post.flatMap { [$0, ""] }
    }

    @Test func theBylinesOwnBioLeavesTheBody() {
        let doc = clean(Self.head() + ["About Maren Quillfeather", "", Self.bio])
        #expect(doc.paragraphs == Self.post)
        let explained = doc.blocks.first { $0.text == Self.bio }?.evidence ?? ""
        #expect(explained.contains(AuthorBioTail.evidence))
    }

    @Test func aBareNameOverTheBioOrNoHeadingAtAllKeepsIt() {
        #expect(clean(Self.head() + ["Maren Quillfeather", "", Self.bio]).paragraphs.last == Self.bio)
        #expect(clean(Self.head() + [Self.bio]).paragraphs.last == Self.bio)
    }

    @Test func aClosingParagraphAboutSomeoneElseStays() {
        let closing = "Tobias Example, who chairs the trust, said the money was the best the fund had spent in years."
        let doc = clean(Self.head() + [closing, ""])
        #expect(doc.paragraphs == Self.post + [closing])
    }

    @Test func theNameMatchesWordForWordAndAGluedLabelStillCounts() {
        #expect(!AuthorBioTail.opensWithName(["write", "to", "maren", "quillfeather", "at"], ["maren", "quillfeather"]))
        #expect(AuthorBioTail.opensWithName(["maren", "quillfeather", "covers"], ["maren", "quillfeatheremail"]))
        #expect(!AuthorBioTail.opensWithName(["maren", "example", "covers"], ["maren", "quillfeather"]))
        #expect(!AuthorBioTail.opensWithName(["the", "story", "of", "maren", "quillfeather"], ["maren", "quillfeather"]))
        #expect(AuthorBioTail.opensWithName(["マレン", "クイル", "は"], ["マレン", "クイル"]))
    }
}
