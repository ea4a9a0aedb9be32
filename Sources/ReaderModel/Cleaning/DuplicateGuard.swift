/// Keeps cross-page evidence from taking an article's own text for site chrome when the pages
/// loaded with it hold copies of it: a re-saved file, a wire story syndicated on several sites, a
/// shortened version.
///
/// A line recurring across pages is chrome because the pages around it are different articles.
/// A page that holds this page's article is a copy, and the lines they share say nothing about the
/// site. So the copies among the context's pages are found once per page, and a line's page count
/// leaves them out: a line held only by this page and its copies counts as on one page, as when
/// the page is cleaned alone. Chrome the copies share with the site's other articles still counts
/// those other articles.
///
/// "This page's article" is what the page keeps when cleaned alone (its solo reading), so a page
/// cleaned in a folder never loses to a copy what it keeps on its own. A copy (1) holds a third of
/// the smaller page's paragraph lines, (2) holds a quarter of this page's solo body, and (3) the
/// sentences it shares from that body outweigh twice this page's own unshared article prose (else
/// the shared block is chrome: a blog sidebar bigger than a short post). The solo reading (a second,
/// site-free pass of the body finder) is only worked out for pages passing (1); most pages pay a
/// hash lookup per content line.
struct DuplicateGuard: Sendable {
    /// A line's recurrence across the site, its copies of this page left out.
    struct Count: Sendable {
        /// Pages of this page's site (`SiteSiblings`) holding the line that are not copies of this
        /// page (this page itself counts when the context holds it, as it always has), counted up
        /// to `siteCountLimit`.
        var pages: Int
        /// Copies of this page that hold the line too and were left out.
        var copies: Int
    }

    /// What the page keeps when cleaned alone: its body's line range and the lines' evidence.
    struct SoloReading {
        var body: Range<Int>
        var evidence: [LineEvidence]
    }

    /// One distinct content line of this page (`SitePage.contentLineBytes` or longer).
    struct ContentLine: Sendable {
        var key: UInt64
        var length: Int
        /// Its first line in the page.
        var index: Int
        /// Whether another page of the context holds it too.
        var isShared: Bool
        /// Whether it ends like a sentence (article paragraphs do; lists of links mostly do not).
        var endsSentence: Bool
        var isParagraph: Bool { length >= SitePage.paragraphLineBytes }
    }

    let site: SiteContext
    /// Context pages that are copies of this page (never the page itself).
    let copies: [Int32]
    /// This page in the context, when the context holds it.
    let selfPage: Int32?
    /// The context's pages of this page's site (`SiteSiblings`), sorted.
    let siblings: [Int32]

    /// A line's site pages are counted up to this many: any count from 3 on decides the same.
    static let siteCountLimit = 64

    /// At most this many pages are looked at as possible copies, through the page's most specific
    /// content lines first; a line on more pages than are left to look at is not followed: it is
    /// chrome (or the folder holds hundreds of copies of one article).
    static let candidateBudget = 512

    /// The `SiteLineKey` of each line long enough to be a content line, and how many pages of the
    /// context hold it (looked up once, here, for the copy search and the counts); -1 for shorter
    /// lines, looked up when asked (most are menus and labels the vocabulary already removed).
    let keys: [UInt64]
    let pageCounts: [Int]

    /// `solo` reads the page alone; it is called at most once, and only when another page shares
    /// enough content to be a copy. `text` is the page's text, read for its line keys only when the
    /// context does not hold the page (an index cleans pages outside its sample).
    init(site: SiteContext, lines: [TextLine], source: String, text: String, solo: () -> SoloReading) {
        self.site = site
        let selfPage = site.pageBySource[source]
        self.selfPage = selfPage
        var pageKeys: [UInt64]
        if let selfPage {
            pageKeys = site.pages[Int(selfPage)].keys
        } else {
            var text = text
            pageKeys = text.withUTF8 { SiteContext.lineKeys(of: $0) }.keys.sorted()
        }
        siblings = site.siblings(of: selfPage, keys: pageKeys)
        var keys = [UInt64](repeating: SiteLineKey.empty, count: lines.count)
        var lengths = [Int](repeating: 0, count: lines.count)
        var pageCounts = [Int](repeating: -1, count: lines.count)
        for (index, line) in lines.enumerated() where line.text.utf8.count >= SitePage.contentLineBytes {
            let (key, length) = SiteLineKey.keyAndLength(line.text)
            keys[index] = key
            lengths[index] = length
            pageCounts[index] = key == SiteLineKey.empty ? 0 : site.pagesContaining(key: key)
        }
        self.keys = keys
        self.pageCounts = pageCounts
        self.copies = DuplicateGuard.copies(in: site, lines: lines, keys: keys, lengths: lengths, pageCounts: pageCounts,
                                            source: source, solo: solo)
    }

    /// How many pages of this page's site hold the line at this index of the page, copies of this
    /// page left out.
    func count(at index: Int, of lines: [TextLine]) -> Count {
        var key = keys[index]
        var pages = pageCounts[index]
        if pages < 0 {
            key = SiteLineKey.key(lines[index].text)
            pages = key == SiteLineKey.empty ? 0 : site.pagesContaining(key: key)
        }
        guard pages >= 2 else { return Count(pages: pages, copies: 0) }
        var held = 0
        for copy in copies where site.pages[Int(copy)].holds(key) { held += 1 }
        // Only the site's own pages say the line is its chrome: other sites' pages in the folder
        // share a few lines with any page by chance.
        var sitePages = selfPage == nil ? 0 : 1
        if !siblings.isEmpty {
            site.forEachPage(withLine: key) { page in
                guard sitePages < Self.siteCountLimit, !copies.contains(page), SiteSiblings.contains(siblings, page) else { return }
                sitePages += 1
            }
        }
        return Count(pages: sitePages, copies: held)
    }

