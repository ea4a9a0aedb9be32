import ReaderModel

/// The passage reports the reader shows, per list position: from the library index, or from the
/// documents in memory (matched once, when first asked). Cached until the list changes.
final class PassageProvider {
    private let source: ArticleSource
    private var catalog: PassageCatalog?
    private var reports: [Int: PassageReport?] = [:]

    init(source: ArticleSource) {
        self.source = source
    }

    func report(at position: Int) -> PassageReport? {
        if let cached = reports[position] { return cached }
        let report: PassageReport?
        if let lookup = source as? PassageLookup {
            report = lookup.passageReport(at: position)
        } else {
            let catalog = self.catalog ?? PassageCatalog(documents: source.summaries.indices.map { source.document(at: $0) ?? .missing })
            self.catalog = catalog
            report = source.summaries.indices.contains(position) ? catalog.report(for: position) : nil
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
