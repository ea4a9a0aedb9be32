/// A blog's about-blurb or intro box at the top of the page is one paragraph of good prose, while
/// the post further down is a few short lines (a picture's caption, a list of links) that score as
/// nothing: the blurb is the heaviest run, yet the post is the article. The post shows itself by
/// its frame: a headline on top and the page's comment section right under its footer (share
/// buttons, "Posted by", a response count). Weighed by its words, with the comment section's share
/// rule, like `PostBeforeCommentSection`, whose heavier run lies past the section instead.
enum PostBelowLoneParagraph: BodyEvidenceSource {
    static let evidence = "post under its headline, ending at the comment section; the heavier run is a lone paragraph far above it"
    /// The heavier run is a blurb when it holds at most this many lines that read as prose, or one
    /// line carries this share of its prose (a few stray sentences of a sidebar around it).
    static let maxBlurbLines = 1
    static let dominantShare = 0.75
    /// A byline this close above the heavier run makes it an article under its header.
    static let maxBylineLead = 6
    /// Sidebar or navigation lines between the blurb and the post: an author box right under an
    /// article of one paragraph is no blurb above a post.
    static let minimumGap = 8
    /// The post holds at most this many lines, footer included.
    static let maxPostLines = 24
    /// The post's own lines must hold this many words.
    static let minimumWords = 8
    /// A footer line ("Posted", "1 response", "Views") holds at most this many words.
    static let maxFooterWords = 4
    /// A date line heading a post holds at most this many words.
    static let maxDateWords = 6
    /// The headline is among the few short lines over the post's first content line.
    static let maxHeadlineLead = 4
    /// This many short lines in a row are a list of links, not a post's frame.
    static let maxShortLines = 6
    /// A content line of the post holds this many words.
    static let minimumContentWords = 6
    /// A line this long is the post's text even when it could read as a headline.
    static let minimumLongWords = 10

    /// The post right above the first comments header below a lone-paragraph heaviest run; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        let blurb = heaviest.range
        guard !blurb.isEmpty, let paragraph = loneParagraph(blurb, scores), !isUnderByline(blurb, evidence) else { return nil }
        guard let header = (blurb.upperBound..<lines.count).first(where: {
            CommentSectionGuard.isCommentsHeader(lines[$0], evidence[$0])
        }) else { return nil }
        // The footer under the post is no part of it.
        var end = header
        while end > blurb.upperBound, header - end < maxPostLines, isFooter(lines[end - 1], evidence[end - 1]) { end -= 1 }
        // Up from the footer across the post, bridging share buttons and labels; a run of short
        // lines is the sidebar's links, of which only the lowest few may head the post.
        var top = end
        var shortLines = 0
        while top > blurb.upperBound, isPostOrFooter(evidence[top - 1]) {
            top -= 1
            if end - top > maxPostLines { return nil }
            guard evidence[top].noise == nil else { continue }
            shortLines = isContent(top, lines, evidence) ? 0 : shortLines + 1
            if shortLines == maxShortLines {
                top += maxShortLines - maxHeadlineLead
                break
            }
        }
        // The post starts at its headline: a back link or a date above it is its frame.
        // A post of short lines only has its last line for content.
        let content = (top..<end).first(where: { isContent($0, lines, evidence) }) ?? end - 1
        guard top < end, let headline = (top..<content).last(where: { isHead($0, lines, evidence) }),
              headline - paragraph > minimumGap else { return nil }
        let post = headline..<end
        let words = PostBeforeCommentSection.postWords(lines, evidence, post)
        guard words >= minimumWords, !CommentSectionGuard.isIndexPage(lines, evidence) else { return nil }
        return BodyCandidate(range: post, prose: Double(words),
                             features: [BodyFeature(evidence: Self.evidence, weight: .factor(1 / CommentSectionGuard.minimumShare),
                                                    keepsShortLines: true)])
    }

    /// A byline or date line just above or inside the run heads an article: a blurb has none.
    private static func isUnderByline(_ run: Range<Int>, _ evidence: [LineEvidence]) -> Bool {
        (max(0, run.lowerBound - maxBylineLead)..<run.upperBound).contains { evidence[$0].byline != nil || evidence[$0].dateISO != nil }
    }

    /// The run's heaviest line, when at most `maxBlurbLines` lines of the run read as prose or that
    /// one line carries most of it.
    private static func loneParagraph(_ run: Range<Int>, _ scores: [Double]) -> Int? {
        var proseLines = 0
        var prose = 0.0
        var largest = run.lowerBound
        for i in run where scores[i] > 0 {
            proseLines += 1
            prose += scores[i]
            if scores[i] > scores[largest] { largest = i }
        }
        return proseLines <= maxBlurbLines || scores[largest] >= dominantShare * prose ? largest : nil
    }

    /// Labelled only for recurring within the page ("2x in page"), as a post's headline does in the sidebar.
    private static func repeatsInPage(_ ev: LineEvidence) -> Bool {
        (ev.noise == .repeated || ev.noise == .related) && ev.noiseSource?.isRepeatedInPage == true
    }

    /// A clean line, or a small interruption inside a post's frame (share buttons, a "Posted"
    /// label, an image credit, its headline repeated in the sidebar); section furniture (menus,
    /// teasers, appeals) ends the post.
    private static func isPostOrFooter(_ ev: LineEvidence) -> Bool {
        switch ev.noise {
        case nil, .social?, .banner?, .advertisement?, .credit?, .fragment?: return true
        case .repeated?, .related?: return repeatsInPage(ev)
        default: return false
        }
    }

    /// A line of the post's footer: a label or a count, not a sentence of the post.
    private static func isFooter(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        ev.noise != nil || (line.wordCount <= maxFooterWords && !line.endsSentence)
    }

    /// A headline (capitalised, not a link with an arrow) or a date line over the post's first content line.
    private static func isHead(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let line = lines[i]
        let ev = evidence[i]
        // A headline may recur in the sidebar's list of recent posts.
        guard ev.noise == nil || repeatsInPage(ev) else { return false }
        if ev.dateISO != nil { return line.wordCount <= maxDateWords }
        guard ArticleHeadline.matches(line, ev), !startsWithArrow(line) else { return false }
        // Tag and archive links are often lower case; a headline starts with a capital (or an uncased script).
        return line.text.first(where: \.isLetter).map { !$0.isLowercase } ?? false
    }

    /// A clean line of the post's text: a sentence or a long line, not its head, a label or a link.
    private static func isContent(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard evidence[i].noise == nil else { return false }
        let words = lines[i].wordCount
        if words >= minimumLongWords { return true }
        return (words >= minimumContentWords || lines[i].endsSentence) && !isHead(i, lines, evidence)
    }

    /// "« Back to blog", "< Previous": a lone symbol before the words marks a link, not a headline.
    private static func startsWithArrow(_ line: TextLine) -> Bool {
        guard let first = line.text.first, !first.isLetter, !first.isNumber else { return false }
        return line.text.dropFirst().first == " "
    }
}
