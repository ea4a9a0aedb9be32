import Foundation

/// One benchmark: setup once, then a body run `repetitions` times; the median is reported.
struct Benchmark {
    var name: String
    /// Unit of work counted per run ("pages", "tokens").
    var unit: String
    /// Prepares input and returns a body that does one run and returns how many units it processed.
    var prepare: (BenchContext) throws -> () throws -> Int

    func measure(repetitions: Int, context: BenchContext) throws -> BenchmarkResult {
        let body = try prepare(context)
        var seconds: [Double] = []
        var units = 0
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now().uptimeNanoseconds
            units = try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return BenchmarkResult(name: name, unit: unit, units: units, seconds: seconds)
    }
}

/// The timings of one benchmark.
struct BenchmarkResult {
    var name: String
    var unit: String
    var units: Int
    var seconds: [Double]

    var median: Double { seconds.sorted()[seconds.count / 2] }
    var rate: Double { median > 0 ? Double(units) / median : 0 }

    var formatted: String {
        String(format: "%@: median %.2f ms for %d %@ (%.0f %@/s), min %.2f ms, max %.2f ms, n=%d",
               name, median * 1000, units, unit, rate, unit,
               (seconds.min() ?? 0) * 1000, (seconds.max() ?? 0) * 1000, seconds.count)
    }
}

/// What the benchmarks run on: the pages named by `--corpus`, else the seeds or the demo corpus.
struct BenchContext {
    /// Directories or files of pages to use instead of the defaults.
    var corpus: [String]
}
