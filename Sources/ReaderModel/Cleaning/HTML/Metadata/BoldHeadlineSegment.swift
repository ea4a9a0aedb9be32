import Foundation

/// The headline of a page with no `<h1>` whose title puts the site and section first
/// ("The Courier - Local News - Ferry service to resume"): the segment after the first that a
/// bold line of the page (`<b>`, `<strong>`) repeats, as table-laid pages set their headline.
/// A suffix-only cleaner keeps such a title whole, the site name and section with it. A title in a
/// script written without spaces joins the site's name with a full-width colon ("site：headline").
enum BoldHeadlineSegment {
    /// A headline segment has at least this many words; a section name has fewer.
    static let minimumWords = 3
    /// Bold elements longer than this (in bytes) are paragraphs, not a headline.
    private static let maximumBytes = 300
    /// Bold elements outside furniture read before giving up.
    private static let maximumBoldElements = 40

    /// What sites in scripts written without spaces (Japanese, Chinese) put between the site's name
    /// and the headline, unspaced: the full-width colon and bar ("みなと新聞：見出し").
    static let unspacedSeparators = ["：", "｜"]
    /// An unspaced headline segment has at least this many characters; a site's name may have as many.
    static let minimumUnspacedCharacters = 6

    static func find(in title: String, document: HTMLDocument, layout: PageLayout) -> String? {
        // Cheap out: a title without a separator has no segment after the first.
        let spaced = TitleCleaner.separators.contains(where: { title.contains($0) })
        // An unspaced separator is read only in a title of no spaced one, by its characters, not words.
        guard spaced || (title.utf8.contains { $0 >= 0xEF } && unspacedSeparators.contains { title.contains($0) }) else { return nil }
        var segments = [title]
        for separator in spaced ? TitleCleaner.separators : unspacedSeparators {
            segments = segments.flatMap { $0.components(separatedBy: separator) }
        }
        // Only a segment longer than the first: when the first is the longer, it is the headline
        // and what follows is the site ("Headline - The Blog Herald"), whose logo may be bold.
        func size(_ segment: String) -> Int { spaced ? segment.split(separator: " ").count : segment.count }
        let minimum = spaced ? minimumWords : minimumUnspacedCharacters
        let firstSize = size(segments[0])
        let wanted = Set(segments.dropFirst()
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { let n = size($0); return n >= minimum && n > firstSize }
            .map(TitleLetters.of))
        guard !wanted.isEmpty else { return nil }
        var looked = 0
        for (i, node) in document.nodes.enumerated()
        where !node.isText && (node.tag == "b" || node.tag == "strong") && layout.chrome[i] == nil {
            let text = WhitespaceNormalizer.normalize(document.text(of: i))
            if text.utf8.count < maximumBytes, wanted.contains(TitleLetters.of(text)) { return text }
            // The headline comes early; a page of bold labels is not read to its end.
            looked += 1
            if looked == maximumBoldElements { break }
        }
        return nil
    }
}
