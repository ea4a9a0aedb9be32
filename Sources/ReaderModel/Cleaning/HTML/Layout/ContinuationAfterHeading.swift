/// The article's last section moved into the next container: the chosen element ends on a short
/// heading line that introduces nothing inside it, and the element right after it holds the prose
/// that heading introduces (a methodology note, a closing section the template split off).
enum ContinuationAfterHeading {
    /// A heading line: short, unlinked, without a sentence's closing punctuation.
    static let maximumHeadingBytes = 80
    /// Prose the next container must hold (blocks of 80 bytes or more with under 30% links).
    static let minimumProseBytes = 200

    /// The element right after `last` (the last of the article's roots) when `last`'s final block
    /// outside furniture is a heading line and that element is outside furniture, has under 20% links
    /// and holds `minimumProseBytes` of prose making up most of its text, less text than the
    /// article's (`articleBytes`: a closing section, not a comment thread after a short post); nil otherwise.
    static func container(after last: Int, articleBytes: Int, document: HTMLDocument, blocks: [TextBlock], layout: PageLayout) -> Int? {
        let nodes = document.nodes
        let lastEnd = nodes.subtreeEnd(last)
        guard let tail = blocks.lastIndex(where: { $0.node >= last && $0.node <= lastEnd && layout.chrome[$0.node] == nil }) else { return nil }
        var next = nodes[last].nextSibling
        while next >= 0, nodes[next].isText || layout.textBytes[next] == 0 { next = nodes[next].nextSibling }
        guard next >= 0, layout.chrome[next] == nil, layout.linkDensity(next) < 0.2, layout.textBytes[next] < articleBytes else { return nil }
        if ListAfterClosingHeading.holds(heading: blocks[tail], list: next, document: document, layout: layout) { return next }
        guard isHeadingLine(blocks[tail]) else { return nil }
        let nextEnd = nodes.subtreeEnd(next)
        var prose = 0
        for block in blocks[(tail + 1)...] {
            if block.node > nextEnd { break }
            if block.node >= next, block.length >= 80, block.linkDensity < 0.3, layout.chrome[block.node] == nil { prose += block.length }
        }
        guard prose >= minimumProseBytes, prose * 2 > layout.textBytes[next] else { return nil }
        return next
    }

    static func isHeadingLine(_ block: TextBlock) -> Bool {
        guard block.length < maximumHeadingBytes, block.linkLength == 0, let last = block.text.unicodeScalars.last else { return false }
        return last.properties.isAlphabetic || ("0"..."9").contains(last)
    }
}
