import Foundation
import Testing
@testable import ReaderModel

/// Copies of one article loaded together (re-saves, a wire story on several sites) keep what each
/// keeps when cleaned alone; chrome shared with other articles is still site chrome.
/// The fixture folder `Fixtures/duplicates` (original text) holds a ferry story saved three times on
/// the Harbour Gazette, a wire story under the chrome of three sites, and other articles of each site.
@Suite struct DuplicateGuardTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/duplicates").path
    static let ferryCopies = ["gazette-ferry.txt", "gazette-ferry (1).txt", "gazette-ferry-saved-again.txt"]
    static let wireCopies = ["gazette-ash-cloud.txt", "valley-ash-cloud.txt", "fellside-ash-cloud.txt"]

    static func articles(_ names: [String]) throws -> [Article] {
        try names.map { try ArticleLoader().load(path: folder + "/" + $0) }
    }

    static var allNames: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()) ?? []
    }

    /// What a reader sees of a document: title, byline, date, publisher, standfirst and body.
    struct Reading: Equatable, CustomStringConvertible {
        var title, byline, published, publisher, standfirst: String?
        var paragraphs: [String]
        init(_ doc: Document) {
            (title, byline, published, publisher, standfirst) = (doc.title, doc.byline, doc.published, doc.publisher, doc.standfirst)
            paragraphs = doc.paragraphs
        }
        var description: String { "\(title ?? "-") / \(paragraphs.count) paragraphs" }
    }

    /// Each article cleaned together with the others reads as it does cleaned alone.
    static func expectSameAsAlone(_ articles: [Article], sourceLocation: SourceLocation = #_sourceLocation) {
        let together = Corpus.clean(articles)
        for (article, doc) in zip(articles, together) {
            let alone = Cleaner().clean(article)
            #expect(!alone.paragraphs.isEmpty && alone.title != nil, "\(article.source) alone", sourceLocation: sourceLocation)
            #expect(Reading(doc) == Reading(alone), "\(article.source)", sourceLocation: sourceLocation)
        }
    }

    @Test func fixtureFolderIsComplete() {
        #expect(Self.allNames.count == 10)
    }

    @Test func oneArticleSavedThreeTimesAmongOthers() throws {
        Self.expectSameAsAlone(try Self.articles(Self.ferryCopies + ["gazette-library.txt", "gazette-market.txt"]))
    }

    @Test func oneArticleSavedTwiceAmongOthers() throws {
        Self.expectSameAsAlone(try Self.articles(Array(Self.ferryCopies.prefix(2)) + ["gazette-library.txt"]))
    }

    @Test func copiesWithNothingElse() throws {
        Self.expectSameAsAlone(try Self.articles(Self.ferryCopies))
        Self.expectSameAsAlone(try Self.articles(Array(Self.ferryCopies.prefix(2))))
    }

    @Test func wireStoryUnderThreeSitesChrome() throws {
        Self.expectSameAsAlone(try Self.articles(Self.wireCopies))
        Self.expectSameAsAlone(try Self.articles(Self.wireCopies + ["valley-lambing.txt", "fellside-railway-path.txt", "gazette-market.txt"]))
    }

    @Test func wholeFolder() throws {
        Self.expectSameAsAlone(try Self.articles(Self.allNames))
    }

    /// The site's own chrome is still recognised on every copy, through the site's other articles.
    @Test func chromeOfTheSiteIsStillFoundOnCopies() throws {
        let articles = try Self.articles(Self.allNames)
        let docs = Corpus.clean(articles)
        for (article, doc) in zip(articles, docs) where article.source.contains("/gazette-") {
            let repeated = Set(doc.removed.filter { $0.reason == .repeated }.map(\.text))
            #expect(repeated.isSuperset(of: ["The Harbour Gazette", "Coast and Islands Edition", "Quay Street bakery named best in the region"]), "\(article.source)")
        }
    }

    /// A line the page keeps alone but every article of the site carries is chrome, copies or not:
    /// only the copies' votes are left out.
    @Test func chromeKeptAloneIsRemovedFromCopiesToo() throws {
        let signOff = "Send your island news and photos to the Gazette desk before noon on Fridays."
        let names = Self.ferryCopies + ["gazette-library.txt", "gazette-market.txt", "gazette-ash-cloud.txt"]
        let articles = try Self.articles(names).map { article in
            var article = article
            article.text = article.text.replacingOccurrences(of: "\nMost read\n", with: "\n\(signOff)\n\nMost read\n")
            return article
        }
        #expect(Cleaner().clean(articles[0]).paragraphs.last == signOff)
        let docs = Corpus.clean(articles)
        for (article, doc) in zip(articles, docs) {
            let alone = Cleaner().clean(article)
            #expect(doc.paragraphs == alone.paragraphs.filter { $0 != signOff }, "\(article.source)")
            #expect(doc.title == alone.title)
            #expect(doc.removed.contains(RemovedBlock(text: signOff, reason: .repeated)), "\(article.source)")
        }
    }

    @Test func explainNamesTheDuplicateGuard() throws {
        let articles = try Self.articles(Self.ferryCopies + ["gazette-library.txt"])
        let doc = Cleaner().clean(articles[0], site: SiteContext(articles: articles))
        let title = try #require(doc.blocks.first { $0.role == .title })
        #expect((title.evidence ?? "").contains("duplicate guard: in 3 pages, 2 of them copies of this one"))
        let chrome = try #require(doc.blocks.first { $0.text == "Coast and Islands Edition" })
        #expect((chrome.evidence ?? "").contains("in 2 pages of the site"))
    }

    /// Articles of one blog share a sidebar bigger than a short post: they are not copies of each
    /// other, and the sidebar stays site chrome.
    @Test func aSidebarLargerThanThePostDoesNotMakeCopies() {
        let sidebar = [
            "Recent posts",
            "Why the lighthouse keeper kept a logbook of every passing ship for thirty years",
            "A weekend of mending nets with the last rope maker on the estuary",
            "Notes from the tide tables: the spring highs and what they mean for the marsh",
            "The slow return of the grey seals to the sandbanks off Cray Head",
            "Recent comments",
            "Tamsin on A weekend of mending nets: my grandfather made rope by hand in the same sheds",
            "Olek on The slow return of the grey seals: we counted forty of them at low water last week",
            "About this blog",
            "Stories from a small estuary, written on slow evenings by a retired harbour pilot who likes boats.",
        ]
        let posts = [
            ("Fog on the estuary", "The fog came in before breakfast and stayed until the afternoon ferry, so thick that the gulls walked rather than flew along the harbour wall."),
            ("A new mooring buoy", "The harbour trust laid a yellow mooring buoy off the old fish quay this week, the first new one in a decade, for visiting yachts that arrive late."),
            ("Swifts are back", "The first swifts arrived over the church tower on Tuesday evening, three days later than last year, and by Friday there were more than twenty screaming around the roofs."),
        ]
        let articles = posts.enumerated().map { i, post in
            Article(source: "post\(i).txt", format: .text,
                    text: "Estuary Notes\n\n\(post.0)\n\n\(post.1)\n\n" + sidebar.joined(separator: "\n") + "\n")
        }
        let site = SiteContext(articles: articles)
        for (article, post) in zip(articles, posts) {
            let doc = Cleaner().clean(article, site: site)
            #expect(doc.paragraphs == [post.1])
            #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("duplicate guard") })
        }
    }

    /// Contexts built in parts on separate threads and merged (as the indexer samples a library)
    /// find the same copies and counts as one built at once.
    @Test func mergedContextsFindTheSameCopies() throws {
        let articles = try Self.articles(Self.allNames)
        var merged = SiteContext(articles: Array(articles.prefix(4)))
        merged.merge(SiteContext(articles: Array(articles.dropFirst(4))))
        let whole = SiteContext(articles: articles)
        #expect(merged.pageCount == whole.pageCount)
        for article in articles {
            let doc = Cleaner().clean(article, site: merged)
            #expect(Reading(doc) == Reading(Cleaner().clean(article, site: whole)), "\(article.source)")
            #expect(Reading(doc) == Reading(Cleaner().clean(article)), "\(article.source)")
        }
    }

    /// Different articles of one site share only chrome: none is a copy of another.
    @Test func differentArticlesOfOneSiteAreNotCopies() throws {
        let articles = try Self.articles(["gazette-library.txt", "gazette-market.txt", "gazette-ash-cloud.txt", "gazette-ferry.txt"])
        let site = SiteContext(articles: articles)
        for article in articles {
            let doc = Cleaner().clean(article, site: site)
            #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("duplicate guard") }, "\(article.source)")
            #expect(doc.removed.contains(RemovedBlock(text: "Coast and Islands Edition", reason: .repeated)))
        }
    }
}

/// The same folder through `lede index`: the library index stores for every copy what cleaning the
/// file alone gives.
@Suite struct DuplicateGuardIndexTests {
    @Test func indexedCopiesKeepTitleAndBody() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let index = try LibraryIndex(library: DuplicateGuardTests.folder, indexPath: dir.path + "/index.sqlite")
        let summary = try SiteSampledAnalysis(root: DuplicateGuardTests.folder).indexer().run(index)
        #expect(summary.added == DuplicateGuardTests.allNames.count)
        let rows = try index.rows()
        #expect(rows.count == DuplicateGuardTests.allNames.count)
        for row in rows {
            let stored = try #require(try index.document(id: row.id))
            let alone = Cleaner().clean(try ArticleLoader().load(path: row.path))
            #expect(DuplicateGuardTests.Reading(stored) == DuplicateGuardTests.Reading(alone), "\(row.path)")
            #expect(row.title == alone.title && row.title != nil, "\(row.path)")
        }
        // The copies are found by full-text search like any article.
        #expect(try index.search("Hollin Isle").count == 3)
        #expect(try index.search("Kelvar").count == 3)
    }
}
