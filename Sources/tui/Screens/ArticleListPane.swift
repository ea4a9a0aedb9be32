import ReaderModel

/// The article list: read marker and title, then publisher and date, two lines per article.
struct ArticleListPane {
    var articles: [ArticleSummary]
    var state: ViewState
    var focused: Bool
    /// The whole list's length while `articles` is only its first page.
    var total: Int? = nil

    func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let position = articles.isEmpty ? "empty" : "\(state.articleCursor + 1)/\(total ?? articles.count)"
        canvas.set(0, [.init(" \(Pane.articles.title) ", focused ? .headerFocused : .header), .init(position + " ", focused ? .headerFocused : .header)],
                   fill: focused ? .headerFocused : .header)
        let perPage = max(1, (height - 1) / 2)
        for slot in 0..<perPage {
            let index = state.articleScroll + slot
            guard articles.indices.contains(index) else { break }
            let doc = articles[index]
            let selected = index == state.articleCursor
            let open = index == state.openArticle
            let row = 1 + slot * 2
            let titleRole: StyleRole = selected ? (focused ? .selection : .selectionUnfocused) : .normal
            let metaRole: StyleRole = selected ? titleRole : .listMeta
            let marker = open ? "▶" : (state.read.contains(index) ? " " : "•")
            // Without a headline the first sentence stands in; without text either, the file name.
            let title = (doc.title ?? doc.derivedTitle).map(Sanitizer.clean) ?? fileName(doc.path)
            // When the file name is the title, do not repeat it below.
            let fallback = doc.title == nil && doc.derivedTitle == nil ? "" : fileName(doc.path)
            canvas.set(row, [.init(marker + " ", selected ? titleRole : (open ? .title : .readMarker)), .init(title, titleRole)], fill: selected ? titleRole : nil)
            let meta = [doc.publisher, doc.published.map { String($0.prefix(10)) }].compactMap { $0 }.joined(separator: " · ")
            canvas.set(row + 1, [.init("  " + (meta.isEmpty ? fallback : meta), metaRole)], fill: selected ? metaRole : nil)
        }
        return canvas
    }

    private func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
