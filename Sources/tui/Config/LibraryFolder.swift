import Foundation
import ReaderModel

/// The library folder: where `lede add` and `lede fetch` save articles and what `lede` opens with no argument.
enum LibraryFolder {
    /// `library` from the config, else `$XDG_DATA_HOME/lede/library`.
    static func path(config: Config, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        config.library ?? (LibraryLocation.dataDirectory(environment: environment) as NSString).appendingPathComponent("library")
    }

    /// The folder, created when missing; throws with a clear message when it cannot be.
    static func prepared(config: Config) throws -> String {
        let folder = path(config: config)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ConfigError("the library \(folder) is not a folder") }
            return folder
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ConfigError("cannot create the library folder \(folder): \(error.localizedDescription)")
        }
        return folder
    }

    /// True when the folder holds at least one article file (stops at the first one found).
    static func hasArticles(_ folder: String) -> Bool {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return false }
        var looked = 0
        while let name = walker.nextObject() as? String, looked < 100_000 {
            looked += 1
            let last = (name as NSString).lastPathComponent
            if last.hasPrefix(".") { continue }
            let ext = (last as NSString).pathExtension.lowercased()
            if ["html", "htm", "xhtml", "txt", "text"].contains(ext) { return true }
        }
        return false
    }
}
