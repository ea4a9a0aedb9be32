import Testing
@testable import tui

@Test func benchmarkResultMedian() {
    let r = BenchmarkResult(name: "x", unit: "pages", units: 10, seconds: [3, 1, 2])
    #expect(r.median == 2)
}
