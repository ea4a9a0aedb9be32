import Foundation
import Testing
@testable import tui

@Suite struct LibraryFolderConfigTests {
    @Test func libraryComesFromTheConfigElseTheDataDirectory() throws {
        let config = try Config.parse("library = \"/srv/news\"\n")
        #expect(LibraryFolder.path(config: config, environment: [:]) == "/srv/news")
        #expect(LibraryFolder.path(config: Config(), environment: ["XDG_DATA_HOME": "/data"]) == "/data/lede/library")
        #expect(throws: ConfigError.self) { try Config.parse("library = 3\n") }
    }

    @Test func aLibraryWithoutArticlesIsNotOpened() throws {
        let folder = NSTemporaryDirectory() + "lede-library-folder-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(!LibraryFolder.hasArticles(folder))
        FileManager.default.createFile(atPath: folder + "/.hidden.html", contents: Data("x".utf8))
        #expect(!LibraryFolder.hasArticles(folder))
        FileManager.default.createFile(atPath: folder + "/sub/story.html", contents: Data("x".utf8))
        #expect(LibraryFolder.hasArticles(folder))
    }
}
