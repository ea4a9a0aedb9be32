import Foundation
import Testing
@testable import ReaderModel

@Suite struct LibraryIntakeTests {
    @Test func canonicalURLDropsTrackingAndNoise() {
        #expect(CanonicalURL.key("HTTPS://Example.COM:443/a/b?utm_source=feed&id=7&fbclid=x#top") == "https://example.com/a/b?id=7")
        #expect(CanonicalURL.key("http://example.com?utm_medium=rss") == "http://example.com/")
        #expect(CanonicalURL.key("ftp://example.com/file") == nil)
        #expect(CanonicalURL.key("not a url") == nil)
    }

    @Test func canonicalLinkIsFoundInTheHead() {
        let page = Array(#"<html><head><LINK href="/story/12" REL='canonical'><title>x</title></head></html>"#.utf8)
        #expect(CanonicalLinkFinder.find(in: page) == "/story/12")
        #expect(CanonicalURL.resolve("/story/12", against: "https://news.example/feed?x=1") == "https://news.example/story/12")
        #expect(CanonicalLinkFinder.find(in: Array("<link rel=stylesheet href=a.css><p>".utf8)) == nil)
    }

    @Test func fileNamesComeFromTitles() {
        #expect(ArticleFileName.name(title: "Harbour Lights: Return, Again!", ext: ".html", number: 1) == "harbour-lights-return-again.html")
        #expect(ArticleFileName.name(title: "Harbour Lights", ext: ".txt", number: 3) == "harbour-lights-3.txt")
        #expect(ArticleFileName.name(title: "¿?!", ext: ".txt", number: 1) == "article.txt")
        #expect(ArticleFileName.name(title: "Δελτίο καιρού για το νησί", ext: ".html", number: 1) == "δελτίο-καιρού-για-το-νησί.html")
        #expect(ArticleFileName.stem(String(repeating: "word ", count: 100)).utf8.count <= ArticleFileName.maxBytes)
    }

    @Test func savesUnderTitleNeverOverwritesAndRecognisesDuplicates() throws {
        let fixture = try LibraryFixture()
        let intake = LibraryIntake(index: try fixture.open())
        let page = Array(FetchFixtures.articlePage(title: "Lanterns on the Quay", canonical: "https://quay.example/lanterns").utf8)
        let first = try intake.save(IntakePage(bytes: page, format: .html, urls: ["https://quay.example/lanterns?utm_source=a"], origin: "t"))
        guard case .saved(let path, let title) = first else { Issue.record("not saved"); return }
        #expect(path == fixture.root + "/lanterns-on-the-quay.html")
        #expect(title == "Lanterns on the Quay")
        // The same URL without tracking, and another URL whose page names the same canonical link.
        #expect(try intake.save(IntakePage(bytes: page, format: .html, urls: ["https://quay.example/lanterns"], origin: "t")) == .duplicate(path: path))
        #expect(try intake.save(IntakePage(bytes: page, format: .html, urls: ["https://m.quay.example/l"], origin: "t")) == .duplicate(path: path))
        // Another article with the same title gets the next free name.
        let other = Array(FetchFixtures.articlePage(title: "Lanterns on the Quay", canonical: nil).utf8)
        let second = try intake.save(IntakePage(bytes: other, format: .html, urls: ["https://other.example/x"], origin: "t"))
        #expect(second == .saved(path: fixture.root + "/lanterns-on-the-quay-2.html", title: "Lanterns on the Quay"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == String(decoding: page, as: UTF8.self))
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.root).sorted()
        #expect(names == ["lanterns-on-the-quay-2.html", "lanterns-on-the-quay.html"])  // no temporary file left
    }

    @Test func untitledTextIsNamedAfterItsOpening() throws {
        let fixture = try LibraryFixture()
        let intake = LibraryIntake(index: try fixture.open())
        let text = "Ferry timetables change next week because the winter schedule starts early this year.\n"
        let outcome = try intake.save(IntakePage(bytes: Array(text.utf8), format: .text, origin: "standard input"))
        guard case .saved(let path, _) = outcome else { Issue.record("not saved"); return }
        #expect((path as NSString).lastPathComponent.hasPrefix("ferry-timetables"))
    }
}
