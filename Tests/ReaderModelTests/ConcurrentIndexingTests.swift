import Foundation
import GRDB
import Testing
@testable import ReaderModel

/// The `lede` executable next to the test bundle (built because TUITests depends on it).
private let ledeBinary: String = {
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return packageRoot.appendingPathComponent(".build/debug/lede").path
}()

/// One writer at a time: concurrent runs on one index wait for each other, and never fail or move anything.
@Suite struct ConcurrentIndexingTests {
    private func library(pages: Int) throws -> LibraryFixture {
        let fixture = try LibraryFixture()
        for i in 0..<pages {
            try fixture.write(String(format: "s%02d/n%03d.txt", i % 5, i), title: "Tide table notice \(i)",
                              body: LibraryFixture.filler + ["Notice \(i): the slipway at Corran closes \(i % 9 + 1) hours before high water."])
        }
        return fixture
    }

    @Test func threadsOpeningAndIndexingOneNewIndexTogetherAllSucceed() throws {
        let fixture = try library(pages: 120)
        let errors = ErrorLog()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do {
                let index = try fixture.open()
                try Indexer(batchSize: 16).run(index)
                #expect(index.recoveryNote == nil)
            } catch {
                errors.add(error)
            }
        }
        #expect(errors.all.isEmpty, "\(errors.all)")
        let index = try fixture.open()
        #expect(try index.articleCount() == 120)
        let dir = (fixture.indexPath as NSString).deletingLastPathComponent
        #expect(try !FileManager.default.contentsOfDirectory(atPath: dir).contains { $0.contains("broken") })
    }

    @Test func aRunWaitingForAnotherProcessSaysSoAndCanBeCancelled() throws {
        let fixture = try library(pages: 3)
        let messages = ErrorLog()
        let index = try LibraryIndex(library: fixture.root, indexPath: fixture.indexPath,
                                     waiting: { messages.add($0) })
        // Another process's lock: a descriptor of our own on the lock file (flock locks are per open file).
        let other = open(fixture.indexPath + ".lock", O_RDWR)
        #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
        defer { close(other) }
        #expect(index.isBeingWrittenElsewhere)
        let start = Date()
        let summary = try Indexer().run(index, isCancelled: { Date().timeIntervalSince(start) > 0.3 })
        #expect(summary.cancelled && summary.added == 0)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(messages.all.count == 1 && messages.all[0].contains("waiting for another lede process"))
        flock(other, LOCK_UN)
        #expect(try Indexer().run(index).added == 3)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ledeBinary)))
    func twoProcessesIndexingOneNewIndexBothSucceed() throws {
        for _ in 0..<3 {
            let fixture = try library(pages: 150)
            try FileManager.default.createDirectory(atPath: (fixture.indexPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let runs = (0..<2).map { _ in
                let child = Process()
                child.executableURL = URL(fileURLWithPath: ledeBinary)
                child.arguments = ["index", fixture.root, "--index", fixture.indexPath, "--batch-size", "8", "--quiet"]
                child.standardOutput = FileHandle.nullDevice
                let errors = Pipe()
                child.standardError = errors
                return (child, errors)
            }
            for (child, _) in runs { try child.run() }
            for (child, errors) in runs {
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                child.waitUntilExit()
                #expect(child.terminationStatus == 0, "\(message)")
                #expect(!message.contains("broken") && !message.contains("UNIQUE") && !message.contains("no such table"), "\(message)")
            }
            let index = try fixture.open()
            #expect(try index.articleCount() == 150)
            let dir = (fixture.indexPath as NSString).deletingLastPathComponent
            #expect(try !FileManager.default.contentsOfDirectory(atPath: dir).contains { $0.contains("broken") })
        }
    }
}

private final class ErrorLog: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    func add(_ error: Error) { add("\(error)") }
    func add(_ text: String) { lock.withLock { errors.append(text) } }
    var all: [String] { lock.withLock { errors } }
}
