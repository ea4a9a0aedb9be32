/// The metadata line of an article's header, set under its headline: a byline ("by Name, date")
/// or a short date line, never a paragraph of prose or a caption. One test for every rule that
/// looks for a header (headline finders, body anchors, short posts).
enum HeaderMetadataLine {
    /// A line with a date and more words than this is a sentence that mentions a date, or a
    /// teaser's title with its date glued on.
    static let maxDateLineWords = 12
    /// Where a teaser cannot be the header (the first header of the page, above its end markers), a
    /// date line may carry more: "Posted on <date> by <name> · 2 comments".
    static let maxWordyDateLineWords = 16

    /// Which noise a metadata line may carry and still head an article.
    enum AllowedNoise {
        /// Whatever noise marks the line.
        case any
        /// None but repetition: a byline repeated in the page is still a header's line, while a
        /// line inside a noise block heads no run of prose.
        case cleanOrRepeated
        /// Any but a related-stories or comments label's: those end an article, they head none.
        case anyButRelatedOrComments

        @inline(__always)
        func allows(_ noise: NoiseReason?) -> Bool {
            switch self {
            case .any: return true
            case .cleanOrRepeated: return noise == nil || noise == .repeated
            case .anyButRelatedOrComments: return noise != .comments && noise != .related
            }
        }
    }

    /// `creditsCount`: a byline or date set small under a headline often reads as a photo credit or
    /// caption ("By The Wire Service"); finding the headline may trust its position, choosing the
    /// body may not (a dated caption inside the article is no header). `allowing`: the noise the
    /// line may carry.
    static func matches(_ line: TextLine, _ ev: LineEvidence, allowing noise: AllowedNoise = .any,
                        maxDateWords: Int = maxDateLineWords, creditsCount: Bool = false) -> Bool {
        matches(noise: ev.noise, shape: ev.shape, isCaption: ev.isCaption, hasByline: ev.byline != nil, hasDate: ev.dateISO != nil,
                wordCount: line.wordCount, allowing: noise, maxDateWords: maxDateWords, creditsCount: creditsCount) {
            YearlessDateLine.matches(line) || UnparsedMonthDateLine.matches(line)
        }
    }

    /// `matches` for line `i`, its evidence read field by field in place: a copy of the whole would
    /// retain its every string, and most lines are settled by their noise or shape.
    static func matches(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], allowing noise: AllowedNoise = .any,
                        maxDateWords: Int = maxDateLineWords, creditsCount: Bool = false) -> Bool {
        matches(noise: evidence[i].noise, shape: evidence[i].shape, isCaption: evidence[i].isCaption,
                hasByline: evidence[i].byline != nil, hasDate: evidence[i].dateISO != nil, wordCount: lines[i].wordCount,
                allowing: noise, maxDateWords: maxDateWords, creditsCount: creditsCount) {
            YearlessDateLine.matches(lines[i]) || UnparsedMonthDateLine.matches(lines[i])
        }
    }

    @inline(__always)
    private static func matches(noise lineNoise: NoiseReason?, shape: LineShape, isCaption: Bool, hasByline: Bool, hasDate: Bool,
                                wordCount: Int, allowing noise: AllowedNoise, maxDateWords: Int, creditsCount: Bool,
                                yearlessDate: () -> Bool) -> Bool {
        guard noise.allows(lineNoise), shape != .good, creditsCount || !isCaption else { return false }
        if hasByline || (hasDate && wordCount <= maxDateWords) { return true }
        // A date without a year ("<weekday> <month> 24, @10:05AM", "04.11.19") the parser leaves undated.
        return !hasDate && wordCount <= maxDateWords && yearlessDate()
    }

    /// The `--explain` evidence for the header line at `i`: names a date the parser left without a year.
    static func note(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> String {
        guard i < lines.count, evidence[i].byline == nil, evidence[i].dateISO == nil else { return "" }
        if UnparsedMonthDateLine.matches(lines[i]) { return " (a date whose month name the parser does not know: a day by a year)" }
        return " (a date without a year: day and month with a clock time, or two-digit groups)"
    }

    /// Line `i` is the metadata line of an article's header: it `matches` (with `allowing` and
    /// `maxDateWords`) and a headline of at least `headlineWords` words stands over it. The rules
    /// that anchor a body to its header differ only in these three choices.
    static func isArticleHeader(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], allowing noise: AllowedNoise = .any,
                                maxDateWords: Int = maxDateLineWords, headlineWords: Int = 0) -> Bool {
        matches(i, lines, evidence, allowing: noise, maxDateWords: maxDateWords)
            && headline(over: i, lines, evidence, minimumWords: headlineWords) != nil
    }

    /// The headline over the metadata line at `i`: the nearest title-like line at most three lines
    /// above it with at least `minimumWords` words; nil when there is none.
    static func headline(over i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], minimumWords: Int = 0) -> Int? {
        stride(from: i - 1, through: max(0, i - 3), by: -1).first {
            TextMetadataExtractor.isTitleCandidate(lines[$0], evidence[$0]) && lines[$0].wordCount >= minimumWords
        }
    }
}
