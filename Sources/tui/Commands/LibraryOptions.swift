import ArgumentParser
import Foundation
import ReaderModel

/// The library folder and index file shared by `lede index` and `lede search`.
struct LibraryOptions: ParsableArguments {
    @Argument(help: "The library folder (default: the folder recorded in --index, else the current folder).")
    var directory: String?

    @Option(name: .customLong("index"), help: "The index file (default: one per folder under $XDG_DATA_HOME/lede). An index belongs to one folder.")
    var indexPath: String?

    func validate() throws {
        guard let directory else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(directory) is not a folder")
        }
    }

    /// Opens the index, telling stderr when a damaged one was moved aside or another process writes it.
    /// `readOnly`: for a command that only reads, an existing index is opened without writing anything.
    func open(readOnly: Bool = false) throws -> LibraryIndex {
        try LibraryOptions.open(folder: try LibraryOptions.folder(directory, indexPath: indexPath), indexPath: indexPath, readOnly: readOnly)
    }

    /// `open()` for a folder already chosen: a disk problem is one plain line and exit status 1.
    static func open(folder: String, indexPath: String?, readOnly: Bool = false) throws -> LibraryIndex {
        let index: LibraryIndex
        do {
            index = try LibraryIndex(library: folder, indexPath: indexPath, readOnly: readOnly, waiting: { StandardError.print("lede: \($0)") })
        } catch {
            let path = LibraryLocation(root: folder, indexPath: indexPath).indexPath
            guard let message = LibraryIndex.diskProblem(error, indexPath: path) else { throw error }
            StandardError.print("lede: \(message)")
            throw ExitCode(1)
        }
        if let note = index.recoveryNote { StandardError.print(note) }
        return index
    }

    /// Tells stderr when the index was found damaged after it was opened (by a read or write of this
    /// command) and replaced by a fresh one: call when done with it, `since` being its `generation` at open.
    static func reportRecovery(_ index: LibraryIndex, since generation: Int) {
        if index.generation != generation, let note = index.recoveryNote { StandardError.print(note) }
    }

    /// The folder to index: as given; with only `--index`, the one that index records (never the
    /// current folder, which would replace the library the index holds); else the current folder.
    static func folder(_ directory: String?, indexPath: String?) throws -> String {
        if let directory { return directory }
        guard let indexPath else { return "." }
        guard let recorded = try LibraryIndex.recordedRoot(ofIndex: indexPath) else {
            throw LibraryIndexError.noFolder(index: indexPath)
        }
        return recorded
    }

    /// The indexer the reader uses too, so a folder is cleaned the same way whichever indexed it.
    static func indexer(for index: LibraryIndex, batchSize: Int = 256) -> Indexer {
        Indexer(batchSize: batchSize, analyze: SiteSampledAnalysis(root: index.location.root).analyze)
    }
}
