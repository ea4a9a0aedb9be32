/// An edition note under the article that quotes the page's headline after a colon: "This story ran
/// in the weekend paper of 3 May 2014, page 9, under the headline: Harbour Ferries Return". A
/// newspaper prints where and when the piece appeared in print and under what title; the article's
/// own last paragraph does not end on its headline, and the note stands at the body's very end (a
/// promotion may follow it). The quoted tail is compared with the lines above the body by text
/// alone, so no word of any language is read.
enum HeadlineQuoteNote: BodyEndTrimmer {
    static let evidence = "an edition note under the article: a dated line that ends by quoting the page's headline after a colon"
    /// The note is at most this many words...
    static let maxWords = 60
    /// ...and stands within this many lines of the body's end.
    static let maxLinesFromEnd = 2
    /// The quoted headline is at least this many bytes (a one-word label is no headline).
    static let minimumHeadlineBytes = 12

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 2 else { return body }
        let first = max(body.lowerBound + 1, body.upperBound - maxLinesFromEnd)
        for i in stride(from: body.upperBound - 1, through: first, by: -1) {
            let line = lines[i]
            // Cheap shape first: a dated, bounded line no rule has claimed.
            guard line.hasYearWord, line.wordCount <= maxWords, evidence[i].noise == nil,
                  let quoted = quotedTail(line.text), quotes(quoted, above: i, lines) else { continue }
            // The article above must be more than the note.
            guard BodyEndTrimmers.proseWords(body.lowerBound..<i, lines, scores: scores) > line.wordCount else { return body }
            BodyEndTrimmers.mark(i..<body.upperBound, &evidence, as: .banner, rule: Self.evidence)
            return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(i, lines, scores: scores, body: body)
        }
        return body
    }

    /// What follows the line's last colon (`:` or `：`), without the closing full stop and spaces;
    /// nil when that is too short to be a headline.
    static func quotedTail(_ text: Substring) -> Substring? {
        guard let colon = text.lastIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        var tail = text[text.index(after: colon)...]
        while let c = tail.first, c == " " || c == "\u{00A0}" { tail = tail.dropFirst() }
        while let c = tail.last, c == "." || c == "。" || c == " " { tail = tail.dropLast() }
        return tail.utf8.count >= minimumHeadlineBytes ? tail : nil
    }

    /// A line above the note (the headline, inside or over the body) reads `quoted`, ignoring case (the paper may set it in capitals).
    static func quotes(_ quoted: Substring, above end: Int, _ lines: [TextLine]) -> Bool {
        let length = quoted.utf8.count
        for k in 0..<end where lines[k].text.utf8.count == length {
            if lines[k].text.lowercased() == quoted.lowercased() { return true }
        }
        return false
    }
}
