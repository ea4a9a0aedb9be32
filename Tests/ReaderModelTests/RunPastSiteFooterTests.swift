import Testing
@testable import ReaderModel

/// Invented pages whose copy runs on past the site's footer into a video player's hidden pop-up
/// notes, which outweigh the short article above the footer.
@Suite struct RunPastSiteFooterTests {
    static let article = [
        "The harbour trust showed its restored tugboat to visitors on Saturday, after three winters of work in the old dry dock by the fish market.",
        "Volunteers rebuilt the wheelhouse from the original drawings, and the engine ran for the first time in forty years as the crowd watched from the quay.",
    ]
    static let popup = [
        "The official trailer for the storm season documentary follows three crews of the lifeboat station through the worst winter on record, from the first gale in October to the long calm of the spring, with the coxswain's own notes read over the film.",
        "Watch the crews launch into the surf at night, haul a trawler off the rocks and bring home the walkers cut off by the tide, in a film shot over five months by the station's own volunteers with cameras fixed to their helmets and the boat's mast.",
    ]

    static func page(footer: [String], links: [String] = ["About us"]) -> String {
        var page = ["Harbour News", "Home", "Boats", "Tugboat back on the water after forty years", "By Ana Roe | May 4, 2024", ""]
        page += article.flatMap { [$0, ""] }
        // The sidebar and masthead between the article and the footer: no run bridges them.
        let sidebar = ["Most Read", "Ferry fares rise for the summer", "New cafe opens on the pier", "Gulls return to the cliffs",
                       "Sea wall repairs begin Monday", "Tall ships due in August", "Lifeboat crew wins award", "Masthead",
                       "Mira Lund", "Tom Ashe", "Ana Roe", "Kai Berg", "Lena Holm", "Omar Said", "Rosa Lind", "Ivo Kerr"]
        page += ["Share this", "Tags: boats, harbour"] + sidebar + links + footer + ["", "Storm season trailer", ""] + popup.flatMap { [$0, ""] } + ["close"]
        return page.joined(separator: "\n")
    }

    static let footer = ["Privacy Policy", "Terms of Service", "Copyright © 2024 Harbour News. All rights reserved.", "Powered by WordPress"]

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
    }

    @Test func theArticleAboveTheFooterBeatsTheHiddenTextPastIt() {
        let doc = Self.clean(Self.page(footer: Self.footer))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.evidence(of: Self.article[0])
        #expect(explained.contains(RunPastSiteFooter.evidence))
    }

    @Test func aCopyrightLineAloneIsNoFooter() {
        // No legal links around it: a credit line, not the site's footer; the rule says nothing.
        let doc = Self.clean(Self.page(footer: ["Copyright © 2024 Harbour News. All rights reserved."], links: []))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(RunPastSiteFooter.evidence) })
    }
}
