import Foundation
import Testing
@testable import ReaderModel

/// Pages saved in single-file containers (MHTML, Safari web archives, gzip) are read as the
/// HTML they hold, with the URL they record; damaged containers give one clear message each.
@Suite struct SavedPageContainerTests {
    typealias F = SavedPageContainerFixtures

    private func load(_ bytes: [UInt8], named name: String, loader: ArticleLoader = ArticleLoader()) throws(LoadError) -> Article {
        try loader.article(from: bytes, source: "/saved/" + name, format: name.contains(".") ? FileTypeRules.format(forExtension: FileTypeRules.fileExtension(of: name)) : nil)
    }

    private func reason(_ bytes: [UInt8], named name: String, loader: ArticleLoader = ArticleLoader()) -> String? {
        do { _ = try load(bytes, named: name, loader: loader); return nil } catch {
            guard case .badArchive(_, let reason) = error.kind else { return "not an archive error: \(error)" }
            #expect(error.description.hasPrefix("/saved/\(name): cannot read the page in this "))
            return reason
        }
    }

    private func expectTheMillPage(_ article: Article) {
        #expect(article.format == .html)
        #expect(article.pageURL == F.url)
        #expect(!article.isVerbatimUTF8)
        let document = Cleaner().clean(article)
        #expect(document.title == F.title)
        #expect(document.paragraphs == F.paragraphs)
    }

    @Test func chromeMHTMLInQuotedPrintableReadsAsItsPage() throws {
        expectTheMillPage(try load(F.chromeMHTML(), named: "mill.mhtml"))
        expectTheMillPage(try load(F.chromeMHTML(), named: "mill.MHT"))
    }

    @Test func base64PartIsDecodedInThePartsCharset() throws {
        let article = try load(F.windows1252MHTML(), named: "mill.mht")
        expectTheMillPage(article)
        #expect(article.text.contains("café"))
    }

    @Test func mhtmlWithoutAnExtensionIsRecognisedByItsHeaders() throws {
        expectTheMillPage(try load(F.chromeMHTML(), named: "mill"))
        // Named as text, it stays text: only names that say nothing are sniffed for MIME headers.
        #expect(try load(F.chromeMHTML(), named: "mill.txt").format == .text)
    }

    @Test func theStartParameterPicksTheRootPart() throws {
        var text = String(decoding: F.mhtml(partHeaders: ["Content-Type: text/html", "Content-ID: <frame-side@mhtml.blink>"],
                                            page: "<html><body><p>A side frame with an advert.</p></body></html>"), as: UTF8.self)
        text = text.replacingOccurrences(of: "type=\"text/html\";", with: "type=\"text/html\"; start=\"<frame-main@mhtml.blink>\";")
        text = text.replacingOccurrences(of: "--\(F.boundary)--", with: "--\(F.boundary)\r\nContent-Type: text/html\r\nContent-ID: <frame-main@mhtml.blink>\r\n"
                                             + "Content-Location: \(F.url)\r\n\r\n\(F.html())\r\n--\(F.boundary)--")
        expectTheMillPage(try load(Array(text.utf8), named: "mill.mhtml"))
    }

