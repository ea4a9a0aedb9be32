/// Every benchmark `lede bench` knows; each lives in its own file.
enum Benchmarks {
    static var all: [Benchmark] {
        [
            CleanHTMLBenchmark.benchmark,
            .indexCold, .indexUnchanged, .indexWrite, .indexList, .indexSearch,
        ]
    }
}
