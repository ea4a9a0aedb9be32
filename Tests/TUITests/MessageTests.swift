import ArgumentParser
import Foundation
import Testing
@testable import tui
import ReaderModel

/// Issue 12, item 15: every bad input gets a message that says what is wrong, and a failure exit.
@Suite struct MessageTests {
    private func makeDirectory() -> String {
        let path = NSTemporaryDirectory() + "lede-msg-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func configThatIsAFolderOrAFIFOIsNamedAsSuch() {
        let dir = makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, folder) = Config.load(path: dir)
        #expect(folder?.contains("is a directory") == true, "\(folder ?? "nil")")
        mkfifo(dir + "/fifo", 0o600)
        let (_, fifo) = Config.load(path: dir + "/fifo")
        #expect(fifo?.contains("not a regular file") == true, "\(fifo ?? "nil")")
        let (_, missing) = Config.load(path: dir + "/missing.toml")
        #expect(missing?.contains("not found") == true)
    }

    @Test func settingsOfTheWrongTypeAreReported() {
        #expect(throws: ConfigError.self) { try Config.parse("theme = 42") }
        #expect(throws: ConfigError.self) { try Config.parse("export_dir = true") }
    }

    @Test func emptyOrWildcardQueriesAndZeroLimitsAreInvalid() {
        for query in ["", "   ", "*", "\"\"", "-"] {
            #expect(throws: (any Error).self, "\(query)") { try SearchCommand.parse([query]) }
        }
        #expect(throws: (any Error).self) { try SearchCommand.parse(["ferry", "--limit", "0"]) }
        #expect(throws: Never.self) { try SearchCommand.parse(["ferry"]).validate() }
    }

    @Test func entitiesWithAnUnreadableFileFails() throws {
        let dir = makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Minister Ilse Dravnik met the council in Lisbon on Tuesday.\n".write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
        let command = try EntitiesCommand.parse([dir + "/a.txt", dir + "/missing.txt"])
        #expect(throws: ExitCode.failure) { try command.run() }
    }

    @Test func benchWithAnUnknownFilterOrCorpusFails() throws {
        #expect(throws: (any Error).self) { try BenchCommand.parse(["--filter", "no-such-benchmark"]).run() }
        #expect(throws: (any Error).self) { try BenchCommand.parse(["--corpus", "/nonexistent/lede-pages"]).run() }
    }
}
