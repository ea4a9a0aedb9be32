/// Every benchmark `lede bench` knows; each lives in its own file.
enum Benchmarks {
    static var all: [Benchmark] {
        var list: [Benchmark] = []
        list.append(Benchmarks.load)
        list += Benchmarks.decode
        list.append(.cleanText)
        list.append(CleanHTMLBenchmark.benchmark)
        list.append(CleanHTMLVersusParseBenchmark.benchmark)
        list += Benchmarks.export
        list += [.indexCold, .indexUnchanged, .indexWrite, .indexList, .indexOpenArticle, .indexSearch]
        list.append(EntitiesBenchmark.benchmark)
        list.append(RecognizeBenchmark.benchmark)
        list += [.firstPaint, .libraryEntities]
        list += Benchmarks.fetch
        list.append(.firstPaintAt100k)
        list += [.libraryTimeline, .libraryRelated]
        list += StoriesBenchmark.all
        list += [.passagesExtract, .indexPassages]
        return list
    }
}
