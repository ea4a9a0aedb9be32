/// A post that is a photo, a video or a slideshow has no text: copied as text, its header (a
/// headline over or under its date or byline line) runs straight into what ends a post (a share
/// bar, previous/next links, the comments), and the run the body choice finds lies past all that
/// (a licence line, an app's blurb, sidebar links). The header lines are then all the post has to
/// read, as the saved-HTML cleaner's `HeadlineOnlyPost` makes them; the stray run says nothing of it.
enum TextlessPostHeader {
    /// The header lines read as the body, and why.
    struct Post: Sendable {
        /// The header's lines, top to bottom: headline, date or byline lines, a credit line under them.
        var lines: [Int]
        /// The headline among them, the document's title.
        var headline: Int
        var evidence: String
        /// Where the body's empty run sits: under the header, so its lines are the head.
        var end: Int { (lines.last ?? -1) + 1 }
    }

    /// Below this much prose the chosen run proves nothing against the post's own header...
    static let thinBody = 40.0
    /// ...when it lies this many lines past the post's end: a short post's text under a related
    /// box sits right under it, a footer's line or a sidebar's links far below.
    static let minimumStrayDistance = 20
    /// The post's end (a comments or related label) comes within this many lines under its header.
    static let maxGap = 8
    /// A comment section between the post and the chosen run: this many comments lines, this many
    /// of them dated, say the run lies past the post's own comments.
    static let minimumCommentLines = 3
    static let minimumDatedComments = 2
    /// A header line this near the chosen run's top is its own: the run is a post, not a stray one.
    static let ownHeaderReach = 4

