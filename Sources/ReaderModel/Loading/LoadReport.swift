/// What loading a set of paths produced: the articles, the files that failed, and the
/// files inside directories that were passed over because they are not saved pages.
public struct LoadReport: Sendable {
    public var articles: [Article] = []
    public var failures: [LoadError] = []
    /// Paths skipped inside directories (other extensions such as `.md`, `.jpg`).
    public var skipped: [String] = []

    public init(articles: [Article] = [], failures: [LoadError] = [], skipped: [String] = []) {
        self.articles = articles
        self.failures = failures
        self.skipped = skipped
    }
}
