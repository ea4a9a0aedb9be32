import ReaderModel

/// Articles cleaned in memory (explicit files, `--no-index`): everything is known up front.
final class CorpusSource: ArticleSource {
    private let documents: [Document]
    let summaries: [ArticleSummary]
    private(set) var readPositions: Set<Int> = []

    init(documents: [Document]) {
        self.documents = documents
        self.summaries = documents.map(ArticleSummary.init)
    }

    func document(at position: Int) -> Document? {
        documents.indices.contains(position) ? documents[position] : nil
    }

    func search(_ query: String) -> [Int]? { nil }

    func markRead(_ position: Int) { readPositions.insert(position) }

    /// Nothing runs in the background: entities are attached by the caller after the first paint.
    func poll() -> SourceUpdate? { nil }

    var isBusy: Bool { false }
    func close() {}
}
