/// A line other pages of the site hold too, standing inside the page's own prose, is the
/// article's: a heading the site's template repeats in every post ("Ingredients:", a race's "30km"
/// marks, a column's fixed questions), a statement several stories quote, a background sentence a
/// developing story repeats. Marked as site chrome it would be dropped, and being heavy noise it
/// would cut the body there, losing the article's tail (or head) that the page keeps when cleaned
/// alone; given back, the line is read as it is alone.
///
/// Chrome recurs in blocks of its own: menus and footers sit above or below the article, a teaser
/// block holds headlines with bylines and summaries that the site shows elsewhere too, a share bar
/// holds words the vocabulary knows. So the line is given back only when, on each side, the line
/// right beside it is clean and the nearest prose (a clean sentence of a dozen words or more) is
/// the page's own, reached across only clean lines of the page (a list's items, short lines,
/// captions), fragments, labels the page itself repeats, and at most `maximumCrossedRepeats` other
/// site-repeated lines on each side (a recipe's "Ingredients:" and "Method:" around its list);
/// never across metadata: a byline or date says a teaser or another post stands there.
enum SiteRepeatInsideProse {
    static let evidence = "on other pages of the site, but inside the page's own prose"
    /// Site-repeated lines that may be crossed on the way to prose, on each side.
    static let maximumCrossedRepeats = 2
    /// Lines looked at on each side.
    static let window = 40
    /// The prose found on each side holds at least this many words.
    static let proseWords = 12

    /// Gives back the site-repeated lines standing inside the page's own prose. `evidence` holds
    /// the site's marks already; every line is judged on the marks as they were, so the order of
    /// lines does not matter.
    static func release(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var marked: [Int] = []
        for i in evidence.indices where isSiteRepeat(evidence[i]) { marked.append(i) }
        guard !marked.isEmpty else { return }
        var released: [Int] = []
        for i in marked where side(of: i, step: -1, lines, evidence) && side(of: i, step: 1, lines, evidence) {
            released.append(i)
        }
        for i in released {
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
            if evidence[i].keptNote == nil { evidence[i].keptNote = Self.evidence }
        }
    }

    static func isSiteRepeat(_ evidence: LineEvidence) -> Bool {
        guard evidence.noise == .repeated, case .repeatedInSite? = evidence.noiseSource else { return false }
        return true
    }

    /// Whether the nearest prose line on this side is the page's own, past only lines of the page.
    /// The line right beside it must be clean: a label standing among other labels (a follow box,
    /// a share widget, a teaser's headline over its summary) is a block of chrome, however much
    /// prose lies beyond.
    private static func side(of index: Int, step: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var k = index + step
        guard k >= 0, k < lines.count, evidence[k].noise == nil else { return false }
        var looked = 0
        var crossed = 0
        while k >= 0, k < lines.count, looked < window {
            let ev = evidence[k]
            if ev.isMetadata || ev.isTimestamp { return false }
            if isSiteRepeat(ev) {
                crossed += 1
                if crossed > maximumCrossedRepeats { return false }
            } else if let noise = ev.noise {
                // A fragment or a label the page itself repeats is read the same alone.
                guard noise == .fragment || ev.noiseSource?.isSoft == true else { return false }
            } else if isOwnProse(lines[k], ev) {
                return true
            }
            k += step
            looked += 1
        }
        return false
    }

    /// A clean line that reads as the article's prose: a sentence of at least `proseWords` words
    /// (a teaser's one-line headline may end on a full stop too). Shorter clean lines are crossed.
    private static func isOwnProse(_ line: TextLine, _ evidence: LineEvidence) -> Bool {
        evidence.shape == .good && line.endsSentence && line.wordCount >= proseWords && !evidence.isCaption
    }
}
