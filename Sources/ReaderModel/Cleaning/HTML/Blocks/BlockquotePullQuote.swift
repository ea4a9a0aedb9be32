/// A pull quote set in a `<blockquote>` of the article's body (not an `<aside>`, which is furniture
/// already): a sentence of one of the paragraphs just above it, shown again in large type. The
/// paragraph keeps the sentence and the quote goes, so the article says it once. Only a quote whose
/// whole text, without the quote marks the page adds, stands inside a longer paragraph above it
/// goes: a quotation of another text, which no paragraph holds, stays.
enum BlockquotePullQuote {
    static let evidence = "pull quote: a <blockquote> repeating a sentence of a paragraph above it"
    /// The paragraph it repeats is one of the last this many.
    static let window = 8
    /// Bytes of the quote's text: a sentence or two, not a quoted letter.
    static let quoteBytes = 24...400

    /// Block node `node` is a `<blockquote>` or a paragraph right inside one.
    @inline(__always)
    static func isQuoteBox(_ node: Int, _ nodes: [HTMLNode]) -> Bool {
        nodes[node].tag == "blockquote" || (nodes[node].parent >= 0 && nodes[nodes[node].parent].tag == "blockquote")
    }

    /// True when `block` (in a quote box) repeats a sentence of one of `paragraphs` (the body's last
    /// paragraphs, in page order).
    static func repeats(_ block: TextBlock, paragraphs: [String]) -> Bool {
        guard quoteBytes.contains(block.length) else { return false }
        let core = withoutQuoteMarks(block.text)
        guard core.utf8.count >= quoteBytes.lowerBound, core.utf8.contains(0x20) else { return false }
        // Searched in the bytes (`ByteSearch`): the String searches each cost 0.5% or more of the HTML folder.
        var needle = String(core)
        return needle.withUTF8 { quote in
            paragraphs.contains { paragraph in
                var paragraph = paragraph
                guard paragraph.utf8.count > quote.count + 10 else { return false }
                return paragraph.withUTF8 { ByteSearch.holds($0, quote) }
            }
        }
    }

    /// The text without the quote marks and spaces around it.
    static func withoutQuoteMarks(_ text: String) -> Substring {
        let marks: Set<Character> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}",
                                     "\u{2039}", "\u{203A}", "\u{300C}", "\u{300D}", " "]
        var core = Substring(text)
        while let first = core.first, marks.contains(first) { core = core.dropFirst() }
        while let last = core.last, marks.contains(last) { core = core.dropLast() }
        return core
    }
}