    @Test func safariWebArchiveReadsItsMainResource() throws {
        expectTheMillPage(try load(try F.webArchive(), named: "mill.webarchive"))
        // Recognised by its signature whatever its name.
        expectTheMillPage(try load(try F.webArchive(), named: "mill"))
        let latin = Array(F.html(charset: "windows-1252").unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        let article = try load(try F.webArchive(data: latin, encoding: "windows-1252"), named: "mill.webarchive")
        #expect(article.text.contains("café"))
    }

    @Test func gzipPageReadsAsThePageItHolds() throws {
        let article = try load(F.gzip(Array(F.html().utf8)), named: "mill.html.gz")
        #expect(article.format == .html && article.pageURL == nil)
        #expect(Cleaner().clean(article).title == F.title)
        #expect(try load(F.gzip(Array("Ferry notes\n\nThe first boat leaves at seven.\n".utf8)), named: "notes.txt.gz").format == .text)
        // Two members one after the other are one file.
        let half = F.html().utf8.count / 2
        let twoMembers = F.gzip(Array(F.html().utf8.prefix(half))) + F.gzip(Array(F.html().utf8.dropFirst(half)))
        #expect(try load(twoMembers, named: "mill.html.gz").text == F.html())
    }

    @Test func damagedMHTMLGivesAReasonNotACrash() throws {
        let whole = F.chromeMHTML()
        let cut = Array(whole.prefix(whole.count / 3))
        #expect(reason(cut, named: "cut.mhtml")?.hasPrefix("truncated") == true)
        let imagesOnly = F.mhtml(partHeaders: ["Content-Type: image/png", "Content-Transfer-Encoding: base64"], page: "iVBORw0KGgo=")
        #expect(reason(imagesOnly, named: "images.mhtml") == "no HTML part")
        let wrongBoundary = F.mhtml(partHeaders: ["Content-Type: text/html"], page: F.html(), boundary: "----SomeOtherBoundary----")
        #expect(reason(wrongBoundary, named: "wrong.mhtml")?.contains("never occurs") == true)
        let badEscape = F.mhtml(partHeaders: ["Content-Type: text/html", "Content-Transfer-Encoding: quoted-printable"],
                                page: "<html><body>\r\n<p>Tickets cost =G5 each.</p></body></html>")
        #expect(reason(badEscape, named: "escape.mhtml") == "invalid quoted-printable on line 2 of the page")
        let oddCharset = F.mhtml(partHeaders: ["Content-Type: text/html; charset=x-harbour-7"], page: F.html())
        #expect(reason(oddCharset, named: "charset.mhtml") == "unknown charset \"x-harbour-7\"")
        let badBase64 = F.mhtml(partHeaders: ["Content-Type: text/html", "Content-Transfer-Encoding: base64"], page: "PGh0bWw+*&^%")
        #expect(reason(badBase64, named: "b64.mhtml") == "invalid base64 in the page's part")
        #expect(reason(Array("Just a note about the mill.\n".utf8), named: "note.mhtml") == "no MIME header: not an MHTML archive")
        let inner = String(decoding: F.chromeMHTML(), as: UTF8.self).replacingOccurrences(of: F.boundary, with: "----InnerBoundary----")
        let nested = F.mhtml(partHeaders: ["Content-Type: text/html"], page: inner)
        #expect(reason(nested, named: "nested.mhtml")?.contains("another MHTML archive") == true)
        let multipartInside = F.mhtml(partHeaders: ["Content-Type: multipart/alternative; boundary=inner"], page: "--inner\r\n\r\nx\r\n--inner--")
        #expect(reason(multipartInside, named: "inner.mhtml")?.contains("nested multipart") == true)
    }

    @Test func aPageThatIsCompleteSurvivesALostClosingDelimiter() throws {
        expectTheMillPage(try load(F.mhtml(partHeaders: ["Content-Type: text/html", "Content-Location: \(F.url)"], page: F.html(),
                                           closed: false), named: "open.mhtml"))
    }

    @Test func damagedWebArchivesAndGzipGiveAReason() throws {
        let archive = try F.webArchive()
        #expect(reason(Array(archive.prefix(archive.count / 2)), named: "cut.webarchive") == "damaged or truncated property list")
        #expect(reason(Array("bplist00 then a line of text, no trailer at all".utf8), named: "text.webarchive") == "damaged or truncated property list")
        #expect(WebArchive.hasSoundTrailer(archive))
        #expect(!WebArchive.hasSoundTrailer(Array(archive.dropLast())))
        #expect(reason(try F.webArchive(main: false), named: "frames.webarchive")?.contains("without a WebMainResource") == true)
        #expect(reason(try F.webArchive(data: [0x89, 0x50, 0x4E, 0x47], mediaType: "image/png"), named: "photo.webarchive")
                == "the main resource is image/png, not a page")
        #expect(reason(try F.webArchive(encoding: "x-harbour-7"), named: "odd.webarchive") == "unknown charset \"x-harbour-7\"")
        #expect(reason(try F.webArchive(data: F.gzip(Array(F.html().utf8))), named: "inner.webarchive")?.contains("another gzip file") == true)

        let packed = F.gzip(Array(F.html().utf8))
        #expect(reason(Array(packed.prefix(packed.count - 20)), named: "cut.html.gz") == "truncated compressed data")
        var damaged = packed
        damaged[10] = 0x07  // block type 3 does not exist
        #expect(reason(damaged, named: "bad.html.gz") == "damaged compressed data")
        #expect(reason(F.gzip(F.gzip(Array(F.html().utf8))), named: "twice.html.gz")?.contains("another gzip file") == true)
        #expect(reason(Array(F.html().utf8), named: "plain.html.gz") == "no gzip signature: not a gzip file")
    }

