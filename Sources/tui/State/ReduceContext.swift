import ReaderModel

/// What the reducer may look at besides the state: the corpus and the current layout.
struct ReduceContext {
    /// The article list; positions are document indices.
    var articles: [ArticleSummary]
    /// The cleaned article at a position (loaded lazily from a library index).
    var document: (Int) -> Document?
    /// Ranked positions for a list search (FTS5 in a library), nil to search the documents' text.
    var searchArticles: (String) -> [Int]?
    /// The entities: in memory, or queried from a library index.
    var index: EntityCatalog
    var layout: PaneLayout
    /// The reader lines of a document at the current width (the app memoises this).
    var readerText: (Int) -> ReaderText
    /// The sidebar rows of a document (the app memoises this).
    var entityRows: (Int) -> [EntityRow]
    /// `T` and `R`: the entity timeline and related articles, when the catalog answers them.
    var timeline: (Int) -> [TimelineRow]
    var related: (Int, Set<Int>) -> [RelatedRow]
    /// The repeated passages of a document (the app memoises this), sources as list positions.
    var passages: (Int) -> PassageReport? = { _ in nil }

    init(articles: [ArticleSummary], document: @escaping (Int) -> Document?, searchArticles: @escaping (String) -> [Int]? = { _ in nil },
         index: EntityCatalog, layout: PaneLayout,
         readerText: ((Int) -> ReaderText)? = nil, entityRows: ((Int) -> [EntityRow])? = nil, passages: ((Int) -> PassageReport?)? = nil) {
        self.articles = articles
        self.document = document
        self.searchArticles = searchArticles
        self.index = index
        self.layout = layout
        let width = layout.readerTextWidth
        self.readerText = readerText ?? { ReaderText(document: document($0) ?? .missing, width: width) }
        self.entityRows = entityRows ?? { EntityRow.rows(document: $0, index: index) }
        let views = index as? EntityViews
        self.timeline = { views?.timeline(of: $0, articles: articles, document: document) ?? [] }
        self.related = { views?.related(to: $0, excluding: $1, limit: PickListOverlay.relatedLimit) ?? [] }
        if let passages { self.passages = passages }
    }

    /// A context over documents in memory (tests, small corpora).
    init(documents: [Document], index: EntityIndex, layout: PaneLayout,
         readerText: ((Int) -> ReaderText)? = nil, entityRows: ((Int) -> [EntityRow])? = nil) {
        self.init(articles: documents.map(ArticleSummary.init), document: { documents.indices.contains($0) ? documents[$0] : nil },
                  index: index, layout: layout, readerText: readerText, entityRows: entityRows)
    }

    /// Lines available for content in a pane (its height less the header row).
    func pageHeight(_ pane: Pane) -> Int {
        max(1, (layout.rect(of: pane)?.height ?? max(1, layout.rows - 2)) - 1)
    }

    /// Articles that fit in the list (two lines each).
    var articlesPerPage: Int { max(1, pageHeight(.articles) / 2) }
}
