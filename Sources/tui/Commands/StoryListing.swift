import Foundation
import ReaderModel

/// The printed forms of `lede stories`: text for people, JSON for programs
/// (`[{"title", "first", "last", "articles": [{"file", "title", "published", "copy_of"}], "entities"}]`).
enum StoryListing {
    /// What the listing shows of one article.
    struct Article {
        var file: String
        var title: String?
        /// Without a title, the article's first sentence shortened.
        var derivedTitle: String?
        var published: String?

        init(file: String, title: String?, derivedTitle: String?, published: String?) {
            self.file = file
            self.title = title
            self.derivedTitle = derivedTitle
            self.published = published
        }

        init(_ document: Document) {
            self.init(file: document.source, title: document.title, derivedTitle: document.derivedTitle, published: document.published)
        }

        var shownTitle: String { title ?? derivedTitle ?? (file as NSString).lastPathComponent }
    }

    /// The story's title: its lead article's, else the first member's that has one.
    static func title(_ story: Story, _ articles: [Article]) -> String {
        if let title = articles[story.lead].title { return title }
        if let titled = story.members.first(where: { articles[$0.position].title != nil }) { return articles[titled.position].title! }
        return articles[story.lead].shownTitle
    }

    struct StoryRow: Encodable {
        var title: String
        var first: String?
        var last: String?
        var articles: [ArticleRow]
        var entities: [String]

        enum CodingKeys: String, CodingKey { case title, first, last, articles, entities }

        // "first" and "last" are null, not left out, for a story without dates.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(first, forKey: .first)
            try c.encode(last, forKey: .last)
            try c.encode(articles, forKey: .articles)
            try c.encode(entities, forKey: .entities)
        }
    }

    struct ArticleRow: Encodable {
        var file: String
        var title: String?
        var published: String?
        var copy_of: String?

        enum CodingKeys: String, CodingKey { case file, title, published, copy_of }

        // Keys are written even when null, so every object has the same shape.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(title, forKey: .title)
            try c.encode(published, forKey: .published)
            try c.encode(copy_of, forKey: .copy_of)
        }
    }

    static func json(_ stories: [Story], articles: [Article]) throws -> String {
        let rows = stories.map { story in
            StoryRow(title: title(story, articles), first: story.first.map(StoryDay.iso), last: story.last.map(StoryDay.iso),
                     articles: story.members.map { m in
                         let a = articles[m.position]
                         return ArticleRow(file: a.file, title: a.title, published: a.published.map { String($0.prefix(10)) },
                                           copy_of: m.copyOf.map { articles[$0].file })
                     },
                     entities: story.entities)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        return JSONExporter.escapingC1Controls(String(decoding: try encoder.encode(rows), as: UTF8.self))
    }

    static func text(_ stories: [Story], articles: [Article]) -> String {
        let grouped = stories.filter { $0.members.count > 1 }.count
        var out = "\(stories.count) stories in \(articles.count) article(s), \(grouped) with more than one article\n"
        for story in stories {
            out += "\n" + PrintableText.escaped(title(story, articles)) + "\n"
            var facts = [dateRange(story), "\(story.articleCount) article\(story.articleCount == 1 ? "" : "s")"]
            let copies = story.members.count - story.articleCount
            if copies > 0 { facts.append("\(copies) cop\(copies == 1 ? "y" : "ies")") }
            out += "  " + facts.joined(separator: " · ") + "\n"
            if !story.entities.isEmpty { out += "  " + PrintableText.escaped(story.entities.joined(separator: ", ")) + "\n" }
            for m in story.members {
                let a = articles[m.position]
                let date = a.published.map { String($0.prefix(10)) } ?? "undated   "
                let mark = m.copyOf == nil ? "-" : "  = copy:"
                out += "  \(mark) \(date)  \(PrintableText.escaped(a.shownTitle))  (\(PrintableText.escaped(a.file)))\n"
            }
        }
        return out
    }

    /// "2023-04-20", "2023-04-20 – 2023-04-21" or "undated".
    static func dateRange(_ story: Story) -> String {
        guard let first = story.first else { return "undated" }
        guard let last = story.last, last != first else { return StoryDay.iso(first) }
        return StoryDay.iso(first) + " – " + StoryDay.iso(last)
    }
}
