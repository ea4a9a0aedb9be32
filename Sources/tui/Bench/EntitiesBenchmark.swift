import Foundation
import ReaderModel

/// Recognition and merging of entities over cleaned pages (`--corpus`, else the seeds, else `Demo/`),
/// repeated to about 200,000 tokens a run; the rate is tokens per second.
enum EntitiesBenchmark {
    static var benchmark: Benchmark { Benchmark(name: "entities", unit: "tokens") { context in
        let documents = try loadDocuments(context)
        let tokensPerPass = documents.reduce(0) { total, doc in
            total + doc.fields.reduce(0) { $0 + Tokenizer.tokenize(doc.text(of: $1)).count }
        }
        guard tokensPerPass > 0 else { throw BenchError.noInput }
        let passes = max(1, 200_000 / tokensPerPass)
        let corpus = (0..<passes).flatMap { _ in documents }
        _ = Gazetteer.places.count  // load the gazetteer outside the timing
        return {
            let index = EntityIndex(documents: corpus)
            precondition(!index.entities.isEmpty)
            return tokensPerPass * passes
        }
    } }

    enum BenchError: Error { case noInput }

    /// Cleaned documents from `BenchContext.pagePaths` (`--corpus`, the seeds or `Demo/`), else a built-in page.
    static func loadDocuments(_ context: BenchContext) throws -> [Document] {
        let (articles, _) = ArticleLoader().loadAll(context.pagePaths)
        if !articles.isEmpty { return Corpus(articles: articles).documents }
        return [Document(source: "builtin", title: "Minister Anna Kovacs visits Lisbon", paragraphs: builtinParagraphs)]
    }

    static let builtinParagraphs = [
        "Foreign Minister Anna Kovacs arrived in Lisbon on March 3, 2021 for talks with the European Union.",
        "Kovacs told reporters that the World Bank had pledged $40 million, and the EU another €25 million.",
        "During the visit, Prime Minister Tomas Ribeiro said Portugal would host the summit in Porto.",
    ]
}
