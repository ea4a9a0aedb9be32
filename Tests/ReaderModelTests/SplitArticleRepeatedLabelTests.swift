import Testing
@testable import ReaderModel

/// Invented page: a photo gallery and a share bar set into an article, with labels the page shows
/// more than once ("Back", "Copy link"), part its paragraphs; the paragraphs after it are still the
/// article. The same labels beside a list of teasers end it.
@Suite struct SplitArticleRepeatedLabelTests: TextPageCleaning {
    static let before = [
        "The town's rowing club celebrated its hundredth regatta on Sunday, with crews from eleven clubs racing on a river swollen by a week of rain.",
        "The club's oldest member, who first rowed in the regatta as a schoolboy, started the opening race from the bank with the same brass bell that was used in the first year of the event.",
        "Organisers had feared that the current would be too strong for the junior crews, but the river fell overnight and every race on the programme went ahead as planned.",
        "The women's eight from the host club won the final cup of the day by half a length, after a close race that the crowd on the bridge followed all the way to the line.",
    ]
    static let after = [
        "The regatta was first held in the spring after the boathouse was built, when only three crews took part and the prizes were a ham and a barrel of cider.",
        "This year the club raised enough from the entry fees and the tea tent to replace two of its oldest boats, which have been patched so often that nobody remembers their first colours.",
        "The committee has already set the date for next year's regatta and hopes to add races for crews of four from the schools along the river.",
        "Members who want to help with the next event are asked to leave their names at the boathouse, where a list will be kept on the board beside the door until the end of the winter.",
        "The club also plans a small exhibition of old programmes and photographs in the library, drawn from the boxes that past secretaries left in the loft above the boat racks.",
    ]
    static let gallery = ["Regatta day in pictures", "", "Photo: Club archive", "See more", "", "Close gallery  Replay", "Close gallery", "", "", "Close gallery",
                          "Share", "Facebook", "WhatsApp", "Twitter", "Messenger", "Pinterest", "LinkedIn", "Email", "Copy link", ""]

    static func head() -> [String] {
        ["Home", "Sport", "Local", "", "Hundredth regatta on a high river", "Share", "Copy link", ""]
    }

    @Test func paragraphsAfterAGalleryWithRepeatedLabelsStay() {
        let page = Self.head() + Self.before.flatMap { [$0, ""] } + Self.gallery + Self.after.flatMap { [$0, ""] }
            + ["Topics", "rowing", "regatta", "Contact the newsroom", "Print this page"]
        let doc = clean(page)
        #expect(doc.paragraphs == Self.before + Self.after)
        let explained = doc.evidence(of: Self.after[0])
        #expect(explained.contains(SplitArticleJoiner.repeatedLabelsEvidence))
    }

    @Test func repeatedLabelsBesideTeasersStillEndTheArticle() {
        let teasers = ["Ferry Fares To Rise In The New Year", "Market Hall Roof Repaired At Last",
                       "New Footbridge Opens By The Weir", "School Choir Wins County Prize", "Cycle Path Closed For Repairs"]
        let page = Self.head() + Self.before.flatMap { [$0, ""] } + Self.gallery + teasers + [""]
            + Self.after.flatMap { [$0, ""] } + ["Topics", "rowing"]
        let doc = clean(page)
        // The heavier piece is kept alone; the teasers part it from the other.
        #expect(doc.paragraphs == Self.after)
    }
}
