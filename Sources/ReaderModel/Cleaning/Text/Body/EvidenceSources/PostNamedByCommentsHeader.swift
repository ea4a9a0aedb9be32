/// A comments header that quotes the post's title ("12 Responses to “Title”", "3 commentaires sur
/// « Titre »") names, of all the page's lines, the one line that heads the post. A post of a few
/// short lines under it (a video's or a photo's notes, a list of points) scores as nothing, and
/// the chosen run lands on some sidebar teaser; when that run is thin, the clean lines under the
/// named headline are the article.
enum PostNamedByCommentsHeader: BodyEvidenceSource {
    static let evidence = "the post under the headline its comments header quotes"
    /// Below this much prose the chosen run proves nothing against the post the comments name.
    static let thinBody = ShortArticleUnderHeader.thinBody
    /// The post's own lines must hold this many words...
    static let minimumWords = 8
    /// ...within this many lines under its headline.
    static let maxLines = 12
    /// The quoted title holds at least this many bytes: a quoted word or two names no headline.
    static let minimumTitleBytes = 6
    /// The headline line may carry this many words besides the quoted title (a number, a series name).
    static let maxExtraWords = 3
    /// The lines under the quoted headline when the heaviest run is thin; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double],
                          heaviest: BodyCandidate) -> BodyCandidate? {
        var prose = 0.0
        for i in heaviest.range { prose += max(0, scores[i]) }
        guard prose < thinBody else { return nil }
        for h in lines.indices where isCommentsHeader(lines[h], evidence[h]) {
            guard let title = quotedTitle(lines[h].text) else { continue }
            // The nearest line above that ends with the quoted title; a number or a label may lead it.
            guard let headline = stride(from: h - 1, through: 0, by: -1).first(where: { isHeadline(lines[$0], named: title) }),
                  let post = post(under: headline, lines, evidence), post.upperBound <= h else { continue }
            guard heaviest.range.isEmpty || post.upperBound <= heaviest.range.lowerBound || post.lowerBound >= heaviest.range.upperBound
            else { return nil }
            return BodyCandidate(range: post, prose: Double(PostBeforeCommentSection.postWords(lines, evidence, post)),
                                 features: [BodyFeature(evidence: Self.evidence, weight: .decisive, keepsShortLines: true)])
        }
        return nil
    }

    /// A comments header by its words, or by its shape: a short line that opens with a count.
    private static func isCommentsHeader(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        if ev.noise == .comments, ev.noiseSource == .vocabulary { return true }
        guard line.wordCount <= QuotedTitleCommentHeader.maxWords, let first = line.text.unicodeScalars.first else { return false }
        return first.properties.numericType != nil
    }

    /// The text between the line's first opening quote and its last closing quote, when long enough.
    static func quotedTitle(_ text: Substring) -> Substring? {
        guard let open = text.firstIndex(where: { QuotedTitleCommentHeader.openingQuotes.contains($0) }),
              let close = text.lastIndex(where: { QuotedTitleCommentHeader.closingQuotes.contains($0) }), open < close else { return nil }
        let title = text[text.index(after: open)..<close].trimmingOuterSpace()
        return title.utf8.count >= minimumTitleBytes ? title : nil
    }

    /// The line is the title, or ends with it after a few words of its own (a number, a label).
    private static func isHeadline(_ line: TextLine, named title: Substring) -> Bool {
        guard line.text.hasSuffix(title) else { return false }
        guard line.text.utf8.count > title.utf8.count else { return true }
        let lead = line.text.dropLast(title.count)
        guard let last = lead.last, last == " " || last == "\t" else { return false }
        return lead.split(separator: " ").count <= maxExtraWords
    }

    /// The clean lines right under the headline, up to the first line of furniture or metadata, when
    /// they hold a post's words.
    private static func post(under headline: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Range<Int>? {
        var end = headline + 1
        while end < lines.count, end - headline <= maxLines, evidence[end].isCleanOrFragment, !evidence[end].isMetadata,
              !evidence[end].isTimestamp {
            end += 1
        }
        let post = (headline + 1)..<end
        return PostBeforeCommentSection.postWords(lines, evidence, post) >= minimumWords ? post : nil
    }
}
