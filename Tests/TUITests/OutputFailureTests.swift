import Foundation
import Testing
@testable import tui

/// The `lede` executable built beside the tests (TUITests depends on it).
let ledeExecutable: String = {
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return packageRoot.appendingPathComponent(".build/debug/lede").path
}()

/// What a run of the `lede` executable ended with.
struct LedeRun {
    var status: Int32
    /// False when a signal ended it (a trap is a crash, never an answer).
    var exited: Bool
    var stdout: String
    var stderr: String

    /// Runs `lede arguments`; `stdout`/`stderr` name a file to write to instead of capturing (e.g. /dev/full).
    static func run(_ arguments: [String], stdout: String? = nil, stderr: String? = nil,
                    environment: [String: String] = [:]) throws -> LedeRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ledeExecutable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = try stdout.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? outPipe
        process.standardError = try stderr.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while it runs, so a full pipe never blocks it.
        let outData = Locked<Data?>(nil), errData = Locked<Data?>(nil)
        let group = DispatchGroup()
        for (pipe, sink) in [(outPipe, outData), (errPipe, errData)] where (pipe === outPipe ? stdout : stderr) == nil {
            DispatchQueue.global().async(group: group) { sink.set(pipe.fileHandleForReading.readDataToEndOfFile()) }
        }
        process.waitUntilExit()
        group.wait()
        return LedeRun(status: process.terminationStatus, exited: process.terminationReason == .exit,
                       stdout: String(decoding: outData.take() ?? Data(), as: UTF8.self), stderr: String(decoding: errData.take() ?? Data(), as: UTF8.self))
    }
}

@Suite("Output cut short is a failure")
struct OutputFailureTests {
    private static let available = FileManager.default.isExecutableFile(atPath: ledeExecutable)
        && FileManager.default.isWritableFile(atPath: "/dev/full")

    private func library() throws -> (root: String, data: String) {
        let base = NSTemporaryDirectory() + "lede-output-" + UUID().uuidString
        let root = base + "/lib"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let pages = [
            "Quarry road reopens after repairs\n\nWorkers from Tallowby finished resurfacing the quarry road on Monday, and the bus to Fenwick Cross runs again.\n",
            "Orchard fair draws record crowd\n\nApple growers from the Wendle valley sold out of cider by noon, the organisers said on Sunday evening.\n",
            "Night ferry timetable changes\n\nFrom March the last crossing to Holm Island leaves half an hour earlier, to spare the crew a late return.\n",
        ]
        for (i, page) in pages.enumerated() {
            try page.write(toFile: root + "/page\(i).txt", atomically: false, encoding: .utf8)
        }
        return (root, base + "/data")
    }

    @Test(.enabled(if: available), arguments: ["clean", "entities", "search", "index"])
    func everyCommandFailsWhenStdoutIsFull(_ command: String) throws {
        let (root, data) = try library()
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        let arguments = command == "search" ? ["search", "quarry", root] : [command, root]
        let run = try LedeRun.run(arguments, stdout: "/dev/full", environment: ["XDG_DATA_HOME": data])
        #expect(run.exited)
        #expect(run.status != 0)
        #expect(run.stderr.contains("could not write to standard output"))
    }

    @Test(.enabled(if: available))
    func aFullStderrIsAnErrorNotACrash() throws {
        let (root, _) = try library()
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        let run = try LedeRun.run(["clean", root + "/page0.txt", root + "/missing.txt"], stdout: "/dev/null", stderr: "/dev/full")
        #expect(run.exited)
        #expect(run.status == 1)
    }
}
