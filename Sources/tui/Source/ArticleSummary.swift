import ReaderModel

/// One entry of the article list: what the list pane shows, without the article's text.
struct ArticleSummary: Equatable, Sendable {
    /// The file path: the article's identity across list refreshes.
    var path: String
    var title: String?
    /// Without a title, the first sentence of the article shortened, shown in its place.
    var derivedTitle: String?
    var publisher: String?
    /// ISO 8601 date when the page gives one.
    var published: String?

    init(path: String, title: String?, publisher: String?, published: String?, derivedTitle: String? = nil) {
        self.path = path
        self.title = title
        self.derivedTitle = title == nil ? derivedTitle : nil
        self.publisher = publisher
        self.published = published
    }

    init(_ document: Document) {
        self.init(path: document.source, title: document.title, publisher: document.publisher, published: document.published,
                  derivedTitle: document.derivedTitle)
    }

    init(_ row: LibraryRow) {
        self.init(path: row.path, title: row.title, publisher: row.publisher, published: row.published, derivedTitle: row.derivedTitle)
    }
}
