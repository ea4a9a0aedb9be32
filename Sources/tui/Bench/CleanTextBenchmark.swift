import Foundation
import ReaderModel

/// `clean-text`: plain-text pages cleaned per second on one core (target ≥ 2,000), and MB/s.
/// Without `--corpus` the sample pages are grown to a realistic ~12 KB each.
extension Benchmark {
    static var cleanText: Benchmark {
        Benchmark(name: "clean-text", unit: "pages", prepareWork: { context in
            let found = try TextPageSource.pages(corpus: context.corpus)
        guard !found.isEmpty else { throw CleanTextBenchmarkError.noPages }
        let pages = context.corpus.isEmpty ? TextPageGrower.grow(found) : found
        // Enough passes per run that one run lasts long enough to time reliably.
        let passes = max(1, 2_000 / pages.count)
        let bytesPerPass = pages.reduce(0) { $0 + $1.text.utf8.count }
        let cleaner = Cleaner()
        return {
            var paragraphs = 0
            for _ in 0..<passes {
                // As `lede clean` and `lede index` clean: without the `--explain` evidence, as the HTML benches do.
                for page in pages { paragraphs += cleaner.clean(page, explains: false).paragraphs.count }
            }
            precondition(paragraphs >= 0)
            return BenchWork(units: passes * pages.count, bytes: passes * bytesPerPass)
        }
        })
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
