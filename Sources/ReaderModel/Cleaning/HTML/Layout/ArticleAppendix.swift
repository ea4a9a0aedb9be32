/// A data table or the footnotes an article ends with, set in boxes of their own right after its
/// last container: a page exported from a word processor ends the memo's text, then puts the
/// table it refers to ("districts listed on the last page") and its notes in sibling boxes. The
/// boxes score little (short cells, a few notes), yet they are the article's own text.
enum ArticleAppendix {
    /// Links a table or notes box may carry: notes link back to their markers, a listing is its links.
    static let maximumLinkDensity = 0.3
    /// Text of a line over the table the box may also hold ("Table 2", "Districts by tier:").
    static let maximumLabelBytes = 80

    static let evidence = "in a box right after the article holding only a data table or footnotes (the article's appendix)"

    /// The unclassed (or content-classed) siblings right after `last`, the article's last root,
    /// each holding only a data table (`DataTableRow`) with short label lines, or only footnotes
    /// (every block opens with a note number), less text in all than the article's
    /// (`articleBytes`); empty when the next sibling with text is neither.
    static func boxes(after last: Int, articleBytes: Int, document: HTMLDocument, blocks: [TextBlock], layout: PageLayout) -> [Int] {
        let nodes = document.nodes
        var found: [Int] = []
        var total = 0
        var tables = DataTableRow()
        var next = nodes[last].nextSibling
        // Blocks in document order: a cursor to the first block of each sibling.
        var b = blocks.firstIndex { $0.node >= next && next >= 0 } ?? blocks.count
        while next >= 0 {
            defer { next = nodes[next].nextSibling }
            if nodes[next].isText || layout.textBytes[next] == 0 { continue }
            guard layout.chrome[next] == nil, nodes[next].classAndID.isEmpty || layout.words[next].isPositive,
                  layout.linkDensity(next) < maximumLinkDensity else { break }
            total += layout.textBytes[next]
            guard total < articleBytes else { break }
            let end = nodes.subtreeEnd(next)
            while b < blocks.count, blocks[b].node < next { b += 1 }
            var tableCells = 0
            var notes = 0
            var lines = 0
            var other = false
            while b < blocks.count, blocks[b].node < end {
                let block = blocks[b]
                b += 1
                if layout.chrome[block.node] != nil { continue }
                lines += 1
                if tables.place(of: block.node, nodes, layout) != nil {
                    tableCells += 1
                } else if opensWithNoteMarker(block.text) {
                    notes += 1
                } else if block.length >= maximumLabelBytes || notes > 0 {
                    other = true
                }
            }
            // A box of no line (a spacer paragraph) is passed over.
            if lines == 0 { continue }
            let table = tableCells >= DataTableRow.minimumRows * DataTableRow.minimumCells && notes == 0
            guard !other, table || (notes > 0 && tableCells == 0) else { break }
            found.append(next)
        }
        return found
    }

    /// "[1] This survey...", "(1) ..." or "¹ ..." — a note opening with its number, bracketed as word
    /// processors export them or set in superscript digits.
    static func opensWithNoteMarker(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return false }
        let close: Unicode.Scalar
        switch first {
        case "[": close = "]"
        case "(": close = ")"
        default:
            // Superscript digits (¹ ² ³ and U+2070–2079), then a space.
            var digits = 0
            var scalar: Unicode.Scalar? = first
            while let s = scalar, isSuperscriptDigit(s) { digits += 1; scalar = scalars.next() }
            return (1...3).contains(digits) && (scalar == " " || scalar == "\u{A0}")
        }
        var digits = 0
        while let scalar = scalars.next() {
            if scalar.value >= 0x30 && scalar.value <= 0x39 { digits += 1; continue }
            return scalar == close && (1...3).contains(digits)
        }
        return false
    }

    private static func isSuperscriptDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xB9, 0xB2, 0xB3, 0x2070, 0x2074...0x2079: return true
        default: return false
        }
    }
}
