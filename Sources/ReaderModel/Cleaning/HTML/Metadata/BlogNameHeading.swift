/// A blog's or site's name set as the page's `<h1>` beside the post's title in the page title
/// ("Blog: Post", "Blog :: Post", "Post — Site", "Post @ Blog :: Host"): the post's title is the
/// part of the page title the page names again on its own.
enum BlogNameHeading {
    static let evidence = "the <h1> is the blog's or site's name beside the post's title in the page title (\"Blog: Post\", \"Post — Site\"); the page names the post's title again"

    /// What blog templates put between the blog's name and the post's title.
    private static let separators = [": "] + TitleCleaner.separators
    /// What ends a post's title that leads the page title: the separators, and the " @ " of a
    /// hosted blog ("Post @ Blog :: Host").
    private static let trailingSeparators = TitleCleaner.separators + [" @ ", ": ", " ::"]

    /// The post's title when `heading` is the page title's leading segment before a separator and
    /// the rest of the page title is stated on its own (`og:title`) or set as a later heading:
    /// "Headline | Site" under an h1 "Headline" names nothing else, so it keeps its headline; a rest
    /// that is the page's stated site name (`siteName`) is no post's title either.
    /// `laterHeadings` (the headings after the h1) is read only once the page title has that shape.
    static func postTitle(heading: String, pageTitle: String?, stated: String?, siteName: String? = nil,
                          laterHeadings: () -> [String]) -> String? {
        guard let pageTitle, pageTitle.utf8.count > heading.utf8.count + 2 else { return nil }
        let title = WhitespaceNormalizer.normalize(pageTitle)
        let name = heading.lowercased()
        guard title.prefix(heading.count).lowercased() == name else { return nil }
        let after = title.dropFirst(heading.count)
        guard let separator = separators.first(where: { after.hasPrefix($0) }) else { return nil }
        let rest = after.dropFirst(separator.count).trimmingCharacters(in: .whitespaces)
        let key = rest.lowercased()
        guard rest.count >= 3, key != name, key != siteName.map({ WhitespaceNormalizer.normalize($0).lowercased() }) else { return nil }
        if let stated, WhitespaceNormalizer.normalize(stated).lowercased() == key { return rest }
        return laterHeadings().contains { $0.lowercased() == key } ? rest : nil
    }

    /// The post's title beside the blog's name `heading`, whichever side of the page title it
    /// stands on (`postTitle`, then `leadingPostTitle`).
    static func post(heading: String, pageTitle: String?, stated: String?, siteName: String?,
                     laterHeadings: () -> [String]) -> String? {
        postTitle(heading: heading, pageTitle: pageTitle, stated: stated, siteName: siteName, laterHeadings: laterHeadings)
            ?? leadingPostTitle(heading: heading, pageTitle: pageTitle, siteName: siteName, laterHeadings: laterHeadings)
    }

    /// The post's title when `heading` follows a separator inside the page title (the site's name
    /// after the post's, "Post — Site") and a later heading is the page title's opening up to a
    /// separator: the page sets the post's title as a heading of its own under the site's `<h1>`.
    static func leadingPostTitle(heading: String, pageTitle: String?, siteName: String? = nil,
                                 laterHeadings: () -> [String]) -> String? {
        guard let pageTitle, heading.count >= 2 else { return nil }
        let title = WhitespaceNormalizer.normalize(pageTitle).lowercased()
        let name = heading.lowercased()
        // The name stands after a separator, not at the title's start.
        guard let at = title.range(of: name), at.lowerBound > title.startIndex,
              separators.contains(where: { title[..<at.lowerBound].hasSuffix($0) }) else { return nil }
        let site = siteName.map { WhitespaceNormalizer.normalize($0).lowercased() }
        return laterHeadings().first { later in
            let key = later.lowercased()
            guard key.count >= 3, key != name, key != site, key.count < title.count, title.hasPrefix(key) else { return false }
            let after = title.dropFirst(key.count)
            return trailingSeparators.contains { after.hasPrefix($0) }
        }
    }
}
