/// Every benchmark `lede bench` knows; each lives in its own file.
enum Benchmarks {
    static var all: [Benchmark] {
        [EntitiesBenchmark.benchmark]
    }
}