    @Test func hugeContentsAreRefused() throws {
        let small = ArticleLoader(maxBytes: 4096)
        // 100,000 letters "a" in 133 bytes of gzip: the output, not the file, goes over the limit.
        let bomb = "H4sIAAAAAAACA+3BMQEAAADCoKzrX8IaHkABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArwaH+uIboIYBAA=="
        let packed = try #require(Data(base64Encoded: bomb))
        #expect(packed.count < 200)
        #expect(reason(Array(packed), named: "bomb.txt.gz", loader: small) == "expands to more than 4 KiB")
        #expect(try load(Array(packed), named: "bomb.txt.gz").text.count == 100_000)
        do {
            _ = try load(F.mhtml(partHeaders: ["Content-Type: text/html"], page: String(repeating: "x", count: 5000)), named: "big.mhtml", loader: small)
            Issue.record("a file over the limit was read")
        } catch {
            #expect(error.kind == .tooLarge(limit: 4096))
        }
    }

    @Test func foldersReadContainersBesidePlainPages() throws {
        let dir = NSTemporaryDirectory() + "lede-containers-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files: [(String, [UInt8])] = [
            ("a.html", Array(F.html().utf8)), ("b.txt", Array("Ferry notes\n\nThe first boat leaves at seven.\n".utf8)),
            ("c.mhtml", F.chromeMHTML()), ("d.webarchive", try F.webArchive()), ("e.html.gz", F.gzip(Array(F.html().utf8))),
            ("f.csv.gz", F.gzip(Array("a,b\n".utf8))), ("g.tar.gz", F.gzip([0])), ("h.mht", Array("not an archive\n".utf8)),
        ]
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        let report = ArticleLoader().loadReport([dir])
        #expect(report.articles.map { ($0.source as NSString).lastPathComponent } == ["a.html", "b.txt", "c.mhtml", "d.webarchive", "e.html.gz"])
        #expect(report.articles.map(\.pageURL) == [nil, nil, F.url, F.url, nil])
        #expect(report.skipped.map { ($0 as NSString).lastPathComponent } == ["f.csv.gz", "g.tar.gz"])
        #expect(report.failures.map(\.description) == ["\(dir)/h.mht: cannot read the page in this MHTML archive: no MIME header: not an MHTML archive"])
    }

    @Test func indexingAFolderOfContainersStoresTheirPages() throws {
        let fixture = try LibraryFixture()
        try fixture.write("plain.txt", title: "Library opening hours extended", body: LibraryFixture.filler)
        try Data(F.chromeMHTML()).write(to: URL(fileURLWithPath: fixture.root + "/mill.mhtml"))
        try Data(try F.webArchive(data: Array(F.html().replacingOccurrences(of: "Tidal mill", with: "Tide mill").utf8)))
            .write(to: URL(fileURLWithPath: fixture.root + "/mill.webarchive"))
        try Data(Array("broken".utf8)).write(to: URL(fileURLWithPath: fixture.root + "/broken.mhtml"))
        let index = try fixture.open()
        let summary = try Indexer().run(index)
        #expect(summary.added == 3)
        #expect(summary.failures.count == 1 && summary.failures.first?.contains("broken.mhtml") == true)
        #expect(try index.rows().compactMap(\.title).sorted() == ["Library opening hours extended", "Tidal mill reopens on the estuary", "Tide mill reopens on the estuary"])
        #expect(try index.search("scones").count == 2)
    }

    @Test func addingASavedArchiveRecordsItsURL() throws {
        let page = try SavedFilePage.page(bytes: F.chromeMHTML(), path: "/downloads/mill.mhtml")
        #expect(page.format == .html && page.urls == [F.url])
        // Quoted-printable lines end in CRLF, as MHTML writes them.
        #expect(String(decoding: page.bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n") == F.html())
        let plain = try SavedFilePage.page(bytes: Array(F.html().utf8), path: "/downloads/mill.html")
        #expect(plain.urls.isEmpty && plain.bytes == Array(F.html().utf8))
        let fixture = try LibraryFixture()
        let intake = LibraryIntake(index: try fixture.open())
        guard case .saved(let path, let title) = try intake.save(page) else { Issue.record("not saved"); return }
        #expect(path.hasSuffix(".html") && title == F.title)
        #expect(try intake.existing([F.url + "?utm_source=feed"]) == path)
    }
}
