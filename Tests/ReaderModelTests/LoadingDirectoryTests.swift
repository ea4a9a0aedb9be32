import Foundation
import Testing
@testable import ReaderModel

@Suite("Loading: directories")
struct LoadingDirectoryTests {
    @Test func walksRecursivelySortedSkippingHiddenAndOtherExtensions() {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        dir.write("b.txt", "Second page.")
        dir.write("a.html", "<html><body><p>First.</p></body></html>")
        dir.write("sub/c", "Extensionless page.")
        dir.write("sub/deeper/d.text", "Deep page.")
        dir.write("README.md", "# Not an article")
        dir.write("photo.jpg", [0xFF, 0xD8, 0xFF])
        dir.write(".hidden.txt", "Hidden.")
        dir.write(".git/objects/e.txt", "Inside a hidden folder.")
        let report = ArticleLoader().loadReport([dir.path])
        #expect(report.articles.map { $0.source } == ["a.html", "b.txt", "sub/c", "sub/deeper/d.text"].map { dir.path + "/" + $0 })
        #expect(report.articles.map(\.format) == [.html, .text, .text, .text])
        #expect(report.skipped == [dir.path + "/README.md", dir.path + "/photo.jpg"])
        #expect(report.failures.isEmpty)
    }

    @Test func badFilesBecomeFailuresWithoutStoppingOthers() {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        dir.write("1.txt", "Good page one.")
        dir.write("2.txt", [])
        dir.write("3.txt", "%PDF-1.4 not really")
        dir.write("4.txt", "Good page four.")
        symlink(dir.path + "/missing.txt", dir.path + "/5.txt")
        let (articles, failures) = ArticleLoader().loadAll([dir.path, dir.path + "/nope.html"])
        #expect(articles.count == 2)
        #expect(Set(failures.map(\.path)) == Set(["2.txt", "3.txt", "5.txt"].map { dir.path + "/" + $0 } + [dir.path + "/nope.html"]))
    }

    @Test func symlinkLoopsAreNotFollowedForever() {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        dir.write("inner/page.txt", "A page.")
        symlink(dir.path, dir.path + "/inner/loop")
        symlink(dir.path + "/inner", dir.path + "/alias")
        let report = ArticleLoader().loadReport([dir.path])
        #expect(report.articles.count == 1)
        #expect(report.failures.isEmpty)
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any file"))
    func permissionDeniedIsAFailure() {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let locked = dir.write("locked.txt", "Secret page.")
        dir.write("open.txt", "Open page.")
        chmod(locked, 0)
        let report = ArticleLoader().loadReport([dir.path])
        #expect(report.articles.count == 1)
        #expect(report.failures == [LoadError(path: locked, kind: .unreadable("permission denied"))])
    }

    @Test func thousandsOfTinyFiles() {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        for folder in 0..<10 {
            for file in 0..<200 {
                dir.write(String(format: "f%02d/p%04d.txt", folder, file), "Page \(folder)-\(file).")
            }
        }
        dir.write("f03/skip.json", "{}")
        let report = ArticleLoader().loadReport([dir.path])
        #expect(report.articles.count == 2000)
        #expect(report.skipped.count == 1)
        #expect(report.articles.first?.source == dir.path + "/f00/p0000.txt")
        #expect(report.articles.map(\.source) == report.articles.map(\.source).sorted())
    }
}
