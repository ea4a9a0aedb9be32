/// Gives each text block of a page its role (title, byline, standfirst, body, caption or removed
/// with a reason) from where it sits in the DOM, and assembles the `Document`.
struct HTMLBlockClassifier {
    private let document: HTMLDocument
    private let layout: PageLayout
    private let content: ContentFinder
    private let metadata: HTMLMetadata
    private let normalizedTitle: String?
    /// False: evidence strings are left out (nil), as nobody reads them without `--explain`.
    private let explains: Bool

    /// Article blocks that passed the filters; short ones are judged by their neighbours at the end.
    private var bodyCandidates: [(text: String, length: Int, isHeading: Bool, explainedIndex: Int, node: Int)] = []
    /// Each kept paragraph's text and the named container it sits in.
    private var paragraphContainers: [String: Int] = [:]
    /// Tables judged data tables or not, for short cells that repeat.
    private var dataTableCells = DataTableCell()
    /// Tables judged data tables or not, for a paragraph of figures alone in a cell and for rows joined into one line.
    private var dataTables = DataTableRow()
    private var captions: [String] = []
    /// Each caption's place: how many body candidates came before it, its explained index and its node.
    private var captionPlaces: [(bodyBefore: Int, explainedIndex: Int, node: Int)] = []
    private var removed: [RemovedBlock] = []
    private var explained: [ExplainedBlock] = []
    private var standfirst: String?
    private var bylineLines: [String] = []
    /// The first name a metadata box sets in its first inline field (`FirstFieldName`), read when no line names the writer.
    private var fieldName: String?
    private var seenContent = false
    /// Count of body candidates above a release's end mark (`ReleaseEndMark`) and the mark's
    /// explained index, nil with no mark.
    private var releaseMark: (end: Int, explainedIndex: Int)?
    /// What the last block became, as far as a lone link line cares.
    private var outcome = BlockOutcome.other
    private var previousOutcome = BlockOutcome.other
    /// A linked line removed right after a body paragraph, kept if a body paragraph follows it; several
    /// when each finishes a sentence (`LinkedSentenceRun`).
    private var pendingLinkLines: [(text: String, length: Int, density: Int, explainedIndex: Int, node: Int)] = []
    /// A sentence a noise phrase flagged right after a body paragraph, kept if a body paragraph
    /// follows it (`FlaggedSentenceBetweenParagraphs`).
    private var pendingAside: (text: String, length: Int, explainedIndex: Int, node: Int)?
    /// A partly linked sentence right after a body paragraph, kept if no paragraph or linked line
    /// comes after it (`ClosingLinkedSentence`).
    private var closingLinkLine: (text: String, length: Int, density: Int, explainedIndex: Int, node: Int)?
    /// A sentence a noise phrase flagged right after a body paragraph, kept if no body paragraph
    /// comes after it (`ClosingFlaggedSentence`).
    private var closingAside: (text: String, length: Int, explainedIndex: Int, node: Int)?
    /// Explained indices of the linked items kept for their mixed list (`MixedLinkList`).
    private var mixedListItems: [Int] = []
    /// A linked heading removed inside the article, kept as the post's title if its dateline follows.
    private var pendingLinkedHeading: (text: String, length: Int, explainedIndex: Int, node: Int)?
    /// Nodes of the linked lines removed inside the article as teasers (`TeaserItemLabel`).
    private var removedLinkNodes: [Int] = []
    /// The same lines with their byte counts, for the lists whose other items the article keeps (`KeptListPeers`).
    private var removedLinkItems: [(text: String, length: Int, linkLength: Int, explainedIndex: Int, node: Int)] = []
    /// Explained indices of the same lines (`AuthorBoxAfterStory`).
    private var removedLinkLines: Set<Int> = []
    /// Nodes of the lines read as datelines inside and around the article (`TeaserCardList`'s dated cards).
    private var datelineNodes: [Int] = []
    /// A comment thread of plain paragraphs after a heading named for comments.
    private var commentThread = FlatCommentThread()
    /// A comment thread of plain text after an unnamed header that counts its comments.
    private var countedThread = CountedCommentThread()
    /// The page's blocks and the place of the one being classified, for rules that look ahead.
    private let blocks: [TextBlock]
    private var blockIndex = -1
    /// Explained indices of the blocks removed before the article as the page's head: the one right
    /// over the headline may be the edition's date (`HeadlineMetadataRow`).
    private var headRemovals: [Int] = []
    /// The block before was the headline set without a heading tag (`UntaggedHeadline`).
    private var afterUntaggedHeadline = false
    /// The blocks the repeated-link rules could take, in explained order: linked percent of a short
    /// line (`RepeatedLinkRow`), bytes of the links ending a paragraph (`RepeatedTrailingLink`), 0 where
    /// the rule cannot apply. An array, read by binary search: most linked blocks are menus, and a
    /// dictionary entry for each cost more than both rules.
    private var linkShapes: [(explainedIndex: Int, linkPercent: Int, trailingLinkLength: Int)] = []

    init(document: HTMLDocument, blocks: [TextBlock], layout: PageLayout, content: ContentFinder, metadata: HTMLMetadata,
         explains: Bool = true) {
        self.document = document
        self.blocks = blocks
        self.explains = explains
        self.layout = layout
        self.content = content
        self.metadata = metadata
        normalizedTitle = metadata.title.map(TitleLetters.of)
    }

    /// Classifies the page's next block: `add` is called for each of `blocks` in order.
    mutating func add(_ block: TextBlock) {
        outcome = .other
        blockIndex += 1
        if block.linkLength > 0 {
            let percent = block.length <= RepeatedLinkRow.maximumBytes ? Int(block.linkDensity * 100) : 0
            let rowPercent = percent >= RepeatedLinkRow.minimumLinkPercent ? percent : 0
            let trailing = RepeatedTrailingLink.mayEnd(length: block.length, trailingLinkLength: block.trailingLinkLength)
                ? block.trailingLinkLength : 0
            if rowPercent > 0 || trailing > 0 { linkShapes.append((explained.count, rowPercent, trailing)) }
        }
        classify(block)
        if outcome == .dateline, let heading = pendingLinkedHeading { keepPostTitle(heading) }
        pendingLinkedHeading = nil
        if case .linkLine = outcome, document.nodes[block.node].kind.contains(.heading), block.linkLength >= block.length {
            pendingLinkedHeading = (block.text, block.length, explained.count - 1, block.node)
        }
        switch outcome {
        case .body:
            for line in pendingLinkLines { keepLinkLine(line, run: pendingLinkLines.count) }
            pendingLinkLines = []
            if let aside = pendingAside { keepAside(aside) }
        case .linkLine(let density) where previousOutcome == .body && !Self.isLabel(block.text):
            pendingLinkLines = [(block.text, block.length, density, explained.count - 1, block.node)]
        case .linkLine(let density) where !pendingLinkLines.isEmpty && LinkedSentenceRun.isSentence(pendingLinkLines[0].text)
            && LinkedSentenceRun.isSentence(block.text) && !Self.isLabel(block.text):
            pendingLinkLines.append((block.text, block.length, density, explained.count - 1, block.node))
        default:
            pendingLinkLines = []
        }
        pendingAside = outcome == .aside && previousOutcome == .body
            ? (block.text, block.length, explained.count - 1, block.node) : nil
        if outcome == .body {
            closingAside = nil
        } else if outcome == .aside, previousOutcome == .body {
            closingAside = (block.text, block.length, explained.count - 1, block.node)
        }
        switch outcome {
        case .body: closingLinkLine = nil
        case .linkLine(let density):
            closingLinkLine = previousOutcome == .body && !Self.isLabel(block.text)
                && ClosingLinkedSentence.mayClose(block.text, isHeading: document.nodes[block.node].kind.contains(.heading))
                ? (block.text, block.length, density, explained.count - 1, block.node) : nil
        default: break
        }
        previousOutcome = outcome
    }

