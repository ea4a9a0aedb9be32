import Testing
@testable import ReaderModel

/// Invented blog pages: a poem copies as stanzas of short punctuated lines, none of which reads as
/// prose, while a sidebar blurb is one good paragraph.
@Suite struct VersePostTests: TextPageCleaning {
    static let poem = [
        "The kettle sings along the stove,", "the window fogs with rain,", "I count the cups we used to fill", "and fill them all again.",
        "",
        "The garden waits beneath the frost,", "the gate has lost its key;", "I leave the lantern on the sill", "in case you think of me.",
        "",
        "When spring comes round the hill once more,", "and swallows find the eaves,", "I will not ask where you have been,", "but sweep away the leaves.",
    ]
    static let blurb = "This little site collects the verses our reading group writes each winter, and anyone who sends one in is welcome to join us on Thursdays."

    @Test func aPoemIsThePostAndTheBlurbIsNot() {
        let page = ["Home", "Poems", "Archive", "", "The kettle", "Posted by a reader", ""] + Self.poem
            + ["", "Share this", "Tags: winter, home", "", "About us", Self.blurb, "", "Contact", "Privacy"]
        let doc = clean(page)
        for line in Self.poem where !line.isEmpty { #expect(doc.paragraphs.contains(line)) }
        #expect(!doc.paragraphs.contains(Self.blurb))
        let explained = doc.blocks.first { $0.text == "the gate has lost its key;" }
        #expect(explained?.evidence?.contains(VersePost.evidence) == true)
    }

    @Test func aTitleCasedMenuIsNoVerse() {
        let menu = ["Winter Recipes For The Family,", "Soup Of The Day,", "Bread And Butter Pudding,", "Our Favourite Pies,",
                    "Cakes For Every Season,", "Jams And Preserves,", "Drinks For Cold Nights,", "Ask The Baker,"]
        let text = menu.joined(separator: "\n")
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        #expect(VersePost.longestRun(lines, LineEvidenceCollector.collect(lines, site: nil)) == nil)
    }
}
