import ArgumentParser
import Foundation
import ReaderModel

/// `lede bench`: runs the benchmarks and prints medians (never a timed unit test).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Run the benchmarks and print medians.")

    @Option(help: "Only run benchmarks whose name contains this.")
    var filter: String?

    @Option(help: "Repetitions per benchmark (the median is reported).")
    var repetitions = 7

    @Option(name: .customLong("corpus"), help: "A folder or file of pages to benchmark on (repeatable).")
    var corpus: [String] = []

    func validate() throws {
        if let filter, !Benchmarks.all.contains(where: { $0.name.contains(filter) }) {
            throw ValidationError("no benchmark matches '\(PrintableText.escaped(filter))'; there are: \(Benchmarks.all.map(\.name).joined(separator: ", "))")
        }
        for path in corpus where FileSystemPath.withCString(path, { access($0, R_OK) }) != 0 {
            throw ValidationError("--corpus \(PrintableText.escaped(path)): \(errno == ENOENT ? "no such file or folder" : "cannot read it")")
        }
    }

    func run() throws {
        for benchmark in Benchmarks.all where filter.map({ benchmark.name.contains($0) }) ?? true {
            // The 100,000-article case writes a 1.5 GB index on its first run: only when its name is asked for.
            if benchmark.name.contains("100k"), filter?.contains("100k") != true { continue }
            let result = try benchmark.measure(repetitions: repetitions, context: BenchContext(corpus: corpus))
            print(result.formatted)
        }
    }
}
