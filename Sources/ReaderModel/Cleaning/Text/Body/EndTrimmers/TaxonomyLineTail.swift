/// A post's filing line under its text: a short label and a colon over a list of short names
/// ("Filed in: Harbour, Ferries, Council", "Sorted under: Boats | Marked with: Repairs"). Several
/// labelled lists, or one list of three names or more, each a few words and none a sentence, file
/// the post; the article ends above it, and the little that follows (a blurb, a label) goes too.
/// Colons and list separators of any script count, so no word of the label is needed; a figure
/// anywhere makes the line a record or a stamp instead.
enum TaxonomyLineTail: BodyEndTrimmer {
    static let evidence = "the post's filing line: labelled lists of short names (categories, tags) under the text"
    /// The filing line is looked for among this many last lines of the body.
    static let window = 6
    /// A label is at most this many words, an item at most `maxItemWords`, the line at most `maxWords`.
    static let maxLabelWords = 3
    static let maxItemWords = 4
    static let maxWords = 40
    /// One label needs this many items; two labels suffice on their own.
    static let minimumItems = 3
    /// What follows the line to the body's end holds at most this many words of prose...
    static let maxWordsAfter = 60
    /// ...and the article above at least this many times the words cut.
    static let minimumProseRatio = 2.0

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 2 else { return body }
        let first = max(body.lowerBound + 1, body.upperBound - window)
        for t in first..<body.upperBound where evidence[t].noise == nil && !evidence[t].isTableRow && evidence[t].listItem == nil
            && lines[t].wordCount <= maxWords {
            // A line has no more labels than colons, and more labels only ease `isNameList`: lines
            // that fail it with one label a colon are ruled out before the character walk.
            let colons = colonCount(lines[t].text)
            guard colons > 0, isNameList(lines[t], labels: colons),
                  let labels = filingLabels(lines[t].text), isNameList(lines[t], labels: labels),
                  !isRecordField(lines[t].text, lines, body: body, at: t) else { continue }
            var after = 0
            var cutWords = lines[t].wordCount
            for k in (t + 1)..<body.upperBound {
                cutWords += lines[k].wordCount
                if scores[k] > 0 { after += lines[k].wordCount }
            }
            guard after <= maxWordsAfter else { continue }
            let ratio = BodyEndTrimmers.minimumProseRatio(minimumProseRatio, body, lines, evidence)
            var end = t
            // The footer's own paragraph glued over the line, under a box of removed lines that already
            // closed the article, goes with it; the article ended at the box, so only that paragraph is
            // weighed against it, not what the page set under the line.
            if let footer = FooterParagraphUnderBox.find(above: t, lines, evidence, scores: scores, body: body),
               BodyEndTrimmers.prose(body.lowerBound..<footer.box, scores: scores) >= ratio * Double(lines[footer.paragraph].wordCount) {
                BodyEndTrimmers.mark(footer.paragraph..<t, &evidence, as: .navigation, rule: FooterParagraphUnderBox.evidence)
                end = footer.box
            } else {
                guard BodyEndTrimmers.prose(body.lowerBound..<t, scores: scores) >= ratio * Double(cutWords) else { return body }
            }
            // Labels left between the article and the line go with it.
            let cut = BodyEndTrimmers.startOfTrailingLabels(end, lines, scores: scores, body: body)
            BodyEndTrimmers.mark(t..<body.upperBound, &evidence, as: .navigation, rule: Self.evidence)
            return body.lowerBound..<cut
        }
        return body
    }

    /// A label that opens other lines of the body too ("Leader: ..." under every walk of a list) is a
    /// field of a record the article lists, not the post's filing.
    static func isRecordField(_ text: Substring, _ lines: [TextLine], body: Range<Int>, at t: Int) -> Bool {
        guard let label = RecordFieldLabels.label(text) else { return false }
        return body.contains { $0 != t && lines[$0].text.hasPrefix(label) && RecordFieldLabels.label(lines[$0].text) == label }
    }

    /// Names, not a sentence: few function words (in a language the word list knows; elsewhere the
    /// shape alone decides). A label may join its verb to a preposition ("Filed under:", "Tagged
    /// with:"): one function word per label is the label's, not the names', and is counted apart.
    @inline(__always)
    static func isNameList(_ line: TextLine, labels: Int = 0) -> Bool {
        let labelWords = min(labels, line.stopwordCount)
        return (line.stopwordCount - labelWords) * 10 <= (line.wordCount - labelWords) * 3
    }

    /// The line opens with a short label and a colon; what follows splits, at list separators and
    /// further labels, into short items with no sentence end among them (a closing stop aside).
    static func isFilingLine(_ text: Substring) -> Bool { filingLabels(text) != nil }

    /// How many labels a filing line holds (`isFilingLine`); nil for any other line.
    static func filingLabels(_ text: Substring) -> Int? {
        // No colon, no label: most last lines are ruled out on their bytes before the character walk.
        guard colonCount(text) > 0 else { return nil }
        var labels = 0
        var items = 0
        var words = 0
        var inWord = false
        var sawLabel = false
        var sentenceEnd = false
        var prev: Character = " "
        for c in text {
            switch c {
            case ":", "：":
                // A label closes: the words since the last separator name it (a clock "12:30" has no word).
                guard words >= 1, !sentenceEnd else { return nil }
                if sawLabel {
                    // A further label closes the item before it ("... Leadership Marked with: ...").
                    guard words >= 2, words <= maxItemWords + maxLabelWords else { return nil }
                    items += 1
                } else if words > maxLabelWords {
                    return nil
                }
                labels += 1
                sawLabel = true
                words = 0
                inWord = false
            case "\t":
                // Tab-parted cells are a table row.
                return nil
            case ",", "、", "،", "|", "·", "•", ";":
                guard sawLabel, words >= 1, words <= maxItemWords, !sentenceEnd else { return nil }
                items += 1
                words = 0
                inWord = false
            case ".", "!", "?", "。", "！", "？":
                // A stop inside an item ("Dr.", "U.S.") is allowed when a letter follows without a space.
                if sawLabel { sentenceEnd = true }
                inWord = false
            default:
                // Names carry no figures: a line with them is a record ("Serves: 4", "Per portion:
                // 60 kcal, 2 g fat, ...") or a time stamp, not a post's categories.
                if c.isNumber { return nil }
                if c.isWhitespace {
                    inWord = false
                } else {
                    if sentenceEnd, !(prev == "." && c.isLetter) { return nil }
                    sentenceEnd = false
                    if !inWord { words += 1; inWord = true }
                }
            }
            prev = c
            if !sawLabel, words > maxLabelWords { return nil }
        }
        guard sawLabel else { return nil }
        if words >= 1 {
            guard words <= maxItemWords else { return nil }
            items += 1
        }
        return (labels >= 2 ? items >= labels : items >= minimumItems) ? labels : nil
    }

    /// How many colons, ":" or the full-width "：" (EF BC 9A), the line's bytes hold.
    private static func colonCount(_ text: Substring) -> Int {
        text.utf8.withContiguousStorageIfAvailable(colonCount) ?? colonCount(Array(text.utf8))
    }

    private static func colonCount<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        var count = 0
        var before: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte == 0x3A || (byte == 0x9A && before == (0xEF, 0xBC)) { count += 1 }
            before = (before.1, byte)
        }
        return count
    }
}
