/// A short line that an arrow or a lone guillemet points off ("« Older post title", "Next page »",
/// "← Back to the index", "« Prev title | Main | Next title »") is a link to another page: the
/// post navigation under a blog post, a "more" link under a box. Guillemets also quote (French,
/// Russian, Arabic, and the Nordic »…»), so a line counts only when its mark opens or closes nothing
/// on the line: it stands alone at one end, the line ends no sentence, and only a "|"-parted row may
/// carry marks at both ends.
enum ArrowLinkLine {
    static let evidence = "a link arrow: a lone guillemet or arrow at one end of a short line that ends no sentence"
    /// Longest such line, in words: a title with its arrow.
    static let maxWords = 25

    /// Marks such lines inside the chosen body, where they would stay; lines around the body are
    /// left as they are, since a link's neighbours (a headline under "« Older post") are judged by
    /// their place among the page's furniture.
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence], in body: Range<Int>) {
        for i in body where evidence[i].noise == nil && lines[i].wordCount >= 1 && lines[i].wordCount <= maxWords
            && mayHoldArrow(lines[i].text) && isArrowLink(lines[i].text) {
            evidence[i].noise = .navigation
            evidence[i].noiseSource = .rule(Self.evidence)
            evidence[i].isCaption = false
        }
    }

    /// Every mark is two or three UTF-8 bytes led by C2 or E2: a line that neither starts with such
    /// a lead nor ends in one of the marks' last bytes is ruled out before any character is read.
    @inline(__always)
    private static func mayHoldArrow(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return first == 0xC2 || first == 0xE2 || last == 0xBB || last == 0xBA || last == 0x92
    }

    static func isArrowLink(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        let startsOpen = opens(first)
        let endsClosed = closes(last)
        // Most lines led by a curly quote or a dash pass the byte test: they go here, unread.
        guard startsOpen || endsClosed else { return false }
        var opening = 0
        var closing = 0
        for s in scalars {
            if opens(s) { opening += 1 } else if closes(s) { closing += 1 }
        }
        // The words between the marks end no sentence (a quoted paragraph does).
        let inner = scalars.dropFirst(startsOpen ? 1 : 0).dropLast(endsClosed ? 1 : 0)
        guard let end = inner.last(where: { !$0.properties.isWhitespace }), !endsSentence(end) else { return false }
        if startsOpen, endsClosed { return opening == 1 && closing == 1 && text.utf8.contains(124) }
        if startsOpen { return opening == 1 && closing == 0 }
        return closing == 1 && opening == 0
    }

    /// «, ‹, ← (pointing back).
    @inline(__always)
    private static func opens(_ s: Unicode.Scalar) -> Bool { s == "\u{AB}" || s == "\u{2039}" || s == "\u{2190}" }

    /// », ›, → (pointing on).
    @inline(__always)
    private static func closes(_ s: Unicode.Scalar) -> Bool { s == "\u{BB}" || s == "\u{203A}" || s == "\u{2192}" }

    private static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{061F}", ":", ";": return true
        default: return false
        }
    }
}
