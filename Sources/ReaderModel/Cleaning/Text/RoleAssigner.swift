/// The final role of one line and the reason when it is dropped.
struct LineDecision: Sendable {
    var role: BlockRole
    var reason: NoiseReason?
    var note: String?
    /// A body line that is the document's title too: a textless post's headline is both its title
    /// and the first line it has to read (`TextlessPostHeader`), which one role per line cannot say.
    var isTitleToo = false
    /// The note is all the evidence `--explain` gives: the line was decided with its block (a textless
    /// post's header), not by its own shape.
    var noteIsWholeEvidence = false
}

/// Decides every line's role from its evidence, its place relative to the body and its neighbours.
enum RoleAssigner {
    /// `textless` names a post with no text: its header lines are the body, its headline the title too.
    /// `explains` false leaves the notes of noise lines out: only `--explain` reads them, and the
    /// words of their evidence cost 2% of a folder of text pages when built for every removed line.
    static func assign(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>, meta: TextMetadata,
                       textless: TextlessPostHeader.Post? = nil, explains: Bool = true) -> [LineDecision] {
        var decisions: [LineDecision] = []
        decisions.reserveCapacity(lines.count)
        var tailReason: NoiseReason?
        var tailHeavy = false
        let code = CodeSampleRun.bodyLines(lines, evidence, body: body)
        // A lead paragraph the header's byline and date block parts from the body.
        let lead = textless == nil ? LeadAboveBylineBlock.index(lines, evidence, body: body, meta: meta) : nil
        // Each line's evidence is read field by field in place: a copy of the whole would retain its every string.
        for i in lines.indices {
            // The header is all a textless post has to read: its lines are the body whatever else the
            // metadata read in them (the date line, the byline).
            if let post = textless, post.lines.contains(i) {
                decisions.append(LineDecision(role: .body, note: post.evidence, isTitleToo: i == post.headline, noteIsWholeEvidence: true))
                continue
            }
            // A textless post's headline is the title (`isTitleToo`): the metadata's pick, read as if the
            // post had no header of its own, is a head line like the others.
            if i == meta.titleIndex, textless == nil { decisions.append(LineDecision(role: .title, note: meta.titleNote ?? "title-like line before the body")); continue }
            if i == meta.titleContinuationIndex, textless == nil { decisions.append(LineDecision(role: .title, note: WrappedHeadline.evidence)); continue }
            if i == meta.standfirstIndex {
                decisions.append(LongStandfirst.isFirstParagraph(lines[i])
                    ? LineDecision(role: .body, note: LongStandfirst.evidence(lines[i]))
                    : LineDecision(role: .standfirst, note: "summary after the title"))
                continue
            }
            if i == meta.bylineIndex { decisions.append(LineDecision(role: .byline, reason: .metadata, note: meta.bylineNote)); continue }
            if i == meta.publisherIndex { decisions.append(LineDecision(role: .publisher, reason: .metadata, note: meta.publisherNote)); continue }
            if i == meta.dateIndex { decisions.append(LineDecision(role: .dateline, reason: .metadata, note: meta.dateNote)); continue }
            if i < body.lowerBound {
                if i == lead {
                    decisions.append(LineDecision(role: .body, note: LeadAboveBylineBlock.evidence))
                } else if evidence[i].isCaption, evidence[i].noise == nil || evidence[i].noise == .credit {
                    decisions.append(LineDecision(role: .caption, note: "caption or credit"))
                } else if evidence[i].noise == nil, let glued = gluedNoise(i, lines, evidence) {
                    // A sentence inside an appeal box reads like prose; its box's label says what it is.
                    decisions.append(LineDecision(role: .removed, reason: glued, note: "glued to \(glued.rawValue) lines, before the main text"))
                } else {
                    decisions.append(LineDecision(role: .removed, reason: evidence[i].noise ?? .navigation,
                                                  note: !explains ? nil : evidence[i].noiseSource?.description
                                                      ?? (KeyEventsIndex.holds(i, lines) ? KeyEventsIndex.evidence : "before the main text")))
                }
            } else if i < body.upperBound {
                if !code.isEmpty, code[i] {
                    decisions.append(LineDecision(role: .body, note: evidence[i].isIndentedFigure ? IndentedFigureBlock.evidence : CodeSampleRun.evidence))
                    continue
                }
                decisions.append(inBody(i, lines, evidence, body: body, code: code, explains: explains))
            } else {
                if evidence[i].isHeavyNoise { tailHeavy = true }
                if evidence[i].isCaption, !tailHeavy, evidence[i].noise == nil {
                    decisions.append(LineDecision(role: .caption, note: "caption or credit"))
                    continue
                }
                if let noise = evidence[i].noise, noise != .repeated, noise != .fragment { tailReason = noise }
                let reason = evidence[i].noise ?? tailReason ?? (evidence[i].isHeadlineLike ? .related : .navigation)
                decisions.append(LineDecision(role: .removed, reason: reason, note: explains ? evidence[i].noiseSource?.description ?? "after the main text" : nil))
            }
        }
        return decisions
    }

