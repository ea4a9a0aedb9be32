import Foundation

extension BenchContext {
    /// The pages to run on: `--corpus` when given, else `../shared/seeds` when present, else `Demo/`.
    var pagePaths: [String] {
        if !corpus.isEmpty { return corpus }
        return FileManager.default.fileExists(atPath: "../shared/seeds") ? ["../shared/seeds"] : ["Demo"]
    }
}
