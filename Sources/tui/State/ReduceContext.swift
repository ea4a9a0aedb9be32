import ReaderModel

/// What the reducer may look at besides the state: the corpus and the current layout.
struct ReduceContext {
    var documents: [Document]
    var index: EntityIndex
    var layout: PaneLayout
    /// The reader lines of a document at the current width (the app memoises this).
    var readerText: (Int) -> ReaderText
    /// The sidebar rows of a document (the app memoises this).
    var entityRows: (Int) -> [EntityRow]

    init(documents: [Document], index: EntityIndex, layout: PaneLayout,
         readerText: ((Int) -> ReaderText)? = nil, entityRows: ((Int) -> [EntityRow])? = nil) {
        self.documents = documents
        self.index = index
        self.layout = layout
        let width = layout.readerTextWidth
        self.readerText = readerText ?? { ReaderText(document: documents[$0], width: width) }
        self.entityRows = entityRows ?? { EntityRow.rows(document: $0, index: index) }
    }

    /// Lines available for content in a pane (its height less the header row).
    func pageHeight(_ pane: Pane) -> Int {
        max(1, (layout.rect(of: pane)?.height ?? max(1, layout.rows - 2)) - 1)
    }

    /// Articles that fit in the list (two lines each).
    var articlesPerPage: Int { max(1, pageHeight(.articles) / 2) }
}
