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
            let document = Cleaner().clean(article, site: context(), explains: false)
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
    /// The sample is read and counted on every core, in contiguous shares merged at the end (the
    /// indexer's other workers wait for the context, so they would only idle meanwhile).
    static func sample(root: String, size: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> SiteContext {
        let paths = LibraryScanner().scan(root: root).keys.sorted()
        let step = max(1, paths.count / size)
        let sampled = Array(stride(from: 0, to: paths.count, by: step).map({ paths[$0] }).prefix(size))
        let shares = max(1, min(threads, sampled.count / 16))
        let parts = SiteContextParts(count: shares)
        let bounds = (0...shares).map { sampled.count * $0 / shares }
        @Sendable func build(_ share: Int) {
            let loader = ArticleLoader()
            var site = SiteContext()
            for path in sampled[bounds[share]..<bounds[share + 1]] {
                if let article = try? loader.load(path: path) { site.add(article) }
            }
            parts.set(share, site)
        }
        // Own threads rather than Dispatch: this runs inside the indexer's concurrentPerform, where
        // a nested apply would run serially.
        let done = DispatchGroup()
        for share in 1..<shares {
            done.enter()
            Thread { build(share); done.leave() }.start()
        }
        build(0)
        done.wait()
        return parts.merged()
    }
}

/// The contexts built by the threads of `SiteSampledAnalysis.sample`, one slot each.
private final class SiteContextParts: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [SiteContext]

    init(count: Int) { parts = Array(repeating: SiteContext(), count: count) }

    func set(_ index: Int, _ site: SiteContext) { lock.withLock { parts[index] = site } }

    /// All parts in one context (counts add up: each page counted its lines once).
    func merged() -> SiteContext {
        lock.withLock {
            var site = SiteContext()
            for part in parts { site.merge(part) }
            site.findSiblings()
            return site
        }
    }
}
