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

    @Test func twelveArticlesLoadAndTheReadmeIsSkipped() {
        #expect(report.failures.isEmpty)
        #expect(report.articles.count == 12)
        #expect(report.articles.filter { $0.format == .html }.count == 4)
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
}
