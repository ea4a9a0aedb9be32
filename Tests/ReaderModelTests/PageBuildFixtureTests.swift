import Foundation
import Testing
@testable import ReaderModel

/// Invented whole pages in the page builds real sites use that the other fixtures lack: a
/// server-rendered Next.js page of hashed class names and bare `<div>` paragraphs, a story split
/// into sibling sections by in-article ads, a newsletter box and a related card, a story whose
/// later paragraphs sit in a `hidden` part behind a "Read more" button, a consent dialog longer
/// than the short story it covers (the page behind it `aria-hidden`), a WordPress post under a
/// comment thread longer than itself, a 2004 table-laid page of `<font>` and `<br><br>`, and a
/// paywalled page whose only full text is its JSON-LD `articleBody`. Each as saved HTML and as the
/// select-all text copy Chromium gives with scripts off (hidden parts are not in that copy).
@Suite struct PageBuildFixtureTests {
    struct Page: Sendable, CustomStringConvertible {
        var code: String
        var title: String
        var standfirst: String? = nil
        var caption: String? = nil
        /// The writer's contact line the saved page keeps as the article's close (`ClosingFlaggedSentence`).
        var signOff: String? = nil
        var byline: String? = nil
        var published: String? = nil
        /// The text copy shows less than the saved page holds (a hidden part, a paywall): its
        /// expected paragraphs are in `CODE.text-body.txt`.
        var textShowsLess = false
        var textIssue: Comment? = nil
        var htmlIssue: Comment? = nil
        var description: String { code }
    }

    static let pages: [Page] = [
        Page(code: "nextjs", title: "Why the last lighthouse keeper on Marrow Point still climbs the stairs",
             caption: "The lamp room at Marrow Point, where the light has been automatic since 1998. Photo: Iris Calder",
             byline: "Dana Whitfield", published: "2024-05-09T14:20"),
        Page(code: "ad-split", title: "Council votes to keep the town's last public baths open for another decade",
             standfirst: "Swimmers packed the public gallery as councillors backed a repair plan for the Victorian pool on Mill Lane.",
             byline: "Priya Lomax", published: "2023-11-21T18:05"),
        Page(code: "read-more", title: "Orchard village brings back its apple wassail after a forty-year gap",
             byline: "Tom Ellery", published: "2022-01-17T09:30", textShowsLess: true),
        Page(code: "consent-overlay", title: "Footbridge over the Lune to reopen on Monday", published: "2021-06-04T11:12"),
        Page(code: "wp-comments", title: "Taking down the fences", byline: "Rowan", published: "2019-06-11T21:30"),
        Page(code: "table-font", title: "Commission votes to replace coal pier",
             signOff: "Martha Kelleher can be reached at 555-0187.", published: "2004-05-19"),
        Page(code: "jsonld-teaser", title: "First wooden boat in thirty years slides down Calder Sound slipway",
             caption: "Skylark on the slipway at Calder Sound before Friday's launch",
             byline: "Fiona MacRae", published: "2025-04-11T16:45", textShowsLess: true),
    ]

    /// Pages saved only as text copies: an AMP page (its sidebar menu and "View the full site"
    /// links), a page whose copy opens with skip links and a mega-menu of 60-odd short lines, a
    /// newsletter platform's post (its like and comment counters, its subscribe prompts), a live
    /// page whose entries each sit under a bare time beside a "Key events" index of relative times,
    /// and a list post of unbulleted item headings each over one paragraph.
    static let textPages: [Page] = [
        Page(code: "amp", title: "Drainage board agrees to reflood three fields to save the marsh harrier"),
        Page(code: "mega-menu", title: "Ferry timetable cut to two crossings a day as crew shortage bites"),
        Page(code: "newsletter-post", title: "The year the swifts came late"),
        // The entries stay under their times (`LivePageEntries`), the key events and the JavaScript notice go;
        // the first entry's heading is no headline (`LiveEntryHeading`).
        Page(code: "live", title: "Storm Ilse live: power cuts and closed roads as gusts reach 80mph on the coast"),
        // The item headings stay (`UnbulletedItemList`), not teasers.
        Page(code: "list-post", title: "Eight things I keep in the freezer so dinner is never more than twenty minutes away"),
    ]

    static func clean(_ page: Page, html: Bool) throws -> Document {
        let path = "builds/\(page.code).\(html ? "html" : "txt")"
        return Cleaner().clean(Article(source: path, format: html ? .html : .text, text: try ScriptAwareCleaningTests.fixture(path)))
    }

    /// A standfirst is right under the headline or as the story's first paragraph, and nowhere else.
    static func paragraphs(_ doc: Document, standfirst: String?) -> [String] {
        let kept = doc.paragraphs.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let standfirst, doc.standfirst == nil, kept.first == standfirst else { return kept }
        return Array(kept.dropFirst())
    }

    static func expecting(_ issue: Comment?, _ checks: () -> Void) {
        if let issue { withKnownIssue(issue) { checks() } } else { checks() }
    }

    @Test(arguments: pages)
    func savedPageKeepsTheStory(page: Page) throws {
        let doc = try Self.clean(page, html: true)
        let paragraphs = Self.paragraphs(doc, standfirst: page.standfirst).filter { $0 != page.caption }
        let body = try ScriptAwareCleaningTests.expectedBody("builds/\(page.code).body.txt") + (page.signOff.map { [$0] } ?? [])
        Self.expecting(page.htmlIssue) {
            #expect(paragraphs == body, "\(page.code): \(doc.paragraphs.map { String($0.prefix(30)) })")
            #expect(doc.title == page.title, "\(page.code): \(doc.title ?? "nil")")
            if doc.standfirst != nil || page.standfirst == nil { #expect(doc.standfirst == page.standfirst, "\(page.code)") }
            if let byline = page.byline { #expect(doc.byline == byline, "\(page.code): \(doc.byline ?? "nil")") }
            if let published = page.published { #expect(doc.published == published, "\(page.code): \(doc.published ?? "nil")") }
        }
    }

    @Test(arguments: pages + textPages)
    func textCopyKeepsTheStory(page: Page) throws {
        let doc = try Self.clean(page, html: false)
        let paragraphs = Self.paragraphs(doc, standfirst: page.standfirst)
        let body = try ScriptAwareCleaningTests.expectedBody("builds/\(page.code).\(page.textShowsLess ? "text-body" : "body").txt")
        Self.expecting(page.textIssue) {
            #expect(paragraphs == body, "\(page.code): \(doc.paragraphs.map { String($0.prefix(30)) })")
            #expect(doc.title == page.title, "\(page.code): \(doc.title ?? "nil")")
        }
    }

    /// Every removed line of the text copy says why it went.
    @Test(arguments: pages + textPages)
    func everyRemovedLineHasAReason(page: Page) throws {
        let doc = try Self.clean(page, html: false)
        for block in doc.blocks where block.role == .removed {
            #expect(block.reason != nil && block.evidence?.isEmpty == false, "\(page.code): \(block.text)")
        }
    }
}
