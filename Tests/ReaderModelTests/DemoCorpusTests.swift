import Foundation
import Testing
@testable import ReaderModel

/// The bundled demo corpus loads cleanly and has what the reader's demo needs.
@Suite("Demo corpus")
struct DemoCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let demo = root.appendingPathComponent("Demo").path
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    let report = ArticleLoader().loadReport([DemoCorpusTests.demo])

    @Test func fifteenArticlesLoadAndTheReadmeIsSkipped() {
        #expect(report.failures.isEmpty)
        #expect(report.articles.count == 15)
        #expect(report.articles.filter { $0.format == .html }.count == 5)
        #expect(report.skipped.map { ($0 as NSString).lastPathComponent } == ["README.md"])
        #expect(report.articles.allSatisfy { $0.isVerbatimUTF8 && $0.leadingBytes == 0 })
    }

    @Test func articlesHaveRealisticLengths() {
        for article in report.articles {
            let text = article.format == .html ? article.text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression) : article.text
            let words = text.split(whereSeparator: \.isWhitespace).count
            #expect((300...900).contains(words), "\(article.source): \(words) words")
        }
    }

    @Test func entityVariantsAndWideCharactersArePresent() {
        let all = report.articles.map(\.text).joined(separator: "\n")
        for variant in ["Oleksandr Hrytsenko", "Oleksandr Gritsenko", "Minister Hrytsenko", "Hrytsenko's", "Гриценко",
                        "European Port Recovery Agency", "EPRA", "Kyiv", "Kiev", "Odesa", "Odessa", "Constanța",
                        "2.4 billion euros ($2.6 billion)", "🌊"] {
            #expect(all.contains(variant), "missing \(variant)")
        }
    }

    /// The demo shows grouping by story: the May port story, and the June barge sinking on the Danube
    /// reported by all three sites.
    @Test func theDemoHoldsASecondStory() {
        let documents = Corpus.clean(report.articles)
        let recognizer = EntityRecognizer()
        let stories = StoryGrouper.group(documents.map { StorySignature(document: $0, spans: recognizer.recognize($0), fileDay: nil) })
        let files = stories.map { $0.members.map(\.position).map { (documents[$0].source as NSString).lastPathComponent }.sorted() }
        #expect(files.contains(["13-meridian-wire-danube-barges-sink.txt", "14-harbour-ledger-danube-salvage.txt",
                                "15-coastline-daily-danube-reopens.html"]))
        #expect(stories.filter { $0.articleCount >= 2 }.count == 2)
    }

    @Test func pagesOfOneSiteShareTheirChrome() {
        let site = SiteContext(articles: report.articles)
        #expect(site.pagesContaining("* indicates required") >= 4)
        #expect(site.pagesContaining("Before you go...") >= 3)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: DemoCorpusTests.seeds)))
    func noSentenceIsCopiedFromTheSeeds() throws {
        let demo = report.articles.map(\.text).joined(separator: "\n")
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.seeds) where name.hasSuffix(".txt") {
            let seed = try String(contentsOfFile: Self.seeds + "/" + name, encoding: .utf8)
            for line in seed.split(separator: "\n") where line.count > 60 {
                #expect(!demo.contains(line.prefix(50)), "\(name): \(line.prefix(50))")
            }
        }
    }

    /// What each demo text page must yield: the demo is ours, so exact strings are fine.
    struct Expected: Sendable {
        var file: String
        var title: String
        var byline: String?
        var published: String?
        var publisher: String?
    }

    static let expectedTextPages: [Expected] = [
        Expected(file: "01-harbour-ledger-epra-pledge.txt", title: "EU agency pledges 2.4 billion euros to rebuild Odesa's damaged ports",
                 byline: "Daryna Lysenko", published: "2026-05-03T09:40", publisher: "The Harbour Ledger"),
        Expected(file: "02-meridian-wire-brussels-signing.txt",
                 title: "Ukraine signs port rebuilding pact with EU agency, first tenders due next week",
                 byline: nil, published: "2026-05-04", publisher: "Meridian Wire"),
        Expected(file: "04-harbour-ledger-hrytsenko-interview.txt",
                 title: "Minister Hrytsenko on dredgers, drones and the 'worst night of the year'",
                 byline: "Taras Melnyk", published: "2026-05-05T07:05", publisher: "The Harbour Ledger"),
        Expected(file: "05-meridian-wire-dredging-contract.txt", title: "Norwegian firm wins fast-track contract to dredge Odesa channels",
                 byline: nil, published: "2026-05-06", publisher: "Meridian Wire"),
        Expected(file: "07-harbour-ledger-minister-defends-tender.txt", title: "Hrytsenko defends dredging tender, promises to publish bid scores",
                 byline: "Daryna Lysenko", published: "2026-05-07T20:20", publisher: "The Harbour Ledger"),
        Expected(file: "08-meridian-wire-storm-carrier-aground.txt", title: "Storm drives bulk carrier aground near Odesa, widens breakwater gap",
                 byline: nil, published: "2026-05-09", publisher: "Meridian Wire"),
        Expected(file: "10-harbour-ledger-epra-explainer.txt", title: "What is EPRA, and who pays for Odesa's new ports?",
                 byline: "Taras Melnyk", published: "2026-05-10T11:00", publisher: "The Harbour Ledger"),
        // No year anywhere on this page, so the dateline's "May 12" stays undated.
        Expected(file: "11-meridian-wire-rada-ratifies.txt", title: "Ukraine's parliament ratifies EU port deal as storm repairs begin",
                 byline: nil, published: nil, publisher: "Meridian Wire"),
        Expected(file: "14-harbour-ledger-danube-salvage.txt", title: "Salvage crews start lifting sunken barges as Danube queue grows",
                 byline: "Taras Melnyk", published: "2026-06-12T18:50", publisher: "The Harbour Ledger"),
    ]

    /// Fragments of the demo's noise lines (appeals, forms, banners, teasers, feed items, captions).
    static let noiseFragments = [
        "membership", "new members", "8,400 members", "paid for by readers", "indicates required", "Subscribe", "subscribed",
        "email address", "Advertisement", "Read more", "browser", "Reading Time", "Listen to this story", "Editor's note",
        "Elsewhere in the region", "free articles", "Already a subscriber", "RELATED", "MORE NEWS", "Editors' Picks",
        "News Feed", "Before you go", "shipyards bet", "Yards in Bergen", "busiest summer since 2021", "summer comeback",
        "Analysts say Greater Odesa could handle", "/ The Harbour Ledger)", "MERIDIAN WIRE/", "Skip to", "Edit post",
    ]

    @Test(arguments: DemoCorpusTests.expectedTextPages.map(\.file))
    func textPageMetadata(file: String) throws {
        let expected = try #require(Self.expectedTextPages.first { $0.file == file })
        let article = try #require(report.articles.first { $0.source.hasSuffix("/" + file) })
        // Alone, and with the rest of the demo as cross-page evidence (as the reader cleans it).
        for site in [nil, SiteContext(articles: report.articles)] {
            let doc = Cleaner().clean(article, site: site)
            #expect(doc.title == expected.title)
            #expect(doc.byline == expected.byline)
            #expect(doc.published == expected.published)
            #expect(doc.publisher == expected.publisher)
        }
    }

    @Test(arguments: DemoCorpusTests.expectedTextPages.map(\.file))
    func textPageBodyHasNoNoise(file: String) throws {
        let article = try #require(report.articles.first { $0.source.hasSuffix("/" + file) })
        let doc = Cleaner().clean(article)
        #expect(doc.paragraphs.count >= 8)
        for paragraph in doc.paragraphs {
            for fragment in Self.noiseFragments {
                #expect(!paragraph.contains(fragment), "\(file): \(paragraph.prefix(60))")
            }
            // Feed items sit under clock times below the article.
            #expect(!paragraph.hasSuffix(" AM") && !paragraph.hasSuffix(" PM"))
        }
        #expect(doc.captions.count == 1)
        // The caption under the byline is kept as a caption, not taken for the title.
        #expect(doc.title.map { title in !doc.captions.contains { $0.contains(title) } } ?? false)
    }
}