    private mutating func classify(_ block: TextBlock) {
        let node = block.node
        // A block the vocabulary reads as a credit by its first word alone, which is a sentence (`OpeningLabelWordSentence`).
        var creditReleased = false
        func releasesCredit(_ text: String) -> Bool {
            creditReleased = OpeningLabelWordSentence.releases(Substring(text))
            return creditReleased
        }
        if commentThread.contains(block, document: document, inContent: content.inContent, hasArticleText: !bodyCandidates.isEmpty) {
            return remove(block, .comments, explains ? "after \(commentThread.heading), a heading the page names for comments, in the article's container" : nil)
        }
        if countedThread.contains(block), content.inContent[node] {
            return remove(block, .comments, explains ? "after \"\(countedThread.header)\", a header counting comments over comment-shaped blocks, in its container" : nil)
        }
        if !content.isLead(block), EmbeddedPlayer.holds(node, document.nodes) {
            return remove(block, .banner, explains ? "fallback text of an embedded player (<object>)" : nil)
        }
        // Read through the buffer: as this function grew, the array's getter stopped being inlined and
        // copied the whole node for each block (33 M instructions on dragnet-dev's saved pages).
        let (tag, isHeading) = document.nodes.withUnsafeBufferPointer { ($0[node].tag, $0[node].kind.contains(.heading)) }
        if let reason = layout.chrome[node], !(content.isLead(block) && EmbeddedPlayer.namesFurniture(of: node, document.nodes, layout)) {
            remove(block, reason, explains ? "inside \(chromeName(node))\(threadNote(reason, node))" : nil)
            return
        }
        // A poem's first line is its stanza's, though a page titled by it repeats it (`VerseLineBreaks`).
        if isHeading || tag == "div" && !block.isVerseLine, let title = normalizedTitle, block.length < title.utf8.count * 2 + 20,
           !title.isEmpty, TitleLetters.of(block.text) == title {
            explained.append(ExplainedBlock(text: block.text, role: .title, evidence: explains ? "<\(tag)> matches the page title" : nil))
            return
        }
        if afterUntaggedHeadline {
            afterUntaggedHeadline = false
            if content.inContent[node], UntaggedHeadline.isByline(block.text, length: block.length) {
                return metadataLine(block, evidence: UntaggedHeadline.bylineEvidence)
            }
        }
        if content.inContent[node], !block.isVerseLine, let title = normalizedTitle, !title.isEmpty, block.length < title.utf8.count * 2 + 20,
           UntaggedHeadline.mayFollow(bodyCandidates.lazy.map(\.length)), TitleLetters.of(block.text) == title {
            for candidate in bodyCandidates {
                headRemovals.append(candidate.explainedIndex)
                removed.append(RemovedBlock(text: candidate.text, reason: .navigation))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .navigation,
                                                                     evidence: UntaggedHeadline.headEvidence)
            }
            bodyCandidates.removeAll()
            afterUntaggedHeadline = true
            explained.append(ExplainedBlock(text: block.text, role: .title, evidence: explains ? "<\(tag)> \(UntaggedHeadline.evidence)" : nil))
            return
        }
        // A table-laid page sets headline and byline apart by one `<br>`, which joins them in one
        // block ("Ferry service resumes By Name Staff Writer"): the headline, then the byline.
        if bodyCandidates.isEmpty, block.length < Self.maximumHeadlineAndBylineBytes, content.inContent[node], let title = metadata.title,
           let rest = HeadlineRunIntoByline.byline(after: title, in: block.text) {
            explained.append(ExplainedBlock(text: title, role: .title, evidence: explains ? HeadlineRunIntoByline.evidence : nil))
            return metadataLine(TextBlock(text: rest, node: block.node, length: rest.utf8.count, linkLength: 0, inlineWrapper: -1),
                                evidence: HeadlineRunIntoByline.evidence)
        }
        if tag == "h1", let name = metadata.blogName, block.text == name {
            return remove(block, .navigation, explains ? BlogNameHeading.evidence : nil)
        }
        if tag == "h1", bodyCandidates.isEmpty {
            // The headline as the page shows it, even when it differs from the stated title.
            explained.append(ExplainedBlock(text: block.text, role: .title, evidence: "first <h1> before the article text"))
            return
        }
        // A lead comes before the article's paragraphs: the same text after them is no lead.
        if content.inContent[node] || (content.isLead(block) && bodyCandidates.count < content.leadParagraphs.count) {
            seenContent = true
            if layout.inCaption[node], content.inContent[node] || !content.isLead(block) {
                if WriterRowInCreditBox.matches(block, document: document, layout: layout) {
                    return metadataLine(block, evidence: WriterRowInCreditBox.evidence)
                }
                return caption(block)
            }
            // A date or byline `span` alone between two block elements is a metadata line too,
            // unless it closes a sentence: that is prose pasted into a span a template classed.
            if layout.inMetadata[node] || (block.inlineWrapper >= 0 && layout.inMetadata[block.inlineWrapper]
                                           && !LinkedSentenceRun.isSentence(block.text)),
               isShortRow(block) { return metadataLine(block) }
            // A box of no known class holding only a labelled byline and a date is metadata too.
            if block.length < BylineDateRow.maximumBytes, block.linkDensity < 1, BylineDateRow.matches(block.text) {
                return metadataLine(block, evidence: BylineDateRow.evidence)
            }
            if block.length < ChineseInfoRow.maximumBytes, block.linkDensity < 1, ChineseInfoRow.matches(block.text) {
                return metadataLine(block, evidence: ChineseInfoRow.evidence)
            }
            if bodyCandidates.isEmpty, block.length <= OpeningReporterCredit.maximumBytes, OpeningReporterCredit.matches(block.text) {
                return metadataLine(block, evidence: OpeningReporterCredit.evidence)
            }
            if bodyCandidates.isEmpty, standfirst == nil, block.length >= 40, isStandfirst(node) {
                standfirst = block.text
                explained.append(ExplainedBlock(text: block.text, role: .standfirst, evidence: "class names a standfirst"))
                return
            }
            // A long line that is only partly linked (a deal with its shop link, a citation) is
            // text; a teaser link or a list of them is linked through.
            // A linked item of a list or table whose other items are mostly plain text (a list of
            // names some of which link, a table with a linked column) is one of the list's items.
            // A linked line showing its own web address is a source the article cites.
            let linkedAtAll = block.linkDensity > (block.length >= 100 ? 0.8 : 0.5) && !content.isTeaserList
                && !CitedAddress.isBareAddress(block.text)
            // A quotation in a quote box linked through to its source is the author's quote.
            let linkedQuotation = linkedAtAll && LinkedQuotation.holds(block.text, length: block.length, node: node, nodes: document.nodes)
            // A data table's header cell names its column, linked (to sort it) or not, whatever it reads.
            let headerCell = block.length < DataTableCell.maxLength && isDataTableHeader(node, tag: tag)
            var timelineHeading = false
            var tableDateCell = false
            var labelledRowDate = false
            let linkedThrough = linkedAtAll && !linkedQuotation && !headerCell
            let mixedList = linkedThrough ? MixedLinkList.container(of: node, document: document, layout: layout, roots: content.roots) : nil
            // A list of links the article's prose introduces ("Further reading:") and continues after.
            let leadInList = linkedThrough && mixedList == nil ? content.leadInList(of: node, nodes: document.nodes) : nil
            if linkedThrough, mixedList == nil, leadInList == nil {
                // Only a partly linked line or a linked heading (a section title that links to
                // itself) may be kept: a line linked through is a teaser even between paragraphs.
                // So may a wholly linked line of prose in mid-thought (`LinkedProseSentence`).
                if block.linkLength < block.length || isHeading || LinkedProseSentence.matches(block.text) {
                    outcome = .linkLine(Int(block.linkDensity * 100))
                }
                removedLinkNodes.append(node)
                removedLinkLines.insert(explained.count)
                removedLinkItems.append((block.text, block.length, block.linkLength, explained.count, node))
                return remove(block, .related, explains ? "link density \(Int(block.linkDensity * 100))% inside the article" : nil)
            }
            // A list of links under the link-density bar only by its items' dates (`DatedLinkList`).
            if !linkedThrough, !headerCell, !content.isTeaserList, block.linkDensity >= DatedLinkList.minimumLinkDensity,
               DatedLinkList.matches(block, in: document) {
                return remove(block, .related, explains ? DatedLinkList.evidence : nil)
            }
            if !headerCell, let label = HTMLNoiseLabels.reason(for: block.text) { return remove(block, label, "page label inside the article") }
            if !headerCell, block.length <= ReadingTimeToolbar.maximumBytes, let label = ReadingTimeToolbar.reason(for: block.text) {
                return remove(block, label, explains ? ReadingTimeToolbar.evidence : nil)
            }
            // Inside the article a sentence of prose that mentions an update, a subscription or
            // a reader ("Update: the council replied...") is the story's; only sign-up, consent
            // and advert notices are furniture at paragraph length.
            // A row around the article cell's row that a noise phrase flags is the layout
            // table's footer row ("Home | Contact ... All rights reserved"), at any length.
            if block.length < 300, !headerCell, let reason = BlockNoisePhrases.reason(for: block.text),
               reason != .credit || tag != "li" || !releasesCredit(block.text),
               ScriptNeutralLength.of(block.text, bytes: block.length, limit: 100) < 100 || Self.calledOutAtAnyLength.contains(reason)
                || (reason == .navigation && (isInContinuingTableRow(node) || isInRowAfterArticleRow(node))) {
                if reason == .comments, !bodyCandidates.isEmpty, countedThread.starts(at: blockIndex, blocks, document: document) {
                    return remove(block, .comments, explains ? CountedCommentThread.evidence : nil)
                }
                // A credit line is kept with the captions; a byline or date line with the metadata.
                if reason == .credit { return caption(block) }
                if reason == .metadata { return metadataLine(block) }
                // The layout table's footer row is no sign-off of the article's, however it reads.
                if FlaggedSentenceBetweenParagraphs.mayBeAside(block.text, reason: reason), !isInRowAfterArticleRow(node) { outcome = .aside }
                let atLength = ScriptNeutralLength.of(block.text, bytes: block.length, limit: 100) >= 100
                    && !Self.calledOutAtAnyLength.contains(reason)
                return remove(block, reason, atLength ? "noise phrase in a table row around the article cell's row: the layout's footer row"
                                                      : "noise phrase inside the article")
            }
            if block.length <= EditorInitials.maximumBytes, EditorInitials.matches(block.text) {
                return remove(block, .fragment, EditorInitials.evidence)
            }
            // The release's end mark under enough prose: what follows it is the wire's (`ReleaseEndMark`).
            if releaseMark == nil, block.length <= ReleaseEndMark.maximumMarkBytes, ReleaseEndMark.isMark(block.text, length: block.length),
               bodyCandidates.reduce(0, { $0 + $1.length }) >= ReleaseEndMark.minimumStoryBytes {
                releaseMark = (bodyCandidates.count, explained.count)
                return remove(block, .fragment, ReleaseEndMark.markEvidence)
            }
            // A table cell of figures ("40", "3.2%") is the table's data, not a stray symbol; so is
            // the one paragraph of a data table's cell (a table pasted from a word processor).
            // A header cell that is only a unit's symbol ("%") names its column (`UnitSymbolHeaderCell`).
            if !Self.hasLetters(block.text), !(Self.hasDigits(block.text) && isFigureCell(node, tag: tag)),
               !(headerCell && UnitSymbolHeaderCell.matches(block.text)) {
                return remove(block, .fragment, "no words")
            }
            if block.length < 60, Self.mayHoldDate(block.text), let date = DateNormalizer.firstMatch(in: block.text),
               block.text[date.range].count * 2 >= block.text.count {
                // A timeline's date headings are its entries', not the page's date (`TimelineDateHeadings`).
                if isHeading, !bodyCandidates.isEmpty, TimelineDateHeadings.holds(node, in: document) {
                    timelineHeading = true
                } else if DataTableDateCell.holds(node, tag: tag, length: block.length, afterParagraphs: !bodyCandidates.isEmpty,
                                                  &dataTableCells, document.nodes, layout) {
                    tableDateCell = true
                } else if LabelledRowDateCell.holds(node, tag: tag, in: document) {
                    labelledRowDate = true
                } else {
                    return metadataLine(block)
                }
            }
            // The same text in two differently named containers is one text shown twice (a hidden
            // variant of the story, a summary box); repeated inside one container it is the author's.
            // A short cell of a data table (a name, a figure) repeats across the article's tables by nature.
            let container = namedContainer(of: node)
            // One hash of the text: the first container is put back in the rare case of a repeat.
            if !dataTableCells.repeatsByNature(node, tag: tag, length: block.length, document.nodes, layout),
               let earlier = paragraphContainers.updateValue(container, forKey: block.text) {
                paragraphContainers[block.text] = earlier
                if document.nodes[earlier].classAndID != document.nodes[container].classAndID {
                    return remove(block, .repeated, "repeats a paragraph of another container")
                }
                // Two boxes of the same name holding the same text are one box shown twice (a
                // print-only copy of the article's header above the screen one), not an author's refrain.
                if DuplicateBox.isCopy(container, of: earlier, nodes: document.nodes, layout: layout) {
                    return remove(block, .repeated, DuplicateBox.evidence)
                }
            }
            // A pull quote repeating a sentence of a paragraph above it (`BlockquotePullQuote`).
            if tag == "blockquote" || tag == "p", !bodyCandidates.isEmpty, BlockquotePullQuote.isQuoteBox(node, document.nodes),
               BlockquotePullQuote.repeats(block, paragraphs: bodyCandidates.suffix(BlockquotePullQuote.window).map(\.text)) {
                return remove(block, .repeated, BlockquotePullQuote.evidence)
            }
            outcome = .body
            if mixedList != nil || leadInList != nil { mixedListItems.append(explained.count) }
            bodyCandidates.append((block.text, block.length, isHeading, explained.count, node))
            guard explains else {
                explained.append(ExplainedBlock(text: block.text, role: .body))
                return
            }
            let place = mixedList.map { MixedLinkList.evidence($0, document: document, layout: layout) }
                ?? leadInList.map { LeadInLinkList.evidence($0, document: document) }
                ?? (block.linkDensity > 0.5 && CitedAddress.isBareAddress(block.text) ? CitedAddress.evidence : nil)
                ?? (linkedQuotation ? LinkedQuotation.evidence : nil) ?? (content.isLead(block) && !content.inContent[node] ? "the lead: prose between the page's headline and the article element"
                : content.isInKeyPointsBox(node) ? KeyPointsBoxElement.evidence
                : content.isInContinuation(node) ? "in the element after the article that holds the prose its closing heading introduces"
                : content.isInCitedParagraph(node) ? CitedParagraph.evidence
                : content.isInExtendedEntry(node) ? ExtendedEntry.evidence
                : content.proseBoxSiblings.contains(node) ? ProseBoxSibling.evidence
                : content.isInTemplateTwin(node) ? TemplateTwinSibling.evidence
                : content.isInTemplateGapHeading(node) ? TemplateTwinSibling.gapEvidence
                : content.isWholePage ? "short page, no paragraph to score: all text outside furniture"
                : content.isAnchoredByHeadline ? "in the article element around the page's <h1>"
                : content.isMarkedArticleBody ? "in the page's itemprop=articleBody element, over a higher-scoring one elsewhere"
                : content.isRepeatedPostUnit ? "in one of the post units the page repeats (same tag and class)"
                : content.isTitledPost ? "in the post under the heading that repeats the page title, over a longer text elsewhere"
                : content.isTeaserList ? "in the list of teasers the page repeats (nothing scored as an article)"
                : content.isLayoutTableRow ? "in the layout table's row: the winner's cell and a neighbouring cell of prose"
                : content.isNestedTableCell ? NestedTableOpening.evidence
                : content.isLabelledBox ? "in the article element: a box of text under a short label, with the prose paragraphs beside the box"
                : isInContinuingTableRow(node) ? "in a table row continuing the article's cell (prose rows around the winner's row)"
                : "in the article element")
            // Kept by rules the chain above does not name: a data table's header cell, an appendix box.
            let reading = headerCell ? DataTableHeaderCell.evidence : timelineHeading ? TimelineDateHeadings.evidence
                : tableDateCell ? DataTableDateCell.evidence
                : labelledRowDate ? LabelledRowDateCell.evidence
                : content.isInAppendix(node) ? ArticleAppendix.evidence : place
            let shown = hiddenAncestor(of: node).flatMap { HiddenPartReading.evidence($0, document: document, textBytes: layout.textBytes) }
            let verse = block.isVerseLine ? ", " + VerseLineBreaks.evidence : block.isFieldLine ? ", " + FieldLineBreaks.evidence
                : creditReleased ? ", " + OpeningLabelWordSentence.evidence : ""
            explained.append(ExplainedBlock(text: block.text, role: .body,
                                            evidence: "\(reading)\(shown.map { ", " + $0 } ?? "")\(verse), \(block.length) bytes, links \(Int(block.linkDensity * 100))%"))
            return
        }
        if layout.inCaption[node] && layout.inArticle[node] {
            if WriterRowInCreditBox.matches(block, document: document, layout: layout) {
                return metadataLine(block, evidence: WriterRowInCreditBox.evidence)
            }
            return caption(block)
        }
        if layout.inMetadata[node] && isShortRow(block) { return metadataLine(block) }
        if !seenContent, standfirst == nil, block.length >= 40, block.linkDensity < 0.5, isStandfirst(node) {
            standfirst = block.text
            explained.append(ExplainedBlock(text: block.text, role: .standfirst, evidence: "class names a standfirst"))
            return
        }
        // The byline or date row right under the headline, outside the story's container (`HeadlineMetadataRow`).
        if !seenContent, bodyCandidates.isEmpty, explained.last?.role == .title, block.linkDensity < 0.5, isShortRow(block) {
            if HeadlineMetadataRow.isBylineRow(block.text) { return metadataLine(block, evidence: HeadlineMetadataRow.bylineEvidence) }
            if HeadlineMetadataRow.dateAlone(block.text) != nil { return metadataLine(block, evidence: HeadlineMetadataRow.dateEvidence) }
        }
        let reason = (block.length < 300 ? BlockNoisePhrases.reason(for: block.text) ?? HTMLNoiseLabels.reason(for: block.text) : nil)
            ?? (seenContent ? .related : .navigation)
        if !seenContent { headRemovals.append(explained.count) }
        remove(block, reason, seenContent ? "outside the article, after it" : "outside the article, before it")
    }

    mutating func document(source: String) -> Document {
        if let line = closingLinkLine { keepClosingLine(line) }
        closingLinkLine = nil
        if let aside = closingAside { keepClosingAside(aside) }
        closingAside = nil
        restoreListPeers()
        var explained = self.explained
        var paragraphs: [String] = []
        var removed = self.removed
        // On a page of short blocks only, shape says nothing: every block is short.
        let verdicts = content.isWholePage ? bodyCandidates.map { _ in nil } : danglingHeadingReasons()
        let cardLists = content.isWholePage ? [] : TeaserCardList.cardLists(of: bodyCandidates.map { ($0.node, $0.length) },
                                                                             document: document, layout: layout, datelines: datelineNodes)
        let shownTwice = MixedLinkList.shownTwice(mixedListItems, blocks: self.explained)
        let folded = FoldedBoxText.inBox(bodyCandidates.map { ($0.node, $0.length) }, box: content.labelledBox, nodes: document.nodes)
        let teaserItems = TeaserItemLabel.items(holding: removedLinkNodes, nodes: document.nodes)
        let shapes = linkShapes.isEmpty ? [] : bodyCandidates.map { linkShape(of: $0.explainedIndex) }
        let trimmedTails = !shapes.contains { $0.trailingLinkLength > 0 } ? [] : RepeatedTrailingLink.trimmed(
            zip(bodyCandidates, shapes).map { ($0.text, $0.length, $1.trailingLinkLength) })
        let linkRows = !shapes.contains { $0.linkPercent > 0 } ? [] : RepeatedLinkRow.repeated(
            zip(bodyCandidates, shapes).map { ($0.text, $0.length, $1.linkPercent) })
        let bio = content.isWholePage ? nil : AuthorBoxAfterStory.bioStart(bodyCandidates.map {
            ($0.text, $0.length, !$0.isHeading && layout.linkDensity($0.node) >= 0.5)
        }, byline: metadata.byline) { i in
            removedRun(before: bodyCandidates[i].explainedIndex)
        }
        // The end mark ends a release only when a short wire tail follows it.
        var releaseEnd: Int?
        if let mark = releaseMark {
            if ReleaseEndMark.isWireTail(bodyCandidates[mark.end...].map(\.length)) {
                releaseEnd = mark.end
            } else if explains {
                // A divider over the writer's own lines: a mark that ends nothing, removed as a stray line.
                explained[mark.explainedIndex].evidence = ReleaseEndMark.dividerEvidence
            }
        }
        let footer = content.isWholePage ? nil : RuleClosedFooter.start(bodyCandidates.map { ($0.node, $0.length) }, nodes: document.nodes)
        let notice = content.isWholePage ? nil : ClosingRightsNotice.start(bodyCandidates.lazy.map { (text: $0.text, length: $0.length) })
        // Read only when no heading ends the article (a dangling heading is the last block then).
        let signature = verdicts.last.map { $0 == nil } == true && bio == nil && footer == nil
            && ClosingBoldName.isSignature(bodyCandidates.suffix(3).map { ($0.text, $0.length, $0.node) }, document: document)
            ? bodyCandidates.count - 1 : -1
        var signatureName: String?
        let keptBytes = zip(bodyCandidates, verdicts).reduce(0) { $0 + ($1.1 == nil ? $1.0.length : 0) }
        let captionBytes = captions.reduce(0) { $0 + $1.utf8.count }
        // A photo story: its captions outweigh its text, so they are the article, in page order.
        // A single-picture post whose only prose sits in the caption: the caption is all there is to read.
        let captionIsOnlyText = keptBytes == 0 && captionBytes >= 150
        let captionsAreStory = (captions.count >= 3 && captionBytes > max(keptBytes, 200)) || captionIsOnlyText
        let storyEvidence = captionIsOnlyText ? "the only prose of the article is in captions (\(captionBytes) bytes)"
            : "photo story: captions outweigh the text (\(captionBytes) to \(keptBytes) bytes)"
        let inline = captionsAreStory ? [] : InlineCaption.kept(captionPlaces.map { ($0.node, $0.bodyBefore) },
                                                                  bodyCount: bodyCandidates.count, inContent: content.inContent)
        let ofPlayer = captionsAreStory ? [] : captionPlaces.map { PlayerCaption.underPlayer($0.node, document.nodes, layout) }
        var leftCaptions: [String] = []
        var nextCaption = 0
        func addCaptions(upTo bodyCount: Int) {
            while nextCaption < captions.count, captionPlaces[nextCaption].bodyBefore <= bodyCount {
                defer { nextCaption += 1 }
                guard captionsAreStory || (inline[nextCaption] && !ofPlayer[nextCaption]) else {
                    leftCaptions.append(captions[nextCaption])
                    if !captionsAreStory, ofPlayer[nextCaption] {
                        explained[captionPlaces[nextCaption].explainedIndex] = ExplainedBlock(
                            text: captions[nextCaption], role: .caption, evidence: PlayerCaption.evidence)
                    }
                    continue
                }
                paragraphs.append(captions[nextCaption])
                explained[captionPlaces[nextCaption].explainedIndex] = ExplainedBlock(
                    text: captions[nextCaption], role: .body, evidence: captionsAreStory ? storyEvidence : InlineCaption.evidence)
            }
        }
        // The data-table row the last paragraph began, while its next cells may join it.
        var openRow: (place: DataTableRow.Place, paragraph: Int, explainedIndex: Int, cells: Int)?
        var joinedCells: [Int] = []
        for (i, candidate) in bodyCandidates.enumerated() {
            addCaptions(upTo: i)
            let reason = verdicts[i]
            if !linkRows.isEmpty, linkRows[i] {
                removed.append(RemovedBlock(text: candidate.text, reason: .related))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .related,
                    evidence: explains ? RepeatedLinkRow.evidence(count: bodyCandidates.count { $0.text == candidate.text },
                                                                  linkPercent: shapes[i].linkPercent) : nil)
            } else if shownTwice.contains(candidate.explainedIndex) {
                removed.append(RemovedBlock(text: candidate.text, reason: .related))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .related,
                    evidence: "a linked item of a list in the article whose text the page shows again elsewhere: a list of headlines")
            } else if let reason {
                removed.append(RemovedBlock(text: candidate.text, reason: reason))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: reason,
                                                                     evidence: "heading at the end of the article, introducing nothing")
            } else if let bio, i >= bio {
                removed.append(RemovedBlock(text: candidate.text, reason: .metadata))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .metadata,
                    evidence: "in the author box ending the article: a paragraph opening with the name a short linked line (or the page's byline) right before it ends in")
            } else if let releaseEnd, i >= releaseEnd || (i == releaseEnd - 1 && ReleaseEndMark.isContact(candidate.text, length: candidate.length)) {
                removed.append(RemovedBlock(text: candidate.text, reason: .metadata))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .metadata,
                    evidence: i >= releaseEnd ? ReleaseEndMark.evidence : ReleaseEndMark.contactEvidence)
            } else if let notice, i >= notice {
                removed.append(RemovedBlock(text: candidate.text, reason: .navigation))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .navigation,
                                                                     evidence: ClosingRightsNotice.evidence)
            } else if let footer, i >= footer {
                removed.append(RemovedBlock(text: candidate.text, reason: .navigation))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .navigation,
                                                                     evidence: RuleClosedFooter.evidence)
            } else if !folded.isEmpty, folded[i] {
                removed.append(RemovedBlock(text: candidate.text, reason: .related))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .related,
                    evidence: "in the box under a short label after the story (\(FoldedBoxText.minimumStoryBytes)+ bytes of prose before it): folded text the story quotes, not the story")
            } else if TeaserItemLabel.item(of: candidate.node, length: candidate.length, items: teaserItems,
                                                      nodes: document.nodes, layout: layout) != nil {
                removed.append(RemovedBlock(text: candidate.text, reason: .related))
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .related,
                    evidence: explains ? "short line of a list item whose linked headline was removed as a teaser, \(TeaserItemLabel.minimumItems)+ such items in its list" : nil)
            } else if !cardLists.isEmpty, cardLists[i] >= 0 {
                removed.append(RemovedBlock(text: candidate.text, reason: .related))
                let list = document.nodes[cardLists[i]]
                let cards = explains ? TeaserCardList.countCards(in: cardLists[i], document: document, layout: layout) : 0
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .removed, reason: .related,
                    evidence: explains ? "teaser card in <\(list.tag)\(list.classAndID.isEmpty ? "" : " \"\(list.classAndID.prefix(40))\"")>: \(cards) items with a heading, a link and under 500 bytes each, \(TeaserCardList.isDated(cardLists[i], datelines: datelineNodes, document: document, layout: layout) ? "each with a dateline of its own, after the article's prose" : "beside more prose of the article")" : nil)
            } else if i == signature {
                signatureName = candidate.text
                explained[candidate.explainedIndex] = ExplainedBlock(text: candidate.text, role: .byline, evidence: ClosingBoldName.evidence)
            } else if !trimmedTails.isEmpty, let kept = trimmedTails[i] {
                paragraphs.append(kept)
                let tail = String(Substring(candidate.text.utf8.dropFirst(kept.utf8.count)).drop { $0 == " " })
                explained[candidate.explainedIndex] = ExplainedBlock(text: kept, role: .body, evidence: explains
                    ? RepeatedTrailingLink.evidence(tail, count: bodyCandidates.count { $0.text.hasSuffix(" " + tail) }) : nil)
            } else {
                let place = dataTables.place(of: candidate.node, document.nodes, layout)
                if let place, let row = openRow, row.place.row == place.row, row.place.cell < place.cell,
                   row.paragraph == paragraphs.count - 1 {
                    // The next kept cell of the row the last paragraph began: one line (`DataTableRow`).
                    paragraphs[row.paragraph] += "\t" + candidate.text
                    openRow = (place, row.paragraph, row.explainedIndex, row.cells + 1)
                    explained[row.explainedIndex].text = paragraphs[row.paragraph]
                    if explains { explained[row.explainedIndex].evidence = DataTableRow.evidence(cells: row.cells + 1, shape: place.shape) }
                    joinedCells.append(candidate.explainedIndex)
                } else {
                    paragraphs.append(candidate.text)
                    openRow = place.map { ($0, paragraphs.count - 1, candidate.explainedIndex, 1) }
                }
            }
        }
        addCaptions(upTo: bodyCandidates.count)
        // A joined cell lives on in its row's line (indices ascending: one pass).
        if !joinedCells.isEmpty {
            var next = 0
            var left: [ExplainedBlock] = []
            left.reserveCapacity(explained.count - joinedCells.count)
            for (index, block) in explained.enumerated() {
                if next < joinedCells.count, joinedCells[next] == index { next += 1 } else { left.append(block) }
            }
            explained = left
        }
        var doc = Document(source: source, title: metadata.title, byline: metadata.byline, published: metadata.published,
                           publisher: metadata.publisher, standfirst: standfirst, paragraphs: paragraphs,
                           captions: leftCaptions, removed: removed, blocks: explained)
        let bodyBytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
        if let body = metadata.articleBody, body.utf8.count > bodyBytes * 2 {
            // The DOM held almost nothing (a script-rendered page), or only the opening of the
            // JSON-LD copy (a paywall's teaser): the JSON-LD copy is the article.
            let evidence = bodyBytes < 250 ? "JSON-LD articleBody"
                : TeaserOfJSONLDBody.continues(paragraphs, in: body) ? TeaserOfJSONLDBody.evidence : nil
            if let evidence {
                doc.paragraphs = body.split(whereSeparator: \.isNewline).map { WhitespaceNormalizer.normalize(String($0)) }.filter { !$0.isEmpty }
                doc.blocks += doc.paragraphs.map { ExplainedBlock(text: $0, role: .body, evidence: evidence) }
            }
        }
        // A description that only repeats the headline (a blog's post title) is no standfirst either.
        if doc.standfirst == nil, let description = metadata.description, description.count >= 40,
           description.lowercased() != doc.title?.lowercased(),
           !Self.repeats(description, in: doc.paragraphs.prefix(3)) {
            doc.standfirst = description
        }
        if doc.byline == nil {
            doc.byline = bylineLines.lazy.compactMap { line -> String? in
                if let name = MetadataPatterns.byline(in: line) ?? BylineLabels.name(in: Substring(line))
                    ?? WriterOutletByline.writer(in: Substring(line)) ?? KoreanReporterCredit.name(in: Substring(line)) { return name }
                if let name = UncasedBareName.beforeDate(in: line) { return name }
                // An unlabelled row: a name and the writer's role, or a name (a host's "With" before it) and the date.
                if let name = WriterRoleTail.name(in: line) ?? NameBeforeDate.name(in: Substring(line)) { return name }
                guard line.lowercased().hasPrefix("by "), line.count < 100 else { return nil }
                return String(line.dropFirst(3))
            }.first
        }
        // A name alone in a script without capitals, in the byline box beside its date line.
        if doc.byline == nil { doc.byline = UncasedBareName.besideDate(in: bylineLines) }
        // A blog engine's footer under the post ("posted by <name> at <time>"), outside any comment.
        if doc.byline == nil {
            doc.byline = explained.lazy.filter { $0.reason != .comments && $0.text.utf8.count <= 160 }
                .compactMap { PostFooterByline.name(in: Substring($0.text)) }.first
        }
        if doc.byline == nil { doc.byline = fieldName }
        if doc.byline == nil { doc.byline = signatureName }
        // A host's "with" before the name, a writer's role after it: the name alone (`BylineNameOnly`).
        if let byline = doc.byline, let trimmed = BylineNameOnly.trim(byline) { doc.byline = trimmed.name }
        if doc.published == nil { doc.published = bylineLines.lazy.compactMap { DateNormalizer.iso($0) }.first }
        // The edition's date right over the headline, when nothing else dates the page (`HeadlineMetadataRow`).
        if doc.published == nil, let t = self.explained.firstIndex(where: { $0.role == .title }), t > 0, headRemovals.contains(t - 1),
           let iso = HeadlineMetadataRow.dateAlone(self.explained[t - 1].text) {
            let text = self.explained[t - 1].text
            doc.published = iso
            // The row's own block, by its index (the same text may stand elsewhere on the page): only
            // the joined table cells before it have left `explained` since.
            let k = t - 1 - joinedCells.count { $0 < t - 1 }
            if doc.blocks[k].role == .removed {
                doc.blocks[k] = ExplainedBlock(text: text, role: .dateline, evidence: explains ? HeadlineMetadataRow.dateEvidence : nil)
            }
            if let k = doc.removed.firstIndex(where: { $0.text == text }) { doc.removed.remove(at: k) }
        }
        if doc.publisher == nil, let first = doc.paragraphs.first { doc.publisher = MetadataPatterns.publisher(in: first) }
        return doc
    }

    /// Short blocks inside the article element are its text: list items, table cells, steps,
    /// subheadings and sign-offs are short by nature, and what is furniture was judged by its
    /// container, links and labels already. Only headings that end the article introduce nothing
    /// of it (a "Related" heading whose list was removed), so they go.
    private func danglingHeadingReasons() -> [NoiseReason?] {
        var reasons = [NoiseReason?](repeating: nil, count: bodyCandidates.count)
        for i in stride(from: bodyCandidates.count - 1, through: 0, by: -1) {
            guard bodyCandidates[i].isHeading else { break }
            reasons[i] = .fragment
        }
        return reasons
    }

    // MARK: - Lone link lines

    private enum BlockOutcome: Equatable {
        case body
        /// Removed inside the article for its links (the percentage linked).
        case linkLine(Int)
        /// A line read as the article's date.
        case dateline
        /// Removed for a noise phrase, but a sentence that may be the author's aside.
        case aside
        case other
    }

    /// One linked line between two paragraphs of the article is the author's (a cited page, a
    /// linked name, a reference list item); a list of links is a run of them, so only a line with
    /// prose on both sides is kept. Labels ("Share", "Read more") are still furniture there.
    /// `linkShapes`' entry for the block explained at `index`, zeros when it has none.
    private func linkShape(of index: Int) -> (linkPercent: Int, trailingLinkLength: Int) {
        var low = 0, high = linkShapes.count
        while low < high {
            let middle = (low + high) / 2
            if linkShapes[middle].explainedIndex < index { low = middle + 1 } else { high = middle }
        }
        guard low < linkShapes.count, linkShapes[low].explainedIndex == index else { return (0, 0) }
        return (linkShapes[low].linkPercent, linkShapes[low].trailingLinkLength)
    }

    /// Whether block `node` is a cell of figures: a bare `td`/`th`, or the one paragraph of a cell
    /// of a data table (`DataTableRow`'s structural test; a layout table's paragraph is no cell).
    /// Whether block node `node` is a header cell of a data table (`DataTableHeaderCell`): only
    /// cells and their one paragraph are looked up.
    private mutating func isDataTableHeader(_ node: Int, tag: String) -> Bool {
        guard tag == "td" || tag == "th" || tag == "p", let place = dataTables.place(of: node, document.nodes, layout) else { return false }
        return DataTableHeaderCell.isHeader(place, document.nodes)
    }

    private mutating func isFigureCell(_ node: Int, tag: String) -> Bool {
        if tag == "td" || tag == "th" { return true }
        guard tag == "p" else { return false }
        return dataTables.place(of: node, document.nodes, layout) != nil
    }

    private mutating func keepLinkLine(_ line: (text: String, length: Int, density: Int, explainedIndex: Int, node: Int), run: Int) {
        takeBackRemovedLink(line.text, node: line.node, explainedIndex: line.explainedIndex)
        bodyCandidates.insert((line.text, line.length, false, line.explainedIndex, line.node), at: bodyCandidates.count - 1)
        explained[line.explainedIndex] = ExplainedBlock(text: line.text, role: .body,
            evidence: run > 1 ? LinkedSentenceRun.evidence(count: run, density: line.density)
                : "a lone linked line (links \(line.density)%) between two paragraphs of the article")
    }

    /// A flagged sentence between two paragraphs, put back before the paragraph just added.
    private mutating func keepAside(_ line: (text: String, length: Int, explainedIndex: Int, node: Int)) {
        if let last = removed.lastIndex(where: { $0.text == line.text }) { removed.remove(at: last) }
        bodyCandidates.insert((line.text, line.length, false, line.explainedIndex, line.node), at: bodyCandidates.count - 1)
        explained[line.explainedIndex] = ExplainedBlock(text: line.text, role: .body, evidence: FlaggedSentenceBetweenParagraphs.evidence)
    }

    /// The flagged sentence that closes the article, after its last body paragraph.
    private mutating func keepClosingAside(_ line: (text: String, length: Int, explainedIndex: Int, node: Int)) {
        if let last = removed.lastIndex(where: { $0.text == line.text }) { removed.remove(at: last) }
        bodyCandidates.append((line.text, line.length, false, line.explainedIndex, line.node))
        explained[line.explainedIndex] = ExplainedBlock(text: line.text, role: .body, evidence: ClosingFlaggedSentence.evidence)
    }

    /// Linked items removed from a list whose other items the article keeps go back into it, in
    /// page order; captions after them now have one more paragraph before them.
    private mutating func restoreListPeers() {
        let items = removedLinkItems.filter { explained[$0.explainedIndex].role == .removed }
        let shapes = items.map { ($0.node, $0.length, $0.linkLength) }
        let kept = bodyCandidates.map(\.node)
        let back = KeptListPeers.restored(shapes, kept: kept, nodes: document.nodes)
        let tailed = TailedListItems.restored(shapes, kept: kept, nodes: document.nodes)
        for ((item, isPeer), isTailed) in zip(zip(items, back), tailed) where isPeer || isTailed {
            takeBackRemovedLink(item.text, node: item.node, explainedIndex: item.explainedIndex)
            let at = bodyCandidates.firstIndex { $0.explainedIndex > item.explainedIndex } ?? bodyCandidates.count
            bodyCandidates.insert((item.text, item.length, false, item.explainedIndex, item.node), at: at)
            for c in captionPlaces.indices where captionPlaces[c].explainedIndex > item.explainedIndex { captionPlaces[c].bodyBefore += 1 }
            explained[item.explainedIndex] = ExplainedBlock(text: item.text, role: .body,
                                                            evidence: explains ? (isPeer ? KeptListPeers.evidence : TailedListItems.evidence) : nil)
        }
    }

    /// The partly linked sentence that closes the article, after its last body paragraph.
    private mutating func keepClosingLine(_ line: (text: String, length: Int, density: Int, explainedIndex: Int, node: Int)) {
        takeBackRemovedLink(line.text, node: line.node, explainedIndex: line.explainedIndex)
        bodyCandidates.append((line.text, line.length, false, line.explainedIndex, line.node))
        explained[line.explainedIndex] = ExplainedBlock(text: line.text, role: .body, evidence: ClosingLinkedSentence.evidence(density: line.density))
    }

    /// A linked line removed as related and then kept after all: it leaves the removed lines and
    /// no longer counts as a teaser's link (`TeaserItemLabel`).
    private mutating func takeBackRemovedLink(_ text: String, node: Int, explainedIndex: Int) {
        if let last = removed.lastIndex(where: { $0.text == text }) { removed.remove(at: last) }
        if let last = removedLinkNodes.lastIndex(of: node) { removedLinkNodes.remove(at: last) }
        removedLinkLines.remove(explainedIndex)
    }

    /// A heading linked through (to the post's own page) with the post's dateline right under it
    /// is the post's title, not a teaser: teasers in the article carry no dateline line of their own.
    private mutating func keepPostTitle(_ heading: (text: String, length: Int, explainedIndex: Int, node: Int)) {
        guard !Self.isLabel(heading.text) else { return }
        takeBackRemovedLink(heading.text, node: heading.node, explainedIndex: heading.explainedIndex)
        bodyCandidates.append((heading.text, heading.length, true, heading.explainedIndex, heading.node))
        explained[heading.explainedIndex] = ExplainedBlock(text: heading.text, role: .body,
            evidence: "a linked heading with the post's dateline right under it: the post's title")
    }

    /// The removed blocks right before explained block `index`, nearest first, up to the previous kept one;
    /// whether each was removed for its links inside the article.
    private func removedRun(before index: Int) -> [(text: String, isLinkLine: Bool)] {
        var run: [(text: String, isLinkLine: Bool)] = []
        var k = index - 1
        while k >= 0, explained[k].role == .removed, run.count < 8 {
            run.append((explained[k].text, removedLinkLines.contains(k)))
            k -= 1
        }
        return run
    }

    private static func isLabel(_ text: String) -> Bool {
        HTMLNoiseLabels.reason(for: text) != nil || (text.utf8.count < 300 && BlockNoisePhrases.reason(for: text) != nil)
    }

    // MARK: - Roles

    /// `evidence` nil when not `explains`.
    private mutating func remove(_ block: TextBlock, _ reason: NoiseReason, _ evidence: String?) {
        removed.append(RemovedBlock(text: block.text, reason: reason))
        explained.append(ExplainedBlock(text: block.text, role: .removed, reason: reason, evidence: evidence))
    }

    /// For `--explain`: a comment-named element that holds units named for comments stays furniture
    /// however much of the page's prose it holds (`CommentThreadUnits`).
    private func threadNote(_ reason: NoiseReason, _ node: Int) -> String {
        let source = layout.chromeSource[node]
        guard reason == .comments, source >= 0, CommentThreadUnits.holdsThread(source, nodes: document.nodes, words: layout.words) else { return "" }
        return ", a thread of units named for comments"
    }

    /// The furniture element a block sits in, as `--explain` names it.
    private func chromeName(_ node: Int) -> String {
        let source = document.nodes[max(0, layout.chromeSource[node])]
        return source.classAndID.isEmpty ? "<\(source.tag)>" : "<\(source.tag) \"\(source.classAndID.prefix(40))\">"
    }

    private mutating func caption(_ block: TextBlock) {
        captions.append(block.text)
        captionPlaces.append((bodyCandidates.count, explained.count, block.node))
        explained.append(ExplainedBlock(text: block.text, role: .caption, evidence: "figure, figcaption or caption/credit class"))
    }

    /// A metadata row is under 200 letters, counted as Latin ones (`ScriptNeutralLength`): an Adlam
    /// byline row of four-byte letters is as short as a Latin one of a quarter of its bytes.
    @inline(__always)
    private func isShortRow(_ block: TextBlock) -> Bool {
        block.length < 200 || ScriptNeutralLength.of(block.text, bytes: block.length, limit: 200) < 200
    }

    private mutating func metadataLine(_ block: TextBlock, evidence: String = "class names byline/date") {
        let separated = SeparatedInlineFields.text(of: block.node, matching: block.text, in: document)
        let line = separated ?? block.text
        let head = BylineAboveLineBreak.head(of: block.node, line: line, in: document)
        // The name above the box's break is read first; the whole box still gives its date.
        if let head { bylineLines.append(head) }
        bylineLines.append(line)
        var evidence = separated == nil || !explains ? evidence : evidence + SeparatedInlineFields.evidence
        if head != nil, explains { evidence += BylineAboveLineBreak.evidence }
        // An unlabelled name over its labelled date: the name is read from its own line.
        if head == nil, MetadataPatterns.byline(in: line) == nil, let name = NameOverDateLineBreak.name(of: block.node, in: document) {
            bylineLines.append(name)
            if explains { evidence += NameOverDateLineBreak.evidence }
        }
        if let name = FirstFieldName.name(of: block.node, in: document) {
            if fieldName == nil { fieldName = name }
            if explains { evidence += FirstFieldName.evidence }
            // Read whole, the line runs the field's name on into the next field's first word (a weekday
            // the name readers do not know): the field alone is read first.
            if let field = FirstFieldName.runOnField(of: block.node, name: name, line: line, in: document),
               let k = bylineLines.lastIndex(of: line) {
                bylineLines.insert(field, at: k)
                if explains { evidence += FirstFieldName.runOnEvidence }
            }
        }
        let isDate = Self.mayHoldDate(block.text) && DateNormalizer.iso(block.text) != nil && block.text.count < 60
        if isDate {
            outcome = .dateline
            datelineNodes.append(block.node)
        }
        explained.append(ExplainedBlock(text: block.text, role: isDate ? .dateline : .byline, evidence: evidence))
    }

    /// The element or one of its two nearest ancestors is classed as a standfirst and is small
    /// (a wrapper classed "article-intro" around the whole text is no standfirst).
    private func isStandfirst(_ node: Int) -> Bool {
        var n = node
        var steps = 0
        while n >= 0 && steps < 3 {
            if layout.words[n].isStandfirst { break }
            n = document.nodes[n].parent
            steps += 1
        }
        guard n >= 0, steps < 3 else { return false }
        return layout.textBytes[n] < 600
    }

    /// The nearest hidden element at or above `node` (the segmenter read it, for `HiddenPartReading`'s reason).
    private func hiddenAncestor(of node: Int) -> Int? {
        var n = node
        while n >= 0 && !document.nodes[n].kind.contains(.hidden) { n = document.nodes[n].parent }
        return n >= 0 ? n : nil
    }

    /// The block's content root is a table row that `TableRowArticle` added, not the winner or its sibling.
    private func isInContinuingTableRow(_ node: Int) -> Bool {
        let nodes = document.nodes
        guard let top = content.roots.first else { return false }
        var n = node
        while n >= 0 && !content.roots.contains(n) { n = nodes[n].parent }
        return n >= 0 && n != top && nodes[n].tag == "tr" && nodes[n].parent != nodes[top].parent
    }

    /// True when the block sits in a later row of the layout table whose row holds the article's
    /// last paragraph so far (the content root took the whole table): the table's footer row.
    private func isInRowAfterArticleRow(_ node: Int) -> Bool {
        guard let last = bodyCandidates.last, let row = Self.tableRow(of: node, document.nodes),
              let articleRow = Self.tableRow(of: last.node, document.nodes) else { return false }
        return row > articleRow && document.nodes[row].parent == document.nodes[articleRow].parent
    }

    /// The nearest `tr` at or above `node`, if any.
    private static func tableRow(of node: Int, _ nodes: [HTMLNode]) -> Int? {
        var n = node
        while n >= 0 && nodes[n].tag != "tr" { n = nodes[n].parent }
        return n >= 0 ? n : nil
    }

    /// The nearest element at or above the block's container that has a class or id (the root when none has).
    private func namedContainer(of node: Int) -> Int {
        let nodes = document.nodes
        var n = nodes[node].kind.contains(.paragraph) && nodes[node].parent >= 0 ? nodes[node].parent : node
        while nodes[n].classAndID.isEmpty && nodes[n].parent >= 0 { n = nodes[n].parent }
        return n
    }

    private static func hasLetters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Every date `DateNormalizer` reads has a digit: ASCII text without one holds none (skips tokenising).
    private static func mayHoldDate(_ text: String) -> Bool {
        text.utf8.contains { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }
    }

    /// A headline and byline joined in one block are shorter than this (in bytes).
    private static let maximumHeadlineAndBylineBytes = 300

    private static let calledOutAtAnyLength: Set<NoiseReason> = [.newsletter, .cookie, .advertisement]

    private static func hasDigits(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 48 && $0 <= 57 }
    }

    /// The description restates the opening paragraphs (so it is no standfirst of its own).
    private static func repeats(_ description: String, in paragraphs: ArraySlice<String>) -> Bool {
        let key = String(description.lowercased().prefix(60))
        return paragraphs.contains { $0.lowercased().contains(key) }
    }
}
