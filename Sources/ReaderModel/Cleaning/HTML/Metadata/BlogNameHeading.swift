/// A blog's name set as the page's `<h1>` over a "Blog: Post" page title: the post's title is the
/// part of the page title after the name, when the page names it again on its own.
enum BlogNameHeading {
    static let evidence = "the <h1> is the blog's name leading a \"Blog: Post\" page title; the post's title follows it"

    /// What blog templates put between the blog's name and the post's title.
    private static let separators = [": "] + TitleCleaner.separators

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
}
