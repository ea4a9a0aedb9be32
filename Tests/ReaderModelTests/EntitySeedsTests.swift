import Foundation
import Testing
@testable import ReaderModel

/// Acceptance checks on the shared seed pages (skipped where `../shared/seeds` is absent).
@Suite struct EntitySeedsTests {
    static let seedsPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    }()

    static var corpus: Corpus {
        let (articles, failures) = ArticleLoader().loadAll([seedsPath])
        return Corpus(articles: articles, failures: failures)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsPath)))
    func keyPeopleAndOrganizationsAreOneEntityEach() throws {
        let corpus = Self.corpus
        let index = corpus.index
        let n = corpus.documents.count
        let people = index.entities.filter { $0.type == .person }
        let stoltenberg = try #require(people.first { $0.name.hasSuffix("Stoltenberg") })
        #expect(stoltenberg.documentCount == n)
        #expect(people.filter { $0.name.contains("Stoltenberg") || $0.aliases.contains("Stoltenberg") }.count == 1)
        let zelensky = try #require(people.first { Transliteration.key($0.name.split(separator: " ").last ?? "") == Transliteration.key("Zelensky") })
        #expect(zelensky.documentCount == n)
        for variant in ["Zelensky", "Zelenskyy", "Zelenskiy"] {
            #expect(zelensky.name.hasSuffix(variant) || zelensky.aliases.contains(variant), "\(variant)")
        }
        let nato = try #require(index.entities.first { $0.name == "NATO" })
        #expect(nato.type == .organization)
        #expect(nato.aliases.contains("North Atlantic Treaty Organization"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsPath)))
    func placesAndNoSentenceOpeners() {
        let index = Self.corpus.index
        for place in ["Kyiv", "Avdiivka", "Bucha", "Vilnius", "Donetsk Oblast"] {
            #expect(index.entities.contains { $0.type == .place && ($0.name == place || $0.aliases.contains(place)) }, "\(place)")
        }
        let names = Set(index.entities.flatMap { [$0.name] + $0.aliases })
        for opener in ["During", "Moreover", "However", "The", "Editor"] { #expect(!names.contains(opener), "\(opener)") }
    }
}
