import Foundation

/// What one run of a benchmark body processed: units, and input bytes when throughput matters.
struct BenchWork {
    var units: Int
    var bytes = 0
    /// Seconds of the measured part when the body times it itself (it also did reference work).
    var measuredSeconds: Double? = nil
    /// Seconds a reference took on the same input in the same run (e.g. libxml2 parsing alone).
    var referenceSeconds: Double? = nil
    /// What the reference is, for the report.
    var referenceName = ""
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
        var reference: [Double] = []
        var work = BenchWork(units: 0)
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now().uptimeNanoseconds
            work = try body()
            seconds.append(work.measuredSeconds ?? Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            if let r = work.referenceSeconds { reference.append(r) }
        }
        return BenchmarkResult(name: name, unit: unit, units: work.units, seconds: seconds, bytes: work.bytes,
                               reference: reference, referenceName: work.referenceName)
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
    /// Timings of the reference measured beside it in the same runs (empty when none).
    var reference: [Double] = []
    var referenceName = ""

    var median: Double { seconds.sorted()[seconds.count / 2] }
    var rate: Double { median > 0 ? Double(units) / median : 0 }

    var formatted: String {
        let throughput = bytes > 0 && median > 0
            ? String(format: ", %.1f MB/s, %.1f KB per %@", Double(bytes) / median / 1e6,
                     Double(bytes) / Double(max(units, 1)) / 1e3, String(unit.dropLast(unit.hasSuffix("s") ? 1 : 0)))
            : ""
        let line = String(format: "%@: median %.2f ms for %d %@ (%.0f %@/s%@), min %.2f ms, max %.2f ms, n=%d",
                          name, median * 1000, units, unit, rate, unit, throughput,
                          (seconds.min() ?? 0) * 1000, (seconds.max() ?? 0) * 1000, seconds.count)
        guard !reference.isEmpty else { return line }
        let referenceMedian = reference.sorted()[reference.count / 2]
        return line + String(format: "; %@ alone: median %.2f ms, ratio %.2fx", referenceName, referenceMedian * 1000,
                             referenceMedian > 0 ? median / referenceMedian : 0)
    }
}

/// What the benchmarks run on: the pages named by `--corpus`, else the seeds or the demo corpus.
struct BenchContext {
    /// Directories or files of pages to use instead of the defaults.
    var corpus: [String]
}
