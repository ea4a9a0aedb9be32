import Foundation
import Testing
@testable import ReaderModel

/// The real page copies in `../shared/seeds` (where present) load as verbatim UTF-8 text.
@Suite("Loading: seeds")
struct LoadingSeedTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: LoadingSeedTests.seeds)))
    func seedsLoadVerbatim() throws {
        let report = ArticleLoader().loadReport([Self.seeds])
        #expect(report.failures.isEmpty)
        #expect(report.articles.count >= 5)
        for article in report.articles {
            #expect(article.format == .text)
            #expect(article.isVerbatimUTF8)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: article.source))
            #expect(Array(article.text.utf8) == Array(bytes.dropFirst(article.leadingBytes)))
        }
    }
}
