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
    /// nil when that is too short to be a headline. The colon is sought on bytes from the end: a
    /// Character walk over every dated last paragraph cost 2.8% of cleaning a text copy.
    static func quotedTail(_ text: Substring) -> Substring? {
        let utf8 = text.utf8
        var i = utf8.endIndex
        var afterColon: String.Index?
        while i > utf8.startIndex {
            i = utf8.index(before: i)
            let byte = utf8[i]
            if byte == 0x3A { afterColon = utf8.index(after: i); break }
            // `：` is EF BC 9A.
            if byte == 0x9A, let lead = utf8.index(i, offsetBy: -2, limitedBy: utf8.startIndex),
               utf8[lead] == 0xEF, utf8[utf8.index(after: lead)] == 0xBC {
                afterColon = utf8.index(after: i)
                break
            }
        }
        guard let afterColon, utf8.distance(from: afterColon, to: utf8.endIndex) >= minimumHeadlineBytes else { return nil }
        var tail = text[afterColon...]
        while let c = tail.first, c == " " || c == "\u{00A0}" { tail = tail.dropFirst() }
        while let c = tail.last, c == "." || c == "。" || c == " " { tail = tail.dropLast() }
        return tail.utf8.count >= minimumHeadlineBytes ? tail : nil
    }

    /// A line above the note (the headline, inside or over the body) reads `quoted`, ignoring case (the paper may set it in capitals).
    static func quotes(_ quoted: Substring, above end: Int, _ lines: [TextLine]) -> Bool {
        let length = quoted.utf8.count
        let folded = quoted.lowercased()
        return (0..<end).contains { lines[$0].text.utf8.count == length && lines[$0].text.lowercased() == folded }
    }
}
