/// A post's footer line ("Posted in ... | 1 Comment", "Tags: ...", a share label, a copyright
/// line) closes the article. A short paragraph after it that ends the body is the footer's own
/// text (the feed and trackback notice, a reprint notice, a site blurb), not the article's last
/// paragraph: the article ends at the prose above the footer line.
enum PostFooterParagraph: BodyEndTrimmer {
    static let evidence = "a short last paragraph under the post's footer line (posted-in, tags, share or copyright line)"
    /// The paragraph is at most this long...
    static let maxWords = 60
    /// ...and the article above it holds at least this many times its words.
    static let minimumProseRatio = 2.0
    /// How many lines may part the paragraph from the article's last prose.
    static let maxGap = 8

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3, let last = body.last else { return body }
        let paragraph = evidence[last]
        guard paragraph.noise == nil, paragraph.shape != .short, !paragraph.isCaption, !paragraph.isTableRow,
              paragraph.listItem == nil, lines[last].wordCount <= maxWords else { return body }
        var footer: NoiseReason?
        var k = last - 1
        while k >= body.lowerBound, scores[k] <= 0 {
            // A lead-in label ("Update:", "More:") introduces the paragraph instead of closing the post.
            if lines[k].text.last == ":" || last - k > maxGap { return body }
            if footer == nil, let sign = footerSign(lines[k], evidence[k]) {
                // A dated line heading each of a run of posts heads this paragraph too: it is the last post.
                if PostHeaderRun.headsPost(k, lines, evidence) { return body }
                // The same line closes this paragraph too: it parts entries, the paragraph is the last one.
                if EntrySeparatorLine.closesParagraph(footer: k, last: last, lines) { return body }
                footer = sign
            }
            k -= 1
        }
        guard let footer, k >= body.lowerBound else { return body }
        let prose = BodyEndTrimmers.prose(body.lowerBound..<(k + 1), scores: scores)
        let ratio = BodyEndTrimmers.minimumProseRatio(minimumProseRatio, body, lines, evidence)
        guard prose >= ratio * Double(lines[last].wordCount) else { return body }
        evidence[last].noise = footer
        evidence[last].noiseSource = .rule(Self.evidence)
        return body.lowerBound..<(k + 1)
    }

    /// A line the vocabulary names as the post's footer: a "Posted in" or copyright banner, a share
    /// label, or a navigation line of two words or more ("Tags: ..."); never a sentence.
    @inline(__always)
    private static func footerSign(_ line: TextLine, _ ev: LineEvidence) -> NoiseReason? {
        guard ev.noiseSource == .vocabulary, let noise = ev.noise, !line.endsSentence else { return nil }
        switch noise {
        case .banner, .social: return noise
        case .navigation where line.wordCount >= 2: return noise
        default: return nil
        }
    }
}
