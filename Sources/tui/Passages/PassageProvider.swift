import ReaderModel

/// The passage reports the reader shows, per list position: from the library index, or from the
/// documents in memory (matched once, when first asked). Cached until the list or its grouping changes.
/// While the list is grouped by story (`v`), an article is compared with the other articles of its
/// story only; otherwise with every other article.
final class PassageProvider {
    private let source: ArticleSource
    private var catalog: PassageCatalog?
    private var reports: [Int: PassageReport?] = [:]
    private var stories: StoryGrouping?

    init(source: ArticleSource) {
        self.source = source
    }

    func report(at position: Int, stories: StoryGrouping? = nil) -> PassageReport? {
        if stories != self.stories {
            self.stories = stories
            reports = [:]
        }
        if let cached = reports[position] { return cached }
        let scope = stories?.storyMates(of: position)
        let report: PassageReport?
        if let lookup = source as? PassageLookup {
            report = lookup.passageReport(at: position, among: scope)
        } else {
            let catalog = self.catalog ?? PassageCatalog(documents: source.summaries.indices.map { source.document(at: $0) ?? .missing })
            self.catalog = catalog
            report = source.summaries.indices.contains(position)
                ? catalog.report(for: position, among: scope.map { Set($0.map(Int64.init)) }) : nil
        }
        reports[position] = report
        return report
    }

    /// Forgets every report (articles were added, changed or removed).
    func invalidate() {
        reports = [:]
        catalog = nil
    }
}
