import ArgumentParser
import Foundation

/// `lede bench`: runs the benchmarks and prints medians (never a timed unit test).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Run the benchmarks and print medians.")

    @Option(help: "Only run benchmarks whose name contains this.")
    var filter: String?

    @Option(help: "Repetitions per benchmark (the median is reported).")
    var repetitions = 7

    @Option(name: .customLong("corpus"), help: "A folder or file of pages to benchmark on (repeatable).")
    var corpus: [String] = []

    func run() throws {
        for benchmark in Benchmarks.all where filter.map({ benchmark.name.contains($0) }) ?? true {
            let result = try benchmark.measure(repetitions: repetitions, context: BenchContext(corpus: corpus))
            print(result.formatted)
        }
    }
}
