import Foundation

/// What one run of a benchmark body processed: units, and input bytes when throughput matters.
struct BenchWork {
    var units: Int
    var bytes = 0
}

/// One benchmark: setup once, then a body run `repetitions` times; the median is reported.
struct Benchmark {
    var name: String
    /// Unit of work counted per run ("pages", "tokens").
    var unit: String
    /// Prepares input and returns a body that does one run and reports what it processed.
    var prepareWork: (BenchContext) throws -> () throws -> BenchWork

    init(name: String, unit: String, prepareWork: @escaping (BenchContext) throws -> () throws -> BenchWork) {
        self.name = name
        self.unit = unit
        self.prepareWork = prepareWork
    }

    /// A benchmark that counts units only.
    init(name: String, unit: String, prepare: @escaping (BenchContext) throws -> () throws -> Int) {
        self.init(name: name, unit: unit) { context in
            let body = try prepare(context)
            return { BenchWork(units: try body()) }
        }
    }

    func measure(repetitions: Int, context: BenchContext) throws -> BenchmarkResult {
        let body = try prepareWork(context)
        var seconds: [Double] = []
        var work = BenchWork(units: 0)
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now().uptimeNanoseconds
            work = try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return BenchmarkResult(name: name, unit: unit, units: work.units, seconds: seconds, bytes: work.bytes)
    }
}

/// The timings of one benchmark.
struct BenchmarkResult {
    var name: String
    var unit: String
    var units: Int
    var seconds: [Double]
    /// Input bytes per run, when the benchmark reports throughput (0 otherwise).
    var bytes = 0

    var median: Double { seconds.sorted()[seconds.count / 2] }
    var rate: Double { median > 0 ? Double(units) / median : 0 }

    var formatted: String {
        let throughput = bytes > 0 && median > 0
            ? String(format: ", %.1f MB/s, %.1f KB per %@", Double(bytes) / median / 1e6,
                     Double(bytes) / Double(max(units, 1)) / 1e3, String(unit.dropLast(unit.hasSuffix("s") ? 1 : 0)))
            : ""
        return String(format: "%@: median %.2f ms for %d %@ (%.0f %@/s%@), min %.2f ms, max %.2f ms, n=%d",
                      name, median * 1000, units, unit, rate, unit, throughput,
                      (seconds.min() ?? 0) * 1000, (seconds.max() ?? 0) * 1000, seconds.count)
    }
}

/// What the benchmarks run on: the pages named by `--corpus`, else the seeds or the demo corpus.
struct BenchContext {
    /// Directories or files of pages to use instead of the defaults.
    var corpus: [String]
}
