import ReaderModel

/// One FTS query per run on the warm index, cycling through common, rare, multi-word and prefix queries.
extension Benchmark {
    static var indexSearch: Benchmark {
        Benchmark(name: "index.search", unit: "queries") { context in
            let index = try IndexBenchLibrary.warmIndex(context, name: "warm")
            let queries: [(String, Bool)] = [("budget", false), ("emergency hospital", false), ("said", false),
                                             ("regional farmers delay", false), ("harb", true), ("zzzznothing", false)]
            var next = 0
            return {
                let (query, prefix) = queries[next % queries.count]
                next += 1
                _ = try index.search(query, limit: 50, prefixLast: prefix)
                return 1
            }
        }
    }
}
