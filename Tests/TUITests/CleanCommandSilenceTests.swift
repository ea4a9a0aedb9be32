import Foundation
import ReaderModel
import Testing
@testable import tui

/// Issue 11: `lede clean` over a folder once left an empty output and nothing else to go on. Every
/// way it can end without printing the pages says why on stderr and exits non-zero.
@Suite("lede clean never ends in silence")
struct CleanCommandSilenceTests {
    private static let available = FileManager.default.isExecutableFile(atPath: ledeExecutable)

    private func folder(_ files: [String: [UInt8]]) throws -> String {
        let root = NSTemporaryDirectory() + "lede-silence-" + UUID().uuidString
        for (name, bytes) in files {
            let path = root + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }

    static let page = Array("Quarry road reopens after repairs\n\nWorkers from Tallowby finished resurfacing the quarry road on Monday, and the bus to Fenwick Cross runs again.\n".utf8)

    @Test(.enabled(if: available), arguments: ["empty", "skipped", "refused"])
    func aFolderWithNothingToPrintIsAnError(_ kind: String) throws {
        let files: [String: [UInt8]] = switch kind {
        case "empty": [:]
        case "skipped": ["notes.md": Self.page, "photo.jpg": [0xFF, 0xD8, 0xFF, 0xE0]]
        default: ["blank.txt": [], "data.txt": [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0]]
        }
        let root = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for format in ["json", "text"] {
            let run = try LedeRun.run(["clean", "--format", format, root])
            #expect(run.exited && run.status == 1, "\(kind) \(format): \(run.status)")
            #expect(run.stdout.isEmpty)
            #expect(!run.stderr.isEmpty, "\(kind) \(format)")
            if kind == "skipped" { #expect(run.stderr.contains("2 files skipped"), "\(run.stderr)") }
            if kind == "refused" { #expect(run.stderr.contains("blank.txt") && run.stderr.contains("data.txt"), "\(run.stderr)") }
        }
    }

    /// Every page that loads prints something in every format, so a run that loaded pages and
    /// exited 0 never has an empty output.
    @Test func everyRenderingOfAnEmptyDocumentPrintsSomething() {
        let document = ReaderModel.Document(source: "page.txt", paragraphs: [])
        for format in ExportFormat.allCases { #expect(!Exporter.render(document, as: format).isEmpty, "\(format)") }
        #expect(!BlockExplanation.render(document).isEmpty)
    }

    /// Stopped while cleaning a big folder (as `timeout` stops it), it says so before it dies by
    /// the signal; a signal it was started with ignored stays ignored.
    @Test(.enabled(if: available))
    func aSignalMidRunIsSaid() throws {
        var files: [String: [UInt8]] = [:]
        for n in 0..<600 {
            let body = (0..<40).map { "Line \($0) of note \(n) about the quarry road and the bus to Fenwick Cross." }.joined(separator: "\n\n")
            files[String(format: "p%04d.txt", n)] = Array("Quarry note \(n)\n\n\(body)\n".utf8)
        }
        let root = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ledeExecutable)
        process.arguments = ["clean", "--explain", root]
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = Locked<Data?>(nil), errData = Locked<Data?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outData.set(outPipe.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: group) { errData.set(errPipe.fileHandleForReading.readDataToEndOfFile()) }
        Thread.sleep(forTimeInterval: 1.5)
        let stillRunning = process.isRunning
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        group.wait()
        let stderr = String(decoding: errData.take() ?? Data(), as: UTF8.self)
        guard stillRunning, process.terminationReason == .uncaughtSignal else {
            // Done within the wait on a fast machine: nothing was cut short, and it said nothing.
            #expect(process.terminationStatus == 0, "\(stderr)")
            return
        }
        #expect(process.terminationStatus == SIGTERM)
        #expect(stderr.contains("lede clean: stopped by SIGTERM before its output was complete"), "\(stderr)")
        _ = outData.take()
    }
}
