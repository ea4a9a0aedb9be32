/// A run of list items that belongs to the article (steps, ingredients, a reading list, a book's
/// contents). A list is a run of short lines, the shape of a menu or a teaser block; what makes it
/// the article's own is its neighbours and its markers: full paragraphs of the body on both sides,
/// a lead-in ending in a colon above it (`isLeadIn`), or item numbers that continue a numbered line
/// of the body (`ListMarker.number`). Furniture inside the run (a noise line, a caption, metadata)
/// ends it, except an item the list itself repeats.
///
/// The cleaner asks at four moments, and every answer names its `ArticleListReason`:
/// while teasers are marked (`teaserExemption`), before the body is scored (`reclaimTeaserRuns`),
/// when the body's end is set (`widen`) and when each short line of the body gets its role
/// (`bodyReason`).
enum ArticleList {
    /// How far a run may reach from a line to its lead-in or its bounding paragraph.
    static let maximumReach = 30
    /// The fewest items past the body's last line that make a list there.
    static let minimumItems = 2
    /// The most numbered items the body is widened by.
    static let maximumNumberedItems = 60

    /// A list found past the body's last line: its lead-in or its first numbered line, and its items.
    struct Run: Sendable {
        /// The line that introduces the run: a lead-in ending in a colon, or the body's numbered line.
        var head: Int
        /// The items after `head`, outside the body as it was.
        var items: Range<Int>
        var reason: ArticleListReason
    }

    // MARK: The lead-in