    static func copies(in site: SiteContext, lines: [TextLine], keys: [UInt64], lengths: [Int], pageCounts: [Int],
                       source: String, solo: () -> SoloReading) -> [Int32] {
        guard !site.pages.isEmpty else { return [] }
        let selfPage = site.pageBySource[source]
        // This page's distinct content lines, and how many other pages hold each.
        var seen = Set<UInt64>()
        var content: [ContentLine] = []
        var sharedLines: [(key: UInt64, holders: Int)] = []
        var own = Share()
        var shared = Share()
        for (index, line) in lines.enumerated() where lengths[index] >= SitePage.contentLineBytes {
            let key = keys[index]
            let length = lengths[index]
            guard seen.insert(key).inserted else { continue }
            var holders = pageCounts[index]
            if let selfPage, site.pages[Int(selfPage)].holds(key) { holders -= 1 }
            content.append(ContentLine(key: key, length: length, index: index, isShared: holders > 0, endsSentence: line.endsSentence))
            own.add(content[content.count - 1])
            if holders > 0 {
                sharedLines.append((key, holders))
                shared.add(content[content.count - 1])
            }
        }
        guard !sharedLines.isEmpty else { return [] }
        sharedLines.sort { $0.holders < $1.holders }
        var checked = Set<Int32>()
        var candidates: [Int32] = []
        var budget = candidateBudget
        for line in sharedLines {
            if line.holders > budget { break }
            budget -= line.holders
            site.forEachPage(withLine: line.key) { candidate in
                guard candidate != selfPage else { return }
                // By paragraphs where both pages have some, else by all content lines.
                let pageParagraphBytes = site.pages[Int(candidate)].paragraphBytes
                let byParagraphs = own.paragraphBytes > 0 && pageParagraphBytes > 0
                let needed = byParagraphs ? min(own.paragraphBytes, pageParagraphBytes)
                    : min(own.contentBytes, site.pages[Int(candidate)].contentBytes)
                // Cheap bound first: could the page share a third of the smaller page at all?
                guard (byParagraphs ? shared.paragraphBytes : shared.contentBytes) * 3 >= needed,
                      checked.insert(candidate).inserted else { return }
                if sharesThird(site.pages[Int(candidate)], content, byParagraphs: byParagraphs,
                               own: byParagraphs ? own.paragraphBytes : own.contentBytes, needed: needed) {
                    candidates.append(candidate)
                }
            }
        }
        guard !candidates.isEmpty else { return [] }
        let reading = solo()
        let body = content.filter { reading.body.contains($0.index) }
        let ownProse = ownArticleBytes(content, reading)
        return candidates.filter { sharesBody(site.pages[Int($0)], body, ownArticleBytes: ownProse) }
    }

    /// Content bytes of a page, and those of them in paragraph lines.
    struct Share {
        var contentBytes = 0
        var paragraphBytes = 0
        mutating func add(_ line: ContentLine) {
            contentBytes += line.length
            if line.isParagraph { paragraphBytes += line.length }
        }
    }

    /// The first test, on the text alone: the page holds a third of the smaller page's paragraph
    /// bytes (of all content lines, where either has no paragraph). Copies pass it even under heavy
    /// chrome of their own; so do articles of one site that share a large block of chrome, which
    /// the second test tells apart.
    static func sharesThird(_ page: SitePage, _ content: [ContentLine], byParagraphs: Bool, own: Int, needed: Int) -> Bool {
        var sharedBytes = 0
        var remaining = own
        for line in content where !byParagraphs || line.isParagraph {
            remaining -= line.length
            if page.holds(line.key) {
                sharedBytes += line.length
            } else if (sharedBytes + remaining) * 3 < needed {
                return false  // the rest cannot make up a third
            }
        }
        return sharedBytes > 0 && sharedBytes * 3 >= needed
    }

    /// Prose of this page that no other page holds, up to the end of its solo body: lines the solo
    /// reading finds no noise in and does not call short. A page with an article of its own beside
    /// the text it shares is another article, and the shared text is chrome (a blog's sidebar, a
    /// promotional menu) even where cleaning alone took it for the body. Prose after the body is
    /// left out: reader comments under a syndicated story are this page's own but no article.
    static func ownArticleBytes(_ content: [ContentLine], _ reading: SoloReading) -> Int {
        var bytes = 0
        for line in content where !line.isShared && line.index < reading.body.upperBound {
            let evidence = reading.evidence[line.index]
            if evidence.noise == nil, evidence.shape != .short { bytes += line.length }
        }
        return bytes
    }

    /// The deciding test: the page holds a quarter of the content bytes of this page's solo body,
    /// and the sentences it shares from the body are at least twice this page's own article prose.
    /// A copy, a shortened copy or an updated re-save holds the body; another article of the site
    /// holds chrome, which is rarely a quarter of a body, and where it is (cleaning alone took a
    /// sidebar of links for the body) this page has an article of its own.
    static func sharesBody(_ page: SitePage, _ body: [ContentLine], ownArticleBytes: Int) -> Bool {
        var bodyBytes = 0
        var sharedBytes = 0
        var sharedSentenceBytes = 0
        for line in body {
            bodyBytes += line.length
            if page.holds(line.key) {
                sharedBytes += line.length
                if line.endsSentence { sharedSentenceBytes += line.length }
            }
        }
        return sharedBytes > 0 && sharedBytes * 4 >= bodyBytes && sharedSentenceBytes >= 2 * ownArticleBytes
    }
}
