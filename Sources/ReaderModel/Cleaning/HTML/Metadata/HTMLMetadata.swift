import Foundation

/// Article metadata a page states outright: `<meta>` tags (Open Graph, article:, Dublin Core),
/// JSON-LD, `<title>`, `<time datetime>`, `rel=author` and `itemprop` markup, author-named elements.
struct HTMLMetadata: Sendable {
    var title: String?
    /// The `<h1>` read as the blog's name over a "Blog: Post" page title (`BlogNameHeading`), or nil.
    var blogName: String?
    var byline: String?
    /// ISO 8601.
    var published: String?
    var publisher: String?
    var description: String?
    /// JSON-LD `articleBody`, a fallback when the DOM gives little text.
    var articleBody: String?

    init(document: HTMLDocument, layout: PageLayout) {
        var meta: [String: String] = [:]
        for (key, value) in document.meta where meta[key] == nil && !value.isEmpty { meta[key] = value }
        let ld = JSONLDArticle(scripts: document.jsonLD)
        articleBody = ld?.articleBody

        publisher = Self.first(meta["og:site_name"], ld?.publisher, meta["application-name"], meta["publisher"], meta["dc.publisher"])
            .map(Self.leadingName)

        let headings = Self.texts(document, layout: layout, limit: 5) { node in node.tag == "h1" }
        let stated = Self.first(meta["og:title"], ld?.headline, meta["twitter:title"], meta["dc.title"], document.title)
        (title, blogName) = Self.chooseTitle(headings: headings, stated: stated, pageTitle: document.title, siteName: publisher) { name in
            Self.headings(after: name, document, layout: layout, limit: 8)
        }
        if headings.isEmpty, let stated, let bold = BoldHeadlineSegment.find(in: stated, document: document, layout: layout) {
            title = bold
        }
        // Site names in scripts without capitals ("標題 | 網站") are cut as on the text side.
        title = title.map { CaselessSiteSuffix.cut(MetadataPatterns.cleanTitle($0)) }

        var author = ld?.authors.isEmpty == false ? ld!.authors.joined(separator: ", ") : nil
        if author == nil { author = Self.first(meta["author"], meta["article:author"], meta["dc.creator"], meta["byl"], meta["parsely-author"], meta["sailthru.author"]) }
        if author == nil {
            author = Self.firstText(document, layout: layout) { node, _ in
                node[attribute: "rel"]?.lowercased() == "author" || node[attribute: "itemprop"]?.lowercased() == "author"
            }
        }
        // The element the template named for the author holds the name alone, where a byline row
        // read whole runs the place or the date on after it.
        if author == nil { author = AuthorElement.name(in: document, layout: layout) }
        byline = author.flatMap(Self.cleanAuthor)

        let dateText = Self.first(ld?.datePublished, meta["article:published_time"], meta["datepublished"],
                                  meta["og:published_time"], meta["pubdate"], meta["publishdate"], meta["publish-date"],
                                  meta["parsely-pub-date"], meta["sailthru.date"], meta["dc.date.issued"], meta["dc.date"],
                                  meta["date"], Self.timeDatetime(document, layout: layout))
        published = dateText.flatMap { DateNormalizer.iso($0) }
        description = Self.first(meta["og:description"], meta["description"], ld?.description, meta["twitter:description"])
            .map { WhitespaceNormalizer.normalize($0) }
    }

    private static func first(_ values: String?...) -> String? {
        for value in values {
            if let value { let v = WhitespaceNormalizer.normalize(value); if !v.isEmpty { return v } }
        }
        return nil
    }

