/// Links to other stories set under the article without a header that names them: from some line
/// to the body's end, nothing but headline-shaped lines (mostly capitalised, no closing full stop),
/// each with at most one summary under it, and dates, labels or furniture between them. A listicle's
/// or a report's own subheads each head a paragraph; a teaser stands bare ("headline, headline,
/// headline") or carries a date with its summary, so only runs of such units are cut. In a script
/// without spaces or capitals (Chinese, Japanese, Thai, Korean) a headline is read by its length in
/// word units and its open end (`UnspacedHeadline`, `UncasedHeadline`), as the glued teaser lists
/// are: the blank lines between such teasers kept them out of `UnspacedTeaserRun`.
enum TeaserRunTail: BodyEndTrimmer {
    static let evidence = "a run of headline-shaped lines, each bare or dated, under the article's last paragraph"
    /// Headlines the run needs, each bare or dated.
    static let minimumHeadlines = 3
    /// A headline is this many words...
    static let headlineWords = 3...24
    /// ...and a summary under it at most this many.
    static let maxSummaryWords = 45
    /// The article above the run: this much prose, one sentence of it a full paragraph.
    static let minimumProseAbove = 20.0

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= minimumHeadlines + 1 else { return body }
        var proseAbove = 0.0
        var paragraphAbove = false
        var i = body.lowerBound
        while i < body.upperBound {
            guard proseAbove >= minimumProseAbove, paragraphAbove, i > body.lowerBound, isHeadline(lines[i], evidence[i]),
                  !isLeadIn(lines[i - 1]) else {
                proseAbove += max(0, scores[i])
                if isParagraph(lines[i], evidence[i]) { paragraphAbove = true }
                i += 1
                continue
            }
            switch run(from: i, lines, evidence, end: body.upperBound) {
            case .teasers:
                var cut = i
                // Labels and furniture left between the article and the run go with it.
                while cut > body.lowerBound, isFiller(lines[cut - 1], evidence[cut - 1]) { cut -= 1 }
                BodyEndTrimmers.mark(cut..<body.upperBound, &evidence, as: .related, rule: Self.evidence)
                return body.lowerBound..<cut
            case .brokenAt(let k):
                // Every start up to the line that broke the run breaks there too.
                for j in i..<k {
                    proseAbove += max(0, scores[j])
                    if isParagraph(lines[j], evidence[j]) { paragraphAbove = true }
                }
                i = max(k, i + 1)
            case .notTeasers:
                proseAbove += max(0, scores[i])
                i += 1
            }
        }
        return body
    }

    enum RunReading: Equatable { case teasers, brokenAt(Int), notTeasers }

    /// Reads from the headline at `start` to `end`: teasers when every line is a headline, a filler
    /// or one summary under a headline, and every unit with a summary carries a date.
    static func run(from start: Int, _ lines: [TextLine], _ evidence: [LineEvidence], end: Int) -> RunReading {
        var headlines = 1
        var undatedSummaries = 0
        var unitDated = evidence[start].isMetadata
        var unitSummary = false
        var headlinesWithFunctionWords = carriesFunctionWords(lines[start]) ? 1 : 0
        for k in (start + 1)..<end {
            let line = lines[k]
            let ev = evidence[k]
            if isHeadline(line, ev) {
                if unitSummary, !unitDated { undatedSummaries += 1 }
                headlines += 1
                if carriesFunctionWords(line) { headlinesWithFunctionWords += 1 }
                // A headline may carry its own date ("... - November 8, 2024").
                unitDated = ev.isMetadata
                unitSummary = false
            } else if unitSummary, isDatedTitle(line, ev) {
                // A unit has one summary: a dated line after it is the next teaser's title.
                headlines += 1
                if carriesFunctionWords(line) { headlinesWithFunctionWords += 1 }
                unitDated = true
                unitSummary = false
            } else if isFiller(line, ev) {
                if ev.isMetadata || ev.isTimestamp { unitDated = true }
            } else if !unitSummary, isSummary(line, ev) {
                unitSummary = true
            } else {
                return .brokenAt(k)
            }
        }
        if unitSummary, !unitDated { undatedSummaries += 1 }
        // A run of names or product lines ("Model X 200 Pro") has no function words; headlines do.
        guard headlines >= minimumHeadlines, headlinesWithFunctionWords * 2 >= headlines else { return .notTeasers }
        // A teaser stands bare or carries a date. A paragraph under an undated headline is a subhead's
        // text, a listing's record (an address, a price, a paragraph) or the article's note on a link.
        return undatedSummaries == 0 ? .teasers : .notTeasers
    }

    /// A story's title: a handful of words, at least three in five capitalised, no closing full stop
    /// (a question, an exclamation or an ellipsis may close it); not a caption or a table cell. In
    /// a script without spaces or capitals, a headline's length in word units and no full stop.
    @inline(__always)
    static func isHeadline(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard !ev.isCaption, !ev.isTableRow, ev.listItem == nil else { return false }
        if let noise = ev.noise, noise != .related, noise != .repeated, noise != .fragment, noise != .metadata { return false }
        if headlineWords.contains(line.wordCount), !line.script.isUnspaced, line.capitalizedCount * 5 >= line.wordCount * 3 {
            return !(line.text.hasSuffix(".") && !line.text.hasSuffix("..."))
        }
        return isUncasedHeadline(line, ev)
    }

    /// A title closing on its date ("Three new trailers on the store - May 2, 2024"): it reads as a
    /// date line, and its words need not be mostly capitalised. A dated byline or a posting line
    /// ("Posted on May 2, 2024") is not one; nor is a line closing on a full stop.
    @inline(__always)
    static func isDatedTitle(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard ev.dateISO != nil, ev.byline == nil, datedTitleWords.contains(line.wordCount), line.capitalizedCount >= 2,
              !line.endsSentence, let last = line.words.last, last.utf8.count == 4, last.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let first = line.words.first, !datedLineLabels.contains(first) else { return false }
        return true
    }

    /// A title and its date: enough words for both.
    static let datedTitleWords = 6...24
    /// First words of a posting line rather than a title.
    static let datedLineLabels: Set<String> = ["posted", "published", "updated", "by", "on", "date", "last", "first", "written"]

    /// A headline of a script without spaces or capitals. An open line some rule read as prose (a
    /// photo diary's clause, a short Thai paragraph) is none: only those rules make such a short
    /// line without a closing mark a paragraph. Nor is a lead-in ("夜场演出的剧目："), which is
    /// of a headline's length here.
    @inline(__always)
    private static func isUncasedHeadline(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard ev.shape != .good || line.endsSentence else { return false }
        return (UnspacedHeadline.holds(line) || UncasedHeadline.holds(line)) && !isLeadIn(line)
    }

    /// A run of names or product lines has no function words; a cased headline has some. A
    /// headline of a script without spaces or capitals has none to count (`isHeadline` measured it).
    @inline(__always)
    private static func carriesFunctionWords(_ line: TextLine) -> Bool {
        line.stopwordCount > 0 || line.script.isUnspaced || line.capitalizedCount * 5 < line.wordCount * 3
    }

    /// A paragraph of the article above a run: prose closing on a sentence's end, or a Thai line of
    /// prose length (Thai closes no sentence with a mark).
    @inline(__always)
    private static func isParagraph(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard ev.shape == .good, ev.noise == nil else { return false }
        return line.endsSentence || line.script.southeastAsian > 0 && line.script.ideographic == 0 && UnspacedHeadline.isMostlyUnspaced(line)
    }

    /// A label closing on a colon ("Further reading:", "参考：") introduces the list under it as the
    /// article's own.
    @inline(__always)
    static func isLeadIn(_ line: TextLine) -> Bool {
        line.text.hasSuffix(":") || line.text.hasSuffix("：")
    }

    /// What stands between teasers: a line already named furniture, a date or byline, a label of a
    /// word or two.
    @inline(__always)
    static func isFiller(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        if ev.noise != nil || ev.isTimestamp { return true }
        if ev.isMetadata, line.wordCount <= 16 { return true }
        // A category label of a script without spaces ("必看专题") is three word units.
        return line.wordCount <= 2 && !line.endsSentence || line.wordCount == 3 && UnspacedHeadline.isLabel(line)
    }

    /// A teaser's one-paragraph summary.
    @inline(__always)
    static func isSummary(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        line.wordCount <= maxSummaryWords && !ev.isTableRow && ev.listItem == nil
    }
}
