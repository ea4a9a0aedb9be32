import Foundation
import ReaderModel
import Testing
@testable import tui

/// Issue 12, item 4: files the reader's indexing run could not read are said on the status line.
@Test func theReaderSaysWhichFilesCouldNotBeRead() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-unreadable-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir + "/lib", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "Quay repairs finished\n\nThe quay at the east harbour reopened on Monday after six weeks of repairs to its wall.\n"
        .write(toFile: dir + "/lib/quay.txt", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/lib/gone.txt", withDestinationPath: "/nonexistent/lede/gone.txt")
    let source = try LibrarySource(index: LibraryIndex(library: dir + "/lib", indexPath: dir + "/index.sqlite"), entities: false)
    var messages: [String] = []
    let deadline = Date().addingTimeInterval(30)
    while source.isBusy && Date() < deadline {
        if let message = source.poll()?.message { messages.append(message) }
        Thread.sleep(forTimeInterval: 0.01)
    }
    source.close()
    #expect(messages.contains { $0.contains("1 unreadable") }, "\(messages)")
    #expect(source.summaries.map(\.title) == ["Quay repairs finished"])
}