    /// The vocabulary noise of the block a head line belongs to (neighbours without a blank between).
    private static func gluedNoise(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> NoiseReason? {
        var k = i
        while k > 0, !lines[k].blankBefore, i - k < 4 {
            k -= 1
            if evidence[k].noiseSource == .vocabulary, let noise = evidence[k].noise { return noise }
        }
        k = i + 1
        while k < lines.count, !lines[k].blankBefore, k - i < 4 {
            if evidence[k].noiseSource == .vocabulary, let noise = evidence[k].noise { return noise }
            k += 1
        }
        return nil
    }

    private static func inBody(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>, code: [Bool],
                               explains: Bool) -> LineDecision {
        if evidence[i].isCaption, evidence[i].noise == nil { return LineDecision(role: .caption, note: "caption or credit") }
        if RepeatedSentenceInBody.holds(i, lines, evidence, body: body) {
            return LineDecision(role: .body, note: RepeatedSentenceInBody.evidence)
        }
        if let noise = evidence[i].noise { return LineDecision(role: .removed, reason: noise, note: explains ? evidence[i].noiseSource?.description : nil) }
        if evidence[i].isTableRow { return LineDecision(role: .body, note: TableRunDetector.evidence) }
        if evidence[i].isSparseBody { return LineDecision(role: .body, note: SparsePageBody.evidence) }
        if evidence[i].isShortPostLine { return LineDecision(role: .body, note: "a line of a short post") }
        if let list = evidence[i].listItem { return LineDecision(role: .body, note: list.evidence) }
        if evidence[i].isMetadata, evidence[i].shape != .good {
            return LineDecision(role: .removed, reason: .metadata, note: QuoteAttributionLine.matches(lines[i])
                ? QuoteAttributionLine.evidence : "date, byline or source inside the body")
        }
        if evidence[i].shape != .short { return LineDecision(role: .body) }
        // Short lines take the class of their neighbours: sub-headings and list items sit in a short
        // run of clean lines between paragraphs.
        // A photo caption between a step heading and its paragraph hides neither from the other.
        // A code sample is a block of the article as a paragraph is: the walk stops at it.
        let isCode = { (k: Int) in !code.isEmpty && code[k] }
        // An ad label alone in its block is the slot of an ad inside the story: the walk passes it.
        // Not for a labelled teaser (`AdSlotInBody.passes`), and only one slot. The teaser test
        // parses the line: it is read only when a slot is met.
        lazy var passes = AdSlotInBody.passes(lines[i])
        var passedSlot = false
        var next = i + 1
        while next < body.upperBound, next - i < 8 {
            if evidence[next].noise == nil, evidence[next].isCaption || evidence[next].shape == .short, !isCode(next) {
                next += 1
            } else if evidence[next].noise == .advertisement, !passedSlot, AdSlotInBody.holds(next, lines, evidence), passes {
                passedSlot = true
                next += 1
            } else { break }
        }
        var previous = i - 1
        while previous >= body.lowerBound, i - previous < 8 {
            if evidence[previous].noise == nil, evidence[previous].isCaption || evidence[previous].shape == .short, !isCode(previous) {
                previous -= 1
            } else if evidence[previous].noise == .advertisement, !passedSlot, AdSlotInBody.holds(previous, lines, evidence), passes {
                passedSlot = true
                previous -= 1
            } else { break }
        }
        let proseAfter = next < body.upperBound && (isCode(next) || evidence[next].noise == nil && evidence[next].shape != .short)
        let proseBefore = previous >= body.lowerBound && (isCode(previous) || evidence[previous].noise == nil && evidence[previous].shape != .short)
        if proseAfter, proseBefore, next - previous <= 9, lines[i].wordCount >= 2 || lines[i].text.utf8.count >= 4 {
            let pastCaption = (previous + 1..<next).contains { evidence[$0].isCaption }
            if isCode(next) || isCode(previous) { return LineDecision(role: .body, note: "short line between a code sample and a paragraph") }
            return LineDecision(role: .body, note: pastCaption ? "short line between paragraphs, past a photo caption"
                : passedSlot ? "short line between paragraphs, \(AdSlotInBody.evidence)" : "short line between paragraphs")
        }
        // "He declined to comment." closing the article is still a sentence of it.
        if proseBefore, lines[i].endsSentence, lines[i].wordCount >= 2 {
            return LineDecision(role: .body, note: "short sentence after a paragraph")
        }
        if let list = ArticleList.bodyReason(i, lines, evidence, body: body, proseBefore: proseBefore) {
            return LineDecision(role: .body, note: list.evidence)
        }
        if HeadingPastFurniture.holds(i, lines, evidence, body: body) {
            return LineDecision(role: .body, note: HeadingPastFurniture.evidence)
        }
        if HeadingOverFurniture.holds(i, lines, evidence, body: body) {
            return LineDecision(role: .body, note: HeadingOverFurniture.evidence)
        }
        return LineDecision(role: .removed, reason: .fragment, note: "short line not leading into prose")
    }
}
