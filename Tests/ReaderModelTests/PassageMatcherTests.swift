import Foundation
import Testing
@testable import ReaderModel

@Suite struct PassageMatcherTests {
    private func text(_ document: Document, _ field: DocumentField, _ range: Range<Int>) -> String {
        String(decoding: Array(document.text(of: field).utf8)[range], as: UTF8.self)
    }

    @Test func sentencesSplitAtTerminatorsButNotAtInitialsOrNumbers() {
        let scan = PassageScan("J. R. Holm paid 3.5 crowns. Then he left! Did he? “Yes,” she said… and went home.")
        let text = Array("J. R. Holm paid 3.5 crowns. Then he left! Did he? “Yes,” she said… and went home.".utf8)
        let sentences = scan.sentences.map { String(decoding: text[$0], as: UTF8.self) }
        #expect(sentences == ["J. R. Holm paid 3.5 crowns.", "Then he left!", "Did he?", "“Yes,” she said… and went home."])
        #expect(scan.quotes.count == 1)
    }

    @Test func quotesAreUnitsOfTheirOwnWithoutTheirAttribution() {
        let units = PassageExtractor().units(of: PassageFixtures.ledgerParagraphs[0], field: .paragraph(0))
        let doc = Document(source: "x", paragraphs: PassageFixtures.ledgerParagraphs)
        let texts = units.map { text(doc, $0.field, $0.range) }
        #expect(texts == ["Councillor Ada Brenn told the meeting", "“We will not let the island wait another winter for a boat.”",
                          "The vote passed by nine to two."])
        #expect(units.map(\.isQuote) == [false, true, false])
        let other = PassageExtractor().units(of: PassageFixtures.postParagraphs[0], field: .paragraph(0))
        // Straight quotes and a comma instead of curly quotes and a full stop: the same shingles.
        #expect(other.first { $0.isQuote }?.shingles == units[1].shingles)
    }

    @Test func repeatedQuotesAndSentencesAreFoundWithTheirPlaceInTheOtherArticle() throws {
        let catalog = PassageCatalog(documents: [PassageFixtures.ledger, PassageFixtures.post, PassageFixtures.weather])
        let report = catalog.report(for: 0)
        let marked = report.repeated.map { text(PassageFixtures.ledger, $0.field, $0.range) }
        #expect(marked == ["“We will not let the island wait another winter for a boat.”",
                           "The ferry will run twice a day from June and carry up to two hundred passengers, the council said."])
        #expect(report.repeated.allSatisfy { $0.sources.map(\.article) == [1] })
        let quote = try #require(report.repeated.first?.sources.first)
        #expect(text(PassageFixtures.post, quote.field, quote.range) == "\"We will not let the island wait another winter for a boat,\"")
        let moved = try #require(report.repeated.last?.sources.first)
        #expect(text(PassageFixtures.post, moved.field, moved.range)
                == "The council said the ferry will run twice a day from June and carry up to two hundred passengers.")
        #expect(report.newPercent > 30 && report.newPercent < 70)
        // Symmetric: the post's copies point back at the ledger; the weather shares nothing.
        #expect(catalog.report(for: 1).repeated.count == 2)
        #expect(catalog.report(for: 2).repeated.isEmpty)
        #expect(catalog.report(for: 2).newPercent == 100)
    }

    @Test func theSetOfArticlesToCompareWithCanBeLimited() {
        let catalog = PassageCatalog(documents: [PassageFixtures.ledger, PassageFixtures.post, PassageFixtures.weather])
        #expect(catalog.report(for: 0, among: [2]).repeated.isEmpty)
        #expect(catalog.report(for: 0, among: [1, 2]).repeated.count == 2)
        #expect(catalog.report(for: 7).repeated.isEmpty)
    }

    @Test func differentSentencesSharingCommonWordsDoNotMatch() {
        let a = Document(source: "a", paragraphs: ["The council will meet again on Monday to discuss the budget for the coming year."])
        let b = Document(source: "b", paragraphs: ["The school will close early on Monday because the heating failed in the old hall."])
        #expect(PassageCatalog(documents: [a, b]).report(for: 0).repeated.isEmpty)
    }

    @Test func aQuoteCutShortOrSplitStillMatches() {
        let a = Document(source: "a", paragraphs: [
            "“The bridge is safe for cars but not for lorries. We will close it to heavy traffic from Monday,” the engineer said."])
        let b = Document(source: "b", paragraphs: ["The engineer warned that they “will close it to heavy traffic from Monday”."])
        let report = PassageCatalog(documents: [a, b]).report(for: 1)
        #expect(report.repeated.count == 1)
        #expect(report.repeated.first?.isQuote == true)
    }

    @Test func oddTextNeverTraps() {
        for text in ["", "\"", "“„«»", "...", ". . .", "a. b. c.", String(repeating: "word ", count: 5000), "\u{301}\u{301}x", "„Unclosed quote runs on and on to the end"] {
            let units = PassageExtractor().units(of: text, field: .paragraph(0))
            for unit in units { #expect(unit.range.upperBound <= text.utf8.count) }
        }
    }
}

