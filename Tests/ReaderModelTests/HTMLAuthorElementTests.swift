import Testing
@testable import ReaderModel

/// A byline row that sets the name, the place and the date in sibling elements gives the name
/// from the element the template named for the author, in English or in the template's own
/// language, without the place run on after it; a box about the writer is no name.
@Suite struct HTMLAuthorElementTests {
    static func byline(_ before: String) -> String? {
        HTMLFixtures.clean(HTMLFixtures.page(before: before)).byline
    }

    @Test(arguments: [
        ("<div class='byline'><span class='author'>By Tomas Brennig</span> <span class='place'>Saltmarsh,</span> <time>3 May 2025</time></div>",
         "Tomas Brennig"),
        ("<div class='firma'><span class='autor'>Por Lucía Ferrándiz</span> <span class='lugar'>Villaseca,</span> 4 abr 2025</div>",
         "Lucía Ferrándiz"),
        ("<p class='signature'><span class='auteur'>Par Odile Marchand</span> <span class='ville'>Beaulieu-sur-Lande</span></p>",
         "Odile Marchand"),
        ("<div class='info'><span class='nome-autore'>Giulia Ferrante</span> <span>Vallombra</span></div>", "Giulia Ferrante"),
    ])
    func nameComesFromTheAuthorElementAlone(row: String, name: String) {
        #expect(Self.byline(row) == name, "\(row)")
    }

    /// The innermost author-named element holds the name: its wrapper also holds the place.
    @Test func innermostAuthorElementIsRead() {
        let row = "<div class='article-authors'><span class='author-name'>Mira Oakes</span> <span>Northgate</span></div>"
        #expect(Self.byline(row) == "Mira Oakes")
    }

    /// A short box about the writer is sentences, not a name: the byline comes from elsewhere or not at all.
    @Test func authorBoxOfSentencesIsNoName() {
        let box = "<div class='author'>Writes about rivers. Lives by one.</div>"
        #expect(Self.byline(box) == nil)
    }

    /// A name the page states in its markup (`rel=author`) still comes first.
    @Test func relAuthorStillComesFirst() {
        let row = "<div class='author'>Ana Ruiz Hidalgo</div><div>By <a rel='author' href='/a'>Ada Quill</a></div>"
        #expect(Self.byline(row) == "Ada Quill")
    }
}
