/// A timeline article prints each entry under a heading that is only a date ("15 de marzo de
/// 2004"). Read alone, such a heading inside the article is the page's date line and goes to the
/// metadata. What makes it the article's is its siblings: at least three headings of its tag
/// under one parent read as dates, each later than the one before (oldest first, as no feed of
/// news reads) and each with a paragraph under it.
enum TimelineDateHeadings {
    static let evidence = "a timeline entry's date heading: one of its sibling headings that read as dates, each later than the last, each over a paragraph"
    /// A timeline has at least this many dated entries.
    static let minimumEntries = 3
    /// A date heading is shorter than this (in bytes).
    static let maximumBytes = 60

    /// Whether the heading `node` is one of a timeline's date headings.
    static func holds(_ node: Int, in document: HTMLDocument) -> Bool {
        let nodes = document.nodes
        guard nodes[node].kind.contains(.heading), nodes[node].parent >= 0 else { return false }
        let tag = nodes[node].tag
        var entries = 0
        var previous: Substring? = nil
        var child = nodes[nodes[node].parent].firstChild
        while child >= 0 {
            defer { child = nodes[child].nextSibling }
            guard nodes[child].tag == tag else { continue }
            let text = document.text(of: child)
            guard text.utf8.count < maximumBytes, let date = DateNormalizer.firstMatch(in: text),
                  text[date.range].count * 2 >= text.count else { continue }
            // The entry: the next element under the same parent is a paragraph.
            var next = nodes[child].nextSibling
            while next >= 0, nodes[next].isText { next = nodes[next].nextSibling }
            guard next >= 0, nodes[next].tag == "p" else { continue }
            let day = date.iso.prefix(10)
            if let previous, day <= previous { return false }
            previous = day
            entries += 1
        }
        return entries >= minimumEntries
    }
}
