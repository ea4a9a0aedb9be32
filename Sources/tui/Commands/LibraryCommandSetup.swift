import ArgumentParser
import Foundation
import ReaderModel

/// Opening the library folder's index for `lede add`, `lede feed` and `lede fetch`, and indexing it afterwards.
enum LibraryCommandSetup {
    static func openIndex(library: String?, config: String?) throws -> LibraryIndex {
        let (settings, message) = Config.load(path: config)
        if let message { StandardError.print("lede: \(message)") }
        var resolved = settings
        if let library { resolved.library = (library as NSString).expandingTildeInPath }
        let folder: String
        do { folder = try LibraryFolder.prepared(config: resolved) } catch {
            StandardError.print("lede: \(error)")
            throw ExitCode(1)
        }
        do {
            let index = try LibraryIndex(library: folder, waiting: { StandardError.print("lede: \($0)") })
            if let note = index.recoveryNote { StandardError.print(note) }
            return index
        } catch {
            let path = LibraryLocation(root: folder).indexPath
            guard let message = LibraryIndex.diskProblem(error, indexPath: path) else { throw error }
            StandardError.print("lede: \(message)")
            throw ExitCode(1)
        }
    }

    /// Standard input, up to `maxBytes` (more is refused rather than cut).
    static func standardInput(maxBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw ConfigError("cannot read standard input: \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            bytes += buffer[0..<count]
            guard bytes.count <= maxBytes else { throw ConfigError("standard input is larger than \(maxBytes >> 20) MiB") }
        }
        guard !bytes.isEmpty else { throw ConfigError("standard input is empty") }
        return bytes
    }

    /// Brings the index up to date with the files just saved; problems go to stderr.
    static func index(_ index: LibraryIndex) {
        do {
            let summary = try LibraryOptions.indexer(for: index).run(index)
            for failure in summary.failures { StandardError.print("lede: \(failure)") }
        } catch {
            StandardError.print("lede: indexing: \(index.diskProblem(error) ?? "\(error)")")
        }
    }
}