@Suite struct PassageIndexTests {
    @Test func indexingStoresPassagesAndTheReportComesFromTheIndex() throws {
        let fixture = try LibraryFixture()
        try fixture.write("ledger.txt", title: "Council backs ferry to Little Skerry", body: PassageFixtures.ledgerParagraphs)
        try fixture.write("post.txt", title: "Island ferry approved", body: PassageFixtures.postParagraphs)
        let weather = try fixture.write("weather.txt", title: "Weekend weather", body: PassageFixtures.weatherParagraphs)
        let index = try fixture.open()
        try Indexer().run(index)
        let rows = try index.rows()
        let ledger = try #require(rows.first { $0.path.hasSuffix("ledger.txt") }).id
        let post = try #require(rows.first { $0.path.hasSuffix("post.txt") }).id
        let report = try #require(try index.passageReport(of: ledger))
        #expect(report.repeated.count == 2)
        #expect(report.repeated.allSatisfy { $0.sources.map(\.article) == [post] })
        #expect(try index.passageReport(of: ledger, among: [post + 100])?.repeated.isEmpty == true)
        #expect(try index.passageReport(of: 9_999) == nil)

        // A changed article drops its old keys; a deleted one its rows.
        try fixture.write("post.txt", title: "Island ferry approved", body: ["Nothing of the other article is left in this version of the story at all."])
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: (fixture.root as NSString).appendingPathComponent("post.txt"))
        try FileManager.default.removeItem(atPath: weather)
        try Indexer().run(index)
        #expect(try index.passageReport(of: ledger)?.repeated.isEmpty == true)
        let counts = try index.reading { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(DISTINCT articleId) FROM passage_key") ?? -1)
        }
        #expect(counts == (2, 2))
    }

    @Test func articlesIndexedBeforePassagesGetThemFromTheirStoredDocuments() throws {
        let fixture = try LibraryFixture()
        try fixture.write("ledger.txt", title: "Council backs ferry to Little Skerry", body: PassageFixtures.ledgerParagraphs)
        try fixture.write("post.txt", title: "Island ferry approved", body: PassageFixtures.postParagraphs)
        let index = try fixture.open()
        try Indexer().run(index)
        // As if indexed by a lede without passages: the migration found articles and left a mark.
        try index.writing { db in
            try db.execute(sql: "DELETE FROM passage_key; DELETE FROM passage")
            try db.execute(sql: "INSERT INTO library_meta(key, value) VALUES ('passages-backfill', 'pending')")
        }
        let ledger = try #require(try index.rows().first { $0.path.hasSuffix("ledger.txt") }).id
        #expect(try index.passageReport(of: ledger)?.repeated.isEmpty == true)
        let summary = try Indexer().run(index)
        #expect(summary.unchanged == 2)
        #expect(try index.passageReport(of: ledger)?.repeated.count == 2)
        #expect(try index.reading { try Int.fetchOne($0, sql: "SELECT count(*) FROM library_meta WHERE key = 'passages-backfill'") } == 0)
    }
}

@Suite struct PassageSeedsTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: EntitySeedsTests.seedsPath)))
    func quotesStandingInMoreThanOneSeedAreMarked() {
        let corpus = EntitySeedsTests.corpus
        let catalog = PassageCatalog(documents: corpus.documents)
        var quotes = 0
        for position in corpus.documents.indices {
            let report = catalog.report(for: position)
            for passage in report.repeated {
                #expect(!passage.sources.contains { $0.article == Int64(position) })
                // Wherever a passage is said to stand, that article marks it too (the match is symmetric).
                for source in passage.sources {
                    let back = catalog.report(for: Int(source.article)).repeated
                    #expect(back.contains { $0.sources.contains { $0.article == Int64(position) } })
                }
                if passage.isQuote { quotes += 1 }
            }
            #expect(report.newPercent > 0)
        }
        // The seeds are two events, each told by several outlets quoting the same people.
        #expect(quotes >= 2)
    }
}