    /// The h1 when the stated title contains it (the h1 is the headline without site decoration)
    /// unless it is the blog's or site's name beside the post's title (`BlogNameHeading`, then also
    /// that name), else the stated title cleaned of prefixes and suffixes, else the h1.
    private static func chooseTitle(headings: [String], stated: String?, pageTitle: String?, siteName: String?,
                                    laterHeadings: (String) -> [String]) -> (title: String?, blogName: String?) {
        let site = siteName?.lowercased()
        let statedForms = [stated, pageTitle].compactMap { $0 }.map { WhitespaceNormalizer.normalize($0).lowercased() }
        // The longest h1 the stated title contains; a logo h1 holding just the site name is no headline.
        let shown = headings
            .filter { $0.count >= 10 && $0.lowercased() != site }
            .filter { h1 in let lowered = h1.lowercased(); return statedForms.contains { $0.contains(lowered) } }
            .max { $0.count < $1.count }
        if let shown {
            if let post = BlogNameHeading.post(heading: shown, pageTitle: pageTitle, stated: stated, siteName: siteName,
                                               laterHeadings: { laterHeadings(shown) }) {
                return (TitleCleaner.clean(post, siteName: siteName), shown)
            }
            return (TitleCleaner.clean(shown, siteName: siteName), nil)
        }
        // A blog's name too short to be taken for the headline ("Blog :: Post" under an h1 "Blog")
        // still names the blog beside the post's title.
        if pageTitle != nil {
            for name in headings where name.count < 10 && name.lowercased() != site {
                if let post = BlogNameHeading.post(heading: name, pageTitle: pageTitle, stated: stated, siteName: siteName,
                                                   laterHeadings: { laterHeadings(name) }) {
                    return (TitleCleaner.clean(post, siteName: siteName), name)
                }
            }
        }
        if let stated { return (TitleCleaner.clean(stated, siteName: siteName), nil) }
        return (headings.first { $0.lowercased() != site }.map { TitleCleaner.clean($0, siteName: siteName) }, nil)
    }

    /// "Site | Tagline" or "Site - Tagline" → "Site".
    private static func leadingName(_ text: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " : "] {
            if let range = text.range(of: separator) { return String(text[..<range.lowerBound]) }
        }
        return text
    }

    private static func cleanAuthor(_ raw: String) -> String? {
        var text = WhitespaceNormalizer.normalize(raw)
        if text.lowercased().hasPrefix("http") || text.contains("://") { return nil }
        if let named = MetadataPatterns.byline(in: text) { return named }
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        return text.isEmpty || text.count > 120 ? nil : text
    }

    /// The text of the first visible element matching `predicate`.
    private static func firstText(_ document: HTMLDocument, layout: PageLayout, where predicate: (HTMLNode, Int) -> Bool) -> String? {
        for (i, node) in document.nodes.enumerated() where !node.isText && layout.chrome[i] == nil && predicate(node, i) {
            let text = WhitespaceNormalizer.normalize(document.text(of: i))
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// The texts of the first `limit` visible elements matching `predicate`.
    private static func texts(_ document: HTMLDocument, layout: PageLayout, limit: Int, where predicate: (HTMLNode) -> Bool) -> [String] {
        var found: [String] = []
        for (i, node) in document.nodes.enumerated() where !node.isText && layout.chrome[i] == nil && predicate(node) {
            let text = WhitespaceNormalizer.normalize(document.text(of: i))
            if !text.isEmpty { found.append(text) }
            if found.count == limit { break }
        }
        return found
    }

    /// The texts of the first `limit` visible headings below `<h1>` after the `<h1>` reading `name`:
    /// a site name set as a heading above the page's `<h1>` names no post.
    private static func headings(after name: String, _ document: HTMLDocument, layout: PageLayout, limit: Int) -> [String] {
        var found: [String] = []
        var passed = false
        for (i, node) in document.nodes.enumerated() where !node.isText && layout.chrome[i] == nil && node.kind.contains(.heading) {
            if node.tag == "h1" {
                if !passed { passed = WhitespaceNormalizer.normalize(document.text(of: i)) == name }
                continue
            }
            guard passed else { continue }
            let text = WhitespaceNormalizer.normalize(document.text(of: i))
            if !text.isEmpty { found.append(text) }
            if found.count == limit { break }
        }
        return found
    }

    /// `datetime` of the first `<time>` (or `itemprop=datePublished`) element outside furniture.
    private static func timeDatetime(_ document: HTMLDocument, layout: PageLayout) -> String? {
        // By index: a `for node in nodes` copy retains and releases every node's strings.
        let nodes = document.nodes
        for i in nodes.indices where layout.chrome[i] == nil {
            if nodes[i].tag == "time", let value = nodes[i][attribute: "datetime"], !value.isEmpty { return value }
            if nodes[i][attribute: "itemprop"]?.lowercased() == "datepublished" {
                if let value = nodes[i][attribute: "datetime"] ?? nodes[i][attribute: "content"], !value.isEmpty { return value }
                let text = document.text(of: i)
                if !text.isEmpty { return text }
            }
        }
        return nil
    }
}
