import Foundation

/// Indexer analysis with cross-page evidence: a `SiteContext` built from a sample of the library's
/// files, so a folder opened through its index is cleaned like the same folder cleaned in memory
/// (recurring chrome, membership pitches and headers are recognised as such).
///
/// The context is built once, on the first file analysed (in the indexer's worker threads, never on
/// the caller's), so a warm start with nothing to index costs nothing.
public final class SiteSampledAnalysis: @unchecked Sendable {
    /// Files read for the context: all of a small library, an even spread of a large one.
    public static let defaultSampleSize = 1_000
    private let root: String
    private let sampleSize: Int
    private let lock = NSLock()
    private var site: SiteContext?

    public init(root: String, sampleSize: Int = SiteSampledAnalysis.defaultSampleSize) {
        self.root = root
        self.sampleSize = max(1, sampleSize)
    }

    /// The `Indexer.analyze` closure.
    public var analyze: @Sendable (Article) -> (Document, [EntitySpan]) {
        { [self] article in
            let document = Cleaner().clean(article, site: context())
            return (document, EntityRecognizer().recognize(document))
        }
    }

    /// An indexer that cleans with this context.
    public func indexer() -> Indexer { Indexer(analyze: analyze) }

    func context() -> SiteContext {
        lock.withLock {
            if let site { return site }
            let built = SiteSampledAnalysis.sample(root: root, size: sampleSize)
            site = built
            return built
        }
    }

    /// The context of an evenly spaced sample of the folder's article files (in path order).
    static func sample(root: String, size: Int) -> SiteContext {
        let paths = LibraryScanner().scan(root: root).keys.sorted()
        let step = max(1, paths.count / size)
        let loader = ArticleLoader()
        var site = SiteContext()
        for path in stride(from: 0, to: paths.count, by: step).map({ paths[$0] }).prefix(size) {
            if let article = try? loader.load(path: path) { site.add(article) }
        }
        return site
    }
}
