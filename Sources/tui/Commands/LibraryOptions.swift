import ArgumentParser
import Foundation
import ReaderModel

/// The library folder and index file shared by `lede index` and `lede search`.
struct LibraryOptions: ParsableArguments {
    @Argument(help: "The library folder.")
    var directory: String = "."

    @Option(name: .customLong("index"), help: "The index file (default: one per folder under $XDG_DATA_HOME/lede).")
    var indexPath: String?

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(directory) is not a folder")
        }
    }

    /// Opens the index, telling stderr when a damaged one was moved aside.
    func open() throws -> LibraryIndex {
        let index: LibraryIndex
        do {
            index = try LibraryIndex(library: directory, indexPath: indexPath)
        } catch {
            let path = indexPath ?? LibraryLocation(root: directory, indexPath: nil).indexPath
            if let plain = IndexWriteError.from(error, indexPath: path) { throw ValidationError(plain.description) }
            throw error
        }
        if let note = index.recoveryNote { StandardError.print(note) }
        return index
    }

    /// The indexer the reader uses too, so a folder is cleaned the same way whichever indexed it.
    func indexer(batchSize: Int = 256) -> Indexer {
        Indexer(batchSize: batchSize, analyze: SiteSampledAnalysis(root: directory).analyze)
    }
}
