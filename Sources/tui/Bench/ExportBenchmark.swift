import ReaderModel

extension Benchmarks {
    /// Rendering every cleaned page of the corpus in one export format (cleaning is done once, in setup).
    static var export: [Benchmark] {
        ExportFormat.allCases.map { format in
            Benchmark(name: "export-\(format.rawValue)", unit: "pages") { context in
                let documents = ArticleLoader().loadReport(context.pagePaths).articles.map { Cleaner().clean($0) }
                return {
                    var bytes = 0
                    for document in documents { bytes += Exporter.render(document, as: format).utf8.count }
                    return bytes > 0 ? documents.count : 0
                }
            }
        }
    }
}
