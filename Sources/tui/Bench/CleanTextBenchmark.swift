import Foundation
import ReaderModel

/// `clean-text`: plain-text pages cleaned per second on one core (target ≥ 2,000).
extension Benchmark {
    static var cleanText: Benchmark {
        Benchmark(name: "clean-text", unit: "pages") { context in
        let pages = try TextPageSource.pages(corpus: context.corpus)
        guard !pages.isEmpty else { throw CleanTextBenchmarkError.noPages }
        // Enough passes per run that one run lasts long enough to time reliably.
        let passes = max(1, 2_000 / pages.count)
        let cleaner = Cleaner()
        return {
            var paragraphs = 0
            for _ in 0..<passes {
                for page in pages { paragraphs += cleaner.clean(page).paragraphs.count }
            }
            precondition(paragraphs >= 0)
            return passes * pages.count
        }
        }
    }
}

enum CleanTextBenchmarkError: Error, CustomStringConvertible {
    case noPages
    var description: String { "clean-text: no .txt pages found (give --corpus, or run beside ../shared/seeds or Demo/)" }
}

/// Finds plain-text pages: `--corpus` paths, else `../shared/seeds` or `Demo/` from the current directory.
enum TextPageSource {
    static func pages(corpus: [String]) throws -> [Article] {
        let fm = FileManager.default
        let roots = corpus.isEmpty ? ["../shared/seeds", "Demo"].filter { fm.fileExists(atPath: $0) }.prefix(1).map { $0 } : corpus
        var files: [String] = []
        for root in roots {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDir) else { continue }
            if !isDir.boolValue { files.append(root); continue }
            let names = (fm.enumerator(atPath: root)?.allObjects as? [String]) ?? []
            files += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".text") }.sorted().map { root + "/" + $0 }
        }
        return files.compactMap { path in
            guard let data = fm.contents(atPath: path) else { return nil }
            return Article(source: path, format: .text, text: String(decoding: data, as: UTF8.self))
        }
    }
}
