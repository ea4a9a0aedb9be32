import Foundation
import Testing
@testable import ReaderModel

@Suite struct FeedParserTests {
    @Test func readsRSS2() throws {
        let feed = try FeedParser.parse(Array(FetchFixtures.rss(title: "Quay Gazette", base: "https://quay.example",
                                                                items: [("g1", "/one", "First Light"), ("g2", "/two", "Second Tide")]).utf8))
        #expect(feed.format == .rss2)
        #expect(feed.title == "Quay Gazette")
        #expect(feed.items.map(\.link) == ["https://quay.example/one", "https://quay.example/two"])
        #expect(feed.items[0].id == "g1")
        #expect(feed.items[0].contentHTML?.hasPrefix("<p>Summary of First Light") == true)
        #expect(feed.items[0].published == "Tue, 01 Dec 2026 08:00:00 GMT")
    }

    @Test func readsRDF() throws {
        let feed = try FeedParser.parse(Array(FetchFixtures.rdf.utf8))
        #expect(feed.format == .rdf)
        #expect(feed.title == "Valley Notes")
        #expect(feed.items.map(\.title) == ["The Mill Reopens", "Bridge Survey Due"])
        #expect(feed.items[0].id == "https://valley.example/mill")
        #expect(feed.items[0].published == "2026-11-30T09:00:00Z")
    }

    @Test func readsAtom() throws {
        let feed = try FeedParser.parse(Array(FetchFixtures.atom.utf8))
        #expect(feed.format == .atom)
        #expect(feed.title == "Orchard Weekly")
        #expect(feed.link == "https://orchard.example/")
        #expect(feed.items.map(\.link) == ["https://orchard.example/frost", "https://orchard.example/cider"])
        #expect(feed.items[0].contentHTML == "<p>Growers covered the young trees <b>overnight</b>.</p>")
        #expect(feed.items[1].contentHTML == "<p>The fair moves to March.</p>")
    }

    @Test func readsJSONFeed() throws {
        let feed = try FeedParser.parse(Array(FetchFixtures.jsonFeed.utf8))
        #expect(feed.format == .jsonFeed)
        #expect(feed.items.map(\.id) == ["t-1", "2"])
        #expect(feed.items[1].contentText == "Neap tides follow next week.")
        #expect(feed.items[1].key == "id:2")
    }

    @Test func refusesExternalEntitiesWithoutReadingTheFile() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let secret = dir.write("secret.txt", "MARKER-7d1f-not-for-feeds")
        for bytes in [Array(FetchFixtures.xxe(secretPath: secret).utf8), FetchFixtures.utf16(FetchFixtures.xxe(secretPath: secret))] {
            #expect(throws: FeedParseError.self) { try FeedParser.parse(bytes) }
            do { _ = try FeedParser.parse(bytes) } catch { #expect(!"\(error)".contains("MARKER")) }
        }
    }

    @Test func refusesBillionLaughsQuickly() throws {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: FeedParseError.declaresEntities) { try FeedParser.parse(Array(FetchFixtures.billionLaughs.utf8)) }
            // In UTF-16 the byte scan is blind: libxml2 parses, and either it or the DTD check refuses.
            #expect(throws: FeedParseError.self) { try FeedParser.parse(FetchFixtures.utf16(FetchFixtures.billionLaughs)) }
        }
        #expect(elapsed < .seconds(2))
    }

    @Test func reportsMalformedAndForeignDocuments() {
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Array("<rss><channel><title>open".utf8)) }
        #expect(throws: FeedParseError.notAFeed("root element <html>")) { try FeedParser.parse(Array("<html><body/></html>".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Array("{\"title\": 1}".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedParser.parse([]) }
    }

    @Test func aWrongHeaderCharsetFallsBackToTheDocumentsOwn() throws {
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Caf".utf8) + [0xE9]
            + Array("</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(latin1, charset: "utf-8").title == "Café")
        // Undeclared Latin-1 bytes in a document said to be UTF-8 are malformed: reported, not guessed.
        let undeclared = Array("<rss><channel><title>Caf".utf8) + [0xE9] + Array("</title></channel></rss>".utf8)
        #expect(throws: FeedParseError.self) { try FeedParser.parse(undeclared, charset: "utf-8") }
    }

    @Test func readsOPMLAndNewsboatLists() throws {
        let opml = """
            <?xml version="1.0"?><opml version="2.0"><head/><body>
            <outline text="News"><outline text="Quay" xmlUrl="https://quay.example/rss"/></outline>
            <outline text="Orchard &amp; Co" xmlUrl="https://orchard.example/atom.xml"/></body></opml>
            """
        #expect(try FeedListFile.read(Array(opml.utf8)) == [.init(url: "https://quay.example/rss", title: "Quay"),
                                                            .init(url: "https://orchard.example/atom.xml", title: "Orchard & Co")])
        let urls = """
            # my feeds
            https://quay.example/rss news "~Quay Gazette"
            "query:Unread:unread = \\"yes\\""

            http://valley.example/rdf
            """
        #expect(try FeedListFile.read(Array(urls.utf8)) == [.init(url: "https://quay.example/rss", title: "Quay Gazette"),
                                                        .init(url: "http://valley.example/rdf")])
        let exported = FeedListFile.opml([FeedRecord(id: 1, url: "https://a.example/?x=1&y=2", title: "A <b>")])
        #expect(try FeedListFile.read(Array(exported.utf8)) == [.init(url: "https://a.example/?x=1&y=2", title: "A <b>")])
    }
}