    /// The post's header when the page's first header runs into a post's end with no prose between,
    /// and the chosen `body` lies past that end and is thin or past the comments; nil otherwise.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], scores: [Double], body: Range<Int>) -> Post? {
        guard !body.isEmpty, body.lowerBound > 1,
              let first = (0..<body.lowerBound).first(where: { isHeaderLine($0, lines, evidence) }),
              let header = block(at: first, lines, evidence),
              // A post is dated; a name alone under a list's line is no header.
              header.lines.contains(where: { evidence[$0].dateISO != nil }) else { return nil }
        // Under the header: furniture and short lines up to the post's end, no line of prose.
        var marker: Int?
        let end = header.lines.last! + 1
        var j = end
        while j < min(body.lowerBound, end + maxGap) {
            let ev = evidence[j]
            if ev.noise == .comments || ev.noise == .related { marker = j; break }
            if ev.noise == nil, ev.shape != .short, !ev.isCaption { return nil }
            j += 1
        }
        guard let marker else { return nil }
        // A date or byline line right above the run or at its top heads the run's own post, whatever
        // label word marks it ("Posted ..." read as a banner); a comment's dated header heads none.
        let near = max(marker + 1, body.lowerBound - ownHeaderReach)..<min(body.upperBound, body.lowerBound + ownHeaderReach)
        guard !near.contains(where: { HeaderMetadataLine.matches($0, lines, evidence, allowing: .anyButRelatedOrComments) }) else { return nil }
        var prose = 0.0
        for i in body { prose += max(0, scores[i]) }
        let section = marker..<body.lowerBound
        var comments = 0
        for i in section where evidence[i].noise == .comments { comments += 1 }
        let pastComments = comments >= minimumCommentLines && CommentSectionGuard.datedLines(evidence, section) >= minimumDatedComments
        let stray = prose < thinBody && body.lowerBound - marker >= minimumStrayDistance
        guard stray || pastComments, !CommentSectionGuard.isIndexPage(lines, evidence) else { return nil }
        let label = evidence[marker].noise == .comments ? "comments" : "related links"
        let run = "the run at lines \(lines[body.lowerBound].lineNumber)-\(lines[body.upperBound - 1].lineNumber) lies past them, "
            + (pastComments ? "past the post's comments" : "thin (prose \(Int(prose.rounded())))")
        return Post(lines: header.lines, headline: header.headline, evidence: "the post has no text: its header runs into its \(label) at line \(lines[marker].lineNumber); " + run)
    }

    /// `document` with the post's header lines as its paragraphs, their blocks relabelled.
    static func filled(_ document: Document, _ lines: [TextLine], _ post: Post, explains: Bool) -> Document {
        var filled = document
        let headline = lines[post.headline]
        filled.title = headline.readText
        filled.sourceOffsets[.title] = headline.joinedLines == 1 ? headline.offset : nil
        filled.paragraphs = []
        for (k, i) in post.lines.enumerated() {
            let line = lines[i]
            let text = line.readText
            if line.joinedLines == 1 { filled.sourceOffsets[.paragraph(k)] = line.offset }
            filled.paragraphs.append(text)
            if let removed = filled.removed.firstIndex(where: { $0.text == text }) { filled.removed.remove(at: removed) }
            // A photo's caption read as the post (`PhotoPostUnderBreadcrumb`) shows once, as a paragraph.
            if let caption = filled.captions.firstIndex(of: text) { removeCaption(caption, from: &filled) }
            // Every line has its block when explained.
            if explains, i < filled.blocks.count {
                filled.blocks[i] = ExplainedBlock(text: text, role: .body, evidence: post.evidence)
            }
        }
        return filled
    }

    /// `document` without its caption at `index`, the source offsets of the captions after it moved up.
    private static func removeCaption(_ index: Int, from document: inout Document) {
        document.captions.remove(at: index)
        var offsets: [DocumentField: Int] = [:]
        for (field, offset) in document.sourceOffsets {
            guard case .caption(let k) = field else { offsets[field] = offset; continue }
            if k != index { offsets[k > index ? .caption(k - 1) : field] = offset }
        }
        document.sourceOffsets = offsets
    }

    /// A date or byline line heading an article: short, not a row of a dated log or table. The
    /// header found must carry a date (`find`).
    private static func isHeaderLine(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard HeaderMetadataLine.matches(i, lines, evidence, allowing: .anyButRelatedOrComments,
                                         maxDateWords: HeaderMetadataLine.maxWordyDateLineWords, creditsCount: true),
              !evidence[i].isTableRow else { return false }
        let dated = { (k: Int) in k >= 0 && k < evidence.count && evidence[k].dateISO != nil }
        return !(dated(i) && dated(i + 1) && (dated(i + 2) || dated(i - 1)))
    }

    /// The header around its first date or byline line at `i`: the headline over it (or, with none,
    /// the one right under a date), the header lines under it and one credit or subline after them.
    private static func block(at i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> (lines: [Int], headline: Int)? {
        var header: [Int]
        // A dated line over a byline with its own date is the headline: a header dates its post once.
        let headlineWithDate = evidence[i].byline == nil && i + 1 < lines.count && evidence[i + 1].byline != nil
            && evidence[i + 1].dateISO != nil
        if headlineWithDate {
            header = [i]
        } else if i > 0, isHeadline(i - 1, lines, evidence) || isLabelWordedHeadline(i - 1, over: i, lines, evidence) {
            header = [i - 1, i]
        } else if evidence[i].byline == nil, i + 1 < lines.count, isHeadline(i + 1, lines, evidence) {
            // Dated above its headline: the header ends at the headline.
            return ([i, i + 1], i + 1)
        } else {
            return nil
        }
        var k = i + 1
        while k < lines.count, evidence[k].isMetadata, isHeaderLine(k, lines, evidence) {
            header.append(k)
            k += 1
        }
        if k < lines.count, isSubline(k, lines, evidence) { header.append(k) }
        return (header, header[0])
    }

    /// A headline of three words or more that the vocabulary read as a label ("Comments (uncensored)")
    /// stands over a byline: a label heads a section, not a byline.
    private static func isLabelWordedHeadline(_ i: Int, over byline: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let line = lines[i]
        let ev = evidence[i]
        return evidence[byline].byline != nil && ev.noiseSource == .vocabulary && (3...20).contains(line.wordCount)
            && !line.isBullet && !line.endsSentence && !ev.isCaption && !ev.isMetadata && ev.shape != .good
    }

    /// A headline: a few words, no sentence period, nothing marks it furniture.
    private static func isHeadline(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let line = lines[i]
        let ev = evidence[i]
        guard (1...20).contains(line.wordCount), !line.isBullet, !ev.isCaption, !ev.isTableRow, !ev.isMetadata,
              !ev.isTimestamp, ev.shape != .good, ev.isCleanOrFragment || ev.isInPageRepeatNoise else { return false }
        if line.endsSentence, line.text.last == "." { return line.text.hasSuffix("...") }
        return true
    }

    /// A short clean line under the header's date: a photo credit or a subline ("Photos by ...").
    private static func isSubline(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[i]
        return ev.noise == nil && ev.shape == .short && !ev.isCaption && !lines[i].isBullet && lines[i].wordCount <= 12
            && !lines[i].endsSentence
    }
}
