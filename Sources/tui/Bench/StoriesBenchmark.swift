import Foundation
import ReaderModel

/// What stories cost: the signature of one article (paid once, when it is cleaned and indexed),
/// beside cleaning it; and grouping a library from its stored signatures (what `v` and `lede stories`
/// do), decoding the blobs included, on a synthetic library of `LEDE_BENCH_STORIES` articles (default 10,000).
enum StoriesBenchmark {
    static var all: [Benchmark] { [signature, group] }

    static var signature: Benchmark {
        Benchmark(name: "stories.signature (per cleaned page; clean alone as reference)", unit: "pages") { context in
            let (articles, _) = ArticleLoader().loadAll(context.pagePaths)
            guard !articles.isEmpty else { throw BenchFailure("no pages to run on") }
            let passes = max(1, 400 / articles.count)
            let pages = (0..<passes).flatMap { _ in articles }
            let cleaner = Cleaner()
            let documents = pages.map { cleaner.clean($0, site: nil, explains: false) }
            let spans = documents.map { EntityRecognizer().recognize($0) }
            return {
                let start = DispatchTime.now().uptimeNanoseconds
                var bytes = 0
                for i in documents.indices {
                    bytes += StorySignatureCodec.encode(StorySignature(document: documents[i], spans: spans[i], fileDay: nil)).count
                }
                let measured = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                precondition(bytes > 0)
                let cleanStart = DispatchTime.now().uptimeNanoseconds
                for page in pages { _ = cleaner.clean(page, site: nil, explains: false) }
                let reference = Double(DispatchTime.now().uptimeNanoseconds - cleanStart) / 1e9
                return BenchWork(units: pages.count, measuredSeconds: measured, referenceSeconds: reference, referenceName: "clean-text")
            }
        }
    }

    static var group: Benchmark {
        let count = ProcessInfo.processInfo.environment["LEDE_BENCH_STORIES"].flatMap(Int.init) ?? 10_000
        return Benchmark(name: "stories.group (\(count) stored signatures: decode + group)", unit: "articles") { _ in
            let blobs = SyntheticStories.signatures(count: count).map(StorySignatureCodec.encode)
            return {
                let stories = StoryGrouper.group(blobs.map(StorySignatureCodec.decode))
                guard stories.count < count else { throw BenchFailure("nothing was grouped") }
                return count
            }
        }
    }
}
