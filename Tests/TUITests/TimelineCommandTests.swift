import ArgumentParser
import Foundation
import Testing
@testable import tui

/// `lede entities --timeline`: which arguments go with it.
@Suite struct TimelineCommandTests {
    func parses(_ arguments: [String]) -> Bool {
        (try? EntitiesCommand.parse(arguments)) != nil
    }

    @Test func timelineTakesOneFolderAndMarkdownNeedsIt() {
        let folder = NSTemporaryDirectory()
        #expect(parses(["--timeline", "Mara Quillon", folder]))
        #expect(parses(["--timeline", "Mara Quillon", folder, "--format", "markdown", "--index", "/tmp/x.sqlite"]))
        #expect(!parses(["--timeline", "Mara Quillon", folder, folder]))
        #expect(!parses(["--timeline", "  ", folder]))
        #expect(!parses(["--timeline", "Mara Quillon", folder, "--raw"]))
        #expect(!parses([folder, "--format", "markdown"]))
        #expect(!parses([folder, "--index", "/tmp/x.sqlite"]))
        #expect(parses([folder, "--format", "json"]))
    }
}
