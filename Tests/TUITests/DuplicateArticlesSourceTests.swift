import Foundation
import ReaderModel
import Testing
@testable import tui

/// The reader over a folder holding copies of articles (one story saved three times, a wire story on
/// three sites, in `Tests/ReaderModelTests/Fixtures/duplicates`): every copy opens with the title and
/// body cleaning the file alone gives, from the library index and from memory alike.
@Suite struct DuplicateArticlesSourceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../ReaderModelTests/Fixtures/duplicates").standardizedFileURL.path

    /// The file cleaned alone: title and body.
    static func alone(_ path: String) throws -> (title: String?, paragraphs: [String]) {
        let doc = Cleaner().clean(try ArticleLoader().load(path: path))
        return (doc.title, doc.paragraphs)
    }

    @Test func libraryIndexShowsEveryCopyWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-dupes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = try LibrarySource(index: LibraryIndex(library: Self.folder, indexPath: dir + "/index.sqlite"), entities: false)
        defer { source.close() }
        let deadline = Date().addingTimeInterval(30)
        while source.isBusy && Date() < deadline {
            _ = source.poll()
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(source.summaries.count == 10)
        for position in source.summaries.indices {
            let path = source.summaries[position].path
            let doc = try #require(source.document(at: position))
            let expected = try Self.alone(path)
            #expect(expected.title != nil && !expected.paragraphs.isEmpty)
            #expect(doc.title == expected.title, "\(path)")
            #expect(doc.paragraphs == expected.paragraphs, "\(path)")
            #expect(source.summaries[position].title == expected.title, "\(path)")
        }
    }

    @Test func inMemoryCorpusShowsEveryCopyWhole() throws {
        let loaded = ArticleLoader().loadAll([Self.folder])
        #expect(loaded.articles.count == 10)
        // What `lede read` does with files or --no-index.
        let source = CorpusSource(documents: Corpus.clean(loaded.articles))
        for (position, article) in loaded.articles.enumerated() {
            let doc = try #require(source.document(at: position))
            let expected = try Self.alone(article.source)
            #expect(doc.title == expected.title, "\(article.source)")
            #expect(doc.paragraphs == expected.paragraphs, "\(article.source)")
        }
    }
}