    /// Line `i` can introduce a list: it ends in a colon (`ListMarker.endsWithColon`) and is no
    /// furniture (no noise, caption or metadata). Where a label would pass for one, the caller asks
    /// for more: `minimumWords` for a sentence rather than a "More:" label, `isProse` for a line of
    /// prose rather than a short heading, `maximumWords` for a short heading rather than a sentence
    /// of the chrome. `allowsTeaserListNoise`: a list whose items may stand in a block of teasers
    /// (`ListAboveBody`) may have its heading marked with them. Whether the lead-in follows the
    /// article's text depends on what is known at the moment of asking, so each caller checks the
    /// lines above it.
    @inline(__always)
    static func isLeadIn(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], minimumWords: Int = 0,
                         maximumWords: Int = .max, isProse: Bool = false, allowsTeaserListNoise: Bool = false) -> Bool {
        let ev = evidence[i]
        guard ev.noise == nil || (allowsTeaserListNoise && ev.isTeaserListNoise), !ev.isCaption, !ev.isMetadata else { return false }
        let words = lines[i].wordCount
        return (!isProse || ev.shape != .short) && words >= minimumWords && words <= maximumWords
            && ListMarker.endsWithColon(lines[i].text)
    }

    /// A noise line, a caption or metadata: it ends a list's run and is never its lead-in.
    @inline(__always)
    private static func isFurniture(_ ev: LineEvidence) -> Bool {
        ev.noise != nil || ev.isCaption || ev.isMetadata
    }

    // MARK: While teasers are marked

    /// Line `i` (a short item glued to a long one, a teaser's shape) sits in a block, glued or after
    /// one blank line, under a clean lead-in with a colon and no furniture between. A line that
    /// itself ends in a colon heads what follows it (a reply under "X added:"), so it is no item.
    static func teaserExemption(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence],
                                in range: Range<Int>) -> ArticleListReason? {
        // Lines of a poem chosen as the post glue like a headline over its summary.
        if VersePost.isChosen(evidence[i]), VersePost.isChosen(evidence[i + 1]) { return .verseLine }
        guard !ListMarker.endsWithColon(lines[i].text) else { return nil }
        var blanks = 0
        var k = i
        while k > range.lowerBound, i - k < maximumReach {
            if lines[k].blankBefore {
                blanks += 1
                if blanks > 1 { return nil }
            }
            k -= 1
            if isLeadIn(k, lines, evidence) { return .notATeaser }
            if isFurniture(evidence[k]) { return nil }
        }
        return nil
    }

    // MARK: Before the body is scored

    /// A lead-in sentence has this many words; a "Related:" or "More:" label has fewer.
    static let minimumSentenceLeadInWords = 5
    /// How many lines above a lead-in sentence its paragraph (or the list before) may end.
    static let maximumParagraphLead = 2

    /// A list written into the article ("The following schools are closed:" and a bulleted list of
    /// names) has the shape of a teaser block: glued, capitalised, unpunctuated lines. What makes it
    /// the article's own is the sentence that introduces it: a lead-in of several words right under
    /// a paragraph of prose (or under another such list). Such runs are given back to the article
    /// before the body is scored, so that they neither split the body nor end it.
    static func reclaimTeaserRuns(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var previousListEnd = -1
        var i = 1
        while i < lines.count {
            guard isTeaserListNoise(i, evidence), !isTeaserListNoise(i - 1, evidence) else { i += 1; continue }
            var end = i
            while end < lines.count, isTeaserListNoise(end, evidence) { end += 1 }
            let leadIn = i - 1
            if isLeadIn(leadIn, lines, evidence, minimumWords: minimumSentenceLeadInWords),
               followsParagraph(leadIn, previousListEnd: previousListEnd, evidence) {
                for k in i..<end {
                    evidence[k].noise = nil
                    evidence[k].noiseSource = nil
                    evidence[k].keptNote = ArticleListReason.reclaimedTeaserRun.evidence
                    evidence[k].listItem = .underLeadIn
                }
                previousListEnd = end
            }
            i = end
        }
    }

    /// `LineEvidence.isTeaserListNoise` of line `k`, its fields read in place (a copy would retain its every string).
    private static func isTeaserListNoise(_ k: Int, _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == .related && evidence[k].noiseSource?.isTeaserList == true
    }

    /// A paragraph of prose, or a list given back just before, ends right above the lead-in.
    private static func followsParagraph(_ leadIn: Int, previousListEnd: Int, _ evidence: [LineEvidence]) -> Bool {
        for k in stride(from: leadIn - 1, through: max(0, leadIn - maximumParagraphLead), by: -1) {
            if k + 1 == previousListEnd { return true }
            if evidence[k].noise == nil, evidence[k].shape == .good { return true }
        }
        return false
    }

    // MARK: When the body's end is set

    /// The body widened over the lists its last lines lead into, the items marked as the body's own:
    /// first a list under a closing lead-in, then numbered items continuing a numbered line.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        var body = ListAboveBody.widen(lines, &evidence, body: body)
        if let run = closingRun(lines, evidence, body: body) {
            for i in run.items where evidence[i].keptNote == nil { evidence[i].keptNote = run.reason.evidence }
            body = body.lowerBound..<run.items.upperBound
        }
        if let run = ShapedClosingList.run(lines, evidence, body: body) {
            for i in max(run.head, body.upperBound)..<run.items.upperBound {
                evidence[i].noise = nil
                evidence[i].noiseSource = nil
                evidence[i].isCaption = false
                evidence[i].listItem = .shapedClosingList
            }
            body = body.lowerBound..<run.items.upperBound
        }
        if let run = numberedRun(lines, evidence, body: body) {
            for i in run.head..<run.items.upperBound {
                evidence[i].noise = nil
                evidence[i].noiseSource = nil
                evidence[i].isCaption = false
                evidence[i].listItem = .numberedSequence
            }
            body = body.lowerBound..<run.items.upperBound
        }
        if let run = bulletedRun(lines, evidence, body: body) {
            for i in run.items {
                evidence[i].noise = nil
                evidence[i].noiseSource = nil
                evidence[i].isCaption = false
                evidence[i].listItem = .bulletedRun
            }
            body = min(body.lowerBound, run.items.lowerBound)..<max(body.upperBound, run.items.upperBound)
        }
        return body
    }

    /// The fewest lines of a bulleted run that make a post of it.
    static let minimumBulletedItems = 6

    /// A post written as a list (a change log, a packing list) is a glued run of bulleted lines;
    /// its items are short, so the body's run holds only a line or two of it and the rest reads as a
    /// teaser list. A run of at least `minimumBulletedItems` lines, each opening with a bullet and
    /// none apart by a blank line, that holds the body's first or last line is the body's own list:
    /// a menu written with bullets does not hold a line of the body.
    private static func bulletedRun(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Run? {
        guard let last = body.last else { return nil }
        for anchor in [body.lowerBound, last] where ListMarker.opensWithBullet(lines[anchor]) {
            var start = anchor
            while start > 0, !lines[start].blankBefore, ListMarker.opensWithBullet(lines[start - 1]),
                  !evidence[start - 1].isHeavyNoise { start -= 1 }
            var end = anchor + 1
            while end < lines.count, !lines[end].blankBefore, ListMarker.opensWithBullet(lines[end]),
                  !evidence[end].isHeavyNoise { end += 1 }
            if end - start >= minimumBulletedItems { return Run(head: start, items: start..<end, reason: .bulletedRun) }
        }
        return nil
    }

    /// A post that ends in a list ("in this session we cover:" and its points) has no paragraph
    /// after it, so the body's run stops at the lead-in and the end trim drops the items as short
    /// fragments. The lead-in's colon and a glued block of clean short lines under it say the list
    /// is the post's own; a share row or a menu is not announced by a paragraph.
    private static func closingRun(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Run? {
        guard let bodyLast = body.last else { return nil }
        // A lead-in too short to count as prose (no closing stop) is left just outside the body.
        let head = isLeadIn(bodyLast, lines, evidence, isProse: true) ? bodyLast : bodyLast + 1
        guard head < lines.count, isLeadIn(head, lines, evidence, isProse: true) else { return nil }
        var end = head + 1
        while end < lines.count, end - head <= maximumReach, isClosingItem(end, lines, evidence),
              end == head + 1 || !lines[end].blankBefore { end += 1 }
        guard end - head - 1 >= minimumItems else { return nil }
        return Run(head: head, items: (head + 1)..<end, reason: .closesBody)
    }

    /// A clean short line that is not itself a lead-in or a label of its own block.
    @inline(__always)
    private static func isClosingItem(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[i]
        return !isFurniture(ev) && !ev.isTimestamp && ev.shape == .short && !ListMarker.endsWithColon(lines[i].text)
    }

    /// A numbered list (a book's contents, ranked steps) whose items run on past the body's last
    /// paragraph: its short items look like a teaser list and the end trim drops them. Items
    /// numbered in sequence continuing a numbered line of the body are one list, which a block of
    /// teasers never is unless it is a ranked widget under its own label (vocabulary noise, which
    /// ends the run). `head` is where the numbering starts inside the body.
    private static func numberedRun(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Run? {
        guard let last = body.last, evidence[last].noise == nil, let first = ListMarker.number(lines[last].text) else { return nil }
        var end = last + 1
        var expected = first + 1
        while end < lines.count, end - last <= maximumNumberedItems, !lines[end].blankBefore,
              ListMarker.number(lines[end].text) == expected, mayBeNumberedItem(evidence[end]) {
            end += 1
            expected += 1
        }
        guard end - last - 1 >= minimumItems else { return nil }
        // The items above it inside the body are the same list.
        var start = last
        expected = first - 1
        while start > body.lowerBound, !lines[start].blankBefore, ListMarker.number(lines[start - 1].text) == expected,
              mayBeNumberedItem(evidence[start - 1]) {
            start -= 1
            expected -= 1
        }
        return Run(head: start, items: (last + 1)..<end, reason: .numberedSequence)
    }

    /// Teaser evidence, a caption or a repeat within the page give way to the numbering; a label
    /// the vocabulary names (a "most read" box) does not.
    @inline(__always)
    private static func mayBeNumberedItem(_ ev: LineEvidence) -> Bool {
        guard let noise = ev.noise else { return true }
        return noise == .related && ev.noiseSource != .vocabulary
    }

    // MARK: When a short line of the body gets its role

    /// A short line of the body introduces what follows it with at least this many words.
    static let minimumBodyLeadInWords = 3

    /// Why the clean short line `i` of the body belongs to a list of the article, or nil.
    /// `proseBefore` says a paragraph precedes it past only short lines and captions.
    static func bodyReason(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>,
                           proseBefore: Bool) -> ArticleListReason? {
        if isBetweenParagraphs(i, lines, evidence, body: body) { return .betweenParagraphs }
        // "Request bodies are set like this:" after a paragraph introduces what follows it.
        // It must introduce something of the body: a share row after "share it on:" is furniture.
        // One that opens a paragraph introduces it, whatever stands above it (a video's label).
        if proseBefore || LeadInAboveProse.introducesProse(i, evidence, body: body),
           isLeadIn(i, lines, evidence, minimumWords: minimumBodyLeadInWords), i + 1 < body.upperBound,
           evidence[i + 1].noise == nil || evidence[i + 1].noiseSource?.isSoft == true {
            return .leadIn
        }
        if isUnderLeadIn(i, lines, evidence, body: body) { return .underLeadIn }
        return nil
    }

    /// A long list inside the article (steps, features) is a run of short lines longer than the
    /// sub-heading window of `RoleAssigner`; it still belongs to the body when the run is clean and
    /// full paragraphs of the body stand on both sides.
    private static func isBetweenParagraphs(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        guard lines[i].wordCount >= 2 || lines[i].text.utf8.count >= 4 || GluedShortItem.holds(i, lines, body: body) else { return false }
        return paragraphReached(from: i, step: -1, lines, evidence, body: body)
            && paragraphReached(from: i, step: 1, lines, evidence, body: body)
    }

    /// Walking from `i`, a paragraph is met before any furniture, the body's edge or the reach.
    private static func paragraphReached(from i: Int, step: Int, _ lines: [TextLine], _ evidence: [LineEvidence],
                                         body: Range<Int>) -> Bool {
        var k = i + step
        while body.contains(k), abs(k - i) <= maximumReach {
            let ev = evidence[k]
            // An item the list itself repeats is passed over while more items follow it; a label
            // repeated next to a paragraph (a gallery's "view all") still closes the run.
            if ev.noise != nil, repeatsInsideList(k, lines, evidence, body: body) {
                let next = k + step
                guard body.contains(next), evidence[next].shape == .short, !evidence[next].isCaption,
                      evidence[next].noise == nil || repeatsInsideList(next, lines, evidence, body: body) else { return false }
                k = next
                continue
            }
            if ev.noise != nil || ev.isMetadata { return false }
            // Only a full paragraph bounds a list: a long unpunctuated line may be a menu's blurb,
            // unless a full paragraph follows it at once (it opens the text after the list).
            if !ev.isCaption, ev.shape == .good { return true }
            if !ev.isCaption, ev.shape == .nearGood {
                let next = k + step
                return body.contains(next) && evidence[next].shape == .good && evidence[next].noise == nil
                    && !evidence[next].isCaption && !evidence[next].isMetadata
            }
            k += step
        }
        return false
    }

    /// Repeated in the page only because the list repeats itself ("A: No." in a quiz, "olive oil"
    /// in two ingredient lists): another copy lies inside the body within reach. A menu entry
    /// repeated in the page's header or footer does not qualify, so a menu still ends a list.
    private static func repeatsInsideList(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        guard evidence[k].noiseSource?.isRepeatedInPage == true else { return false }
        let text = lines[k].text
        let lower = max(body.lowerBound, k - maximumReach)
        let upper = min(body.upperBound, k + maximumReach + 1)
        return (lower..<upper).contains { $0 != k && lines[$0].text == text }
    }

    /// A short line under a clean colon lead-in, with only clean short lines (the list's other
    /// items, its sub-headings) between: the list goes on although no paragraph follows it at once.
    /// Inside the body the lead-in must follow the article's text: one under a share row or a
    /// comment box's label ("you may also like:", "fill in your details below:") opens that block's
    /// own list. A lead-in that opens the body may sit under the page's header furniture.
    private static func isUnderLeadIn(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        var k = i - 1
        while k >= body.lowerBound, i - k <= maximumReach {
            if isLeadIn(k, lines, evidence) {
                guard k == body.lowerBound || evidence[k - 1].noise == nil || lines[k - 1].words.isEmpty else { return false }
                return k < i - 1 || !ListMarker.endsWithColon(lines[i].text)
            }
            let ev = evidence[k]
            if isFurniture(ev) || ev.shape != .short { return false }
            k -= 1
        }
        return false
    }
}
