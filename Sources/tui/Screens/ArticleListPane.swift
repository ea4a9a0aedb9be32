import ReaderModel

/// The article list: read marker and title, then publisher and date, two lines per article; grouped
/// by story (`ViewState.stories`), a header line above each story of several articles.
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
        if let stories = state.stories {
            renderStories(stories, on: &canvas, height: height)
            return canvas
        }
        let perPage = max(1, (height - 1) / 2)
        for slot in 0..<perPage {
            let index = state.articleScroll + slot
            guard articles.indices.contains(index) else { break }
            drawArticle(index, at: 1 + slot * 2, on: &canvas)
        }
        return canvas
    }

    /// Story headers and the articles under them, from the row at `articleScroll`.
    private func renderStories(_ stories: StoryGrouping, on canvas: inout Canvas, height: Int) {
        var line = 1
        var index = max(0, state.articleScroll)
        while index < stories.rows.count, line + stories.rows[index].lines <= height {
            switch stories.rows[index] {
            case let .header(title, dates, count):
                canvas.set(line, [.init("▍" + Sanitizer.clean(title), .title)])
                canvas.set(line + 1, [.init("▍ \(dates) · \(count) articles", .listMeta)])
            case let .article(position, copies):
                guard articles.indices.contains(position) else { break }
                drawArticle(position, at: line, on: &canvas, indent: " ", note: copies > 1 ? "\(copies) copies" : nil)
            }
            line += stories.rows[index].lines
            index += 1
        }
    }

    /// One article on two lines from `row`; `note` goes before the publisher and date below the title.
    private func drawArticle(_ index: Int, at row: Int, on canvas: inout Canvas, indent: String = "", note: String? = nil) {
        let doc = articles[index]
        let selected = index == state.articleCursor
        let open = index == state.openArticle
        let titleRole: StyleRole = selected ? (focused ? .selection : .selectionUnfocused) : .normal
        let metaRole: StyleRole = selected ? titleRole : .listMeta
        let marker = open ? "▶" : (state.read.contains(index) ? " " : "•")
        // Without a headline the first sentence stands in; without text either, the file name.
        let title = (doc.title ?? doc.derivedTitle).map(Sanitizer.clean) ?? fileName(doc.path)
        // When the file name is the title, do not repeat it below.
        let fallback = doc.title == nil && doc.derivedTitle == nil ? "" : fileName(doc.path)
        canvas.set(row, [.init(indent + marker + " ", selected ? titleRole : (open ? .title : .readMarker)), .init(title, titleRole)],
                   fill: selected ? titleRole : nil)
        let meta = [note, doc.publisher, doc.published.map { String($0.prefix(10)) }].compactMap { $0 }.joined(separator: " · ")
        canvas.set(row + 1, [.init(indent + "  " + (meta.isEmpty ? fallback : meta), metaRole)], fill: selected ? metaRole : nil)
    }

    private func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
