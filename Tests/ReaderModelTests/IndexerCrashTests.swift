import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// The `lede` executable next to the test bundle (built because TUITests depends on it).
private let ledeBinary: String = {
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return packageRoot.appendingPathComponent(".build/debug/lede").path
}()

@Suite struct IndexerCrashTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ledeBinary)))
    func sigkillMidRunThenRerunGivesEveryArticleOnce() throws {
        let fixture = try LibraryFixture()
        let files = 300
        for i in 0..<files {
            try fixture.write(String(format: "d%03d/page%03d.txt", i % 7, i), title: "Parish notice number \(i)",
                              body: LibraryFixture.filler + ["Notice \(i) was read aloud at the market square."])
        }
        try FileManager.default.createDirectory(atPath: (fixture.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: ledeBinary)
        child.arguments = ["index", fixture.root, "--index", fixture.indexPath, "--batch-size", "8", "--quiet"]
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        // Kill it as soon as some batches are committed (or give up waiting after 60 s).
        let deadline = Date().addingTimeInterval(60)
        while child.isRunning, Date() < deadline {
            if let count = try? committedArticles(fixture.indexPath), count > 0 { break }
            usleep(20_000)
        }
        if child.isRunning { kill(child.processIdentifier, SIGKILL) }
        child.waitUntilExit()

        let index = try fixture.open()
        #expect(index.recoveryNote == nil)
        try Indexer().run(index)
        let counts = try index.pool.write { db -> [Int?] in
            // The external-content FTS index must match the rows it was built from.
            try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
            return try ["SELECT count(*) FROM article", "SELECT count(DISTINCT path) FROM article", "SELECT count(*) FROM article_fts"]
                .map { try Int.fetchOne(db, sql: $0) }
        }
        #expect(counts == [files, files, files])
        #expect(try index.search("market square", limit: 1_000).count == files)
    }

    private func committedArticles(_ path: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }
    }
}
