import Testing
@testable import ReaderModel

/// Invented posts closed by a writer's note over the box's link to their other posts: the note goes
/// with no byline to anchor it, whether it opens with a full name or a given name alone; a closing
/// paragraph about someone the story speaks of, a note with no link under it, a bare name under it
/// and a paragraph opening with a plain word stay. Fixtures in Latin and Cyrillic script.
@Suite struct AuthorNoteOverLinkTests: TextPageCleaning {
    static let post = [
        "The county library will open on Sunday afternoons from the first of March, after a trial last winter drew more visitors than any weekday.",
        "Staff say families came for the story hour and stayed for the study tables, and the reading room was full by three o'clock most weeks.",
        "The extra hours are paid for by a grant from the town's trust, which has promised to fund them for at least two more years.",
    ]
    static let note = "Maren Quillfeather is a freelance writer based on the coast, where she covers schools and libraries."
    static let givenNote = "Maren is a freelance writer who lives on a narrowboat and covers schools and libraries for the paper."

    static func head() -> [String] {
        ["Valley Courier", "Home", "Local", "", "Library to open on Sundays", "", "February 12, 2024", ""]
            + post.flatMap { [$0, ""] }
    }

    @Test func aNoteOverALinkNamingItsWriterLeavesTheBody() {
        let doc = clean(Self.head() + [Self.note, "More posts by Maren Quillfeather", "Follow on the fediverse", "", "Most read", "Ferry fares rise again"])
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.note)
        #expect(explained.contains(AuthorNoteOverLink.evidence))
    }

    @Test func aGivenNameAloneOpensTheNoteWhenTheLinkGivesTheFamilyName() {
        #expect(clean(Self.head() + [Self.givenNote, "Read more by Maren Quillfeather"]).paragraphs == Self.post)
        // A short label may stand between the note and the link.
        #expect(clean(Self.head() + [Self.note, "Connect", "All posts by Maren Quillfeather"]).paragraphs == Self.post)
    }

    @Test func aNoteWithNoLinkOrABareNameUnderItStays() {
        #expect(clean(Self.head() + [Self.note, "", "Most read", "Ferry fares rise again"]).paragraphs.last == Self.note)
        #expect(clean(Self.head() + [Self.note, "Maren Quillfeather"]).paragraphs.last == Self.note)
        // A given name alone in the link is no family name after it.
        #expect(clean(Self.head() + [Self.givenNote, "Posts by Maren"]).paragraphs.last == Self.givenNote)
    }

    @Test func aClosingParagraphAboutSomeoneInTheStoryStays() {
        let story = Self.post + ["Tobias Wellingford, who chairs the trust, said the money was well spent and the library deserved it."]
        let closing = "Tobias Wellingford will present the first year's figures to the council in the spring, he said."
        let lines = ["Valley Courier", "", "Library to open on Sundays", ""] + story.flatMap { [$0, ""] } + [closing, "More on Tobias Wellingford"]
        #expect(clean(lines).paragraphs.last == closing)
    }

    @Test func aParagraphOpeningWithAPlainWordOpensNoName() {
        let closing = "Meanwhile, the reading room will stay open late on the first Friday of each month."
        #expect(clean(Self.head() + [closing, "Meanwhile in the valley"]).paragraphs.last == closing)
        let other = "The library board will meet again in April to decide on the summer opening hours."
        #expect(clean(Self.head() + [other, "The library in pictures"]).paragraphs.last == other)
    }

    @Test func theNameIsReadWordForWordInAnyScript() {
        let post = [
            "Городская библиотека с марта будет открыта по воскресеньям, после того как зимний опыт привлёк больше читателей, чем любой будний день.",
            "Сотрудники говорят, что семьи приходили на чтения для детей и оставались за столами, а читальный зал к трём часам был полон.",
            "Дополнительные часы оплачивает грант городского фонда, который обещал финансировать их ещё как минимум два года.",
        ]
        let note = "Марина Перышкина — внештатный автор, пишет о школах и библиотеках побережья."
        let lines = ["Вестник долины", "", "Библиотека откроется по воскресеньям", ""] + post.flatMap { [$0, ""] }
            + [note, "Все материалы автора Марина Перышкина"]
        #expect(clean(lines).paragraphs == post)
    }

    @Test func openingNameReadsCaseAndBareWords() {
        func line(_ s: String) -> TextLine { TextLine(text: Substring(s), offset: 0, blankBefore: false, lineNumber: 0) }
        #expect(AuthorNoteOverLink.openingName(line("Maren Quillfeather writes about boats.")).map(Array.init) == ["maren", "quillfeather"])
        #expect(AuthorNoteOverLink.openingName(line("Maren is a writer.")).map(Array.init) == ["maren"])
        #expect(AuthorNoteOverLink.openingName(line("Still, the hours are long.")) == nil)
        #expect(AuthorNoteOverLink.openingName(line("the hours are long.")) == nil)
        #expect(AuthorNoteOverLink.openingName(line("The hours are long.")) == nil)
    }
}
