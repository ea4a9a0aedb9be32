/// Reads title, byline, date, publisher and standfirst from the lines around the start of the body.
struct TextMetadata: Sendable {
    var titleIndex: Int?
    /// The first story's headline under an edition's issue line (`EditionIssueLine`): the body's first line.
    var editionFirstHeadline: Int?
    /// The headline's second line, when the copy wrapped it (`WrappedHeadline`).
    var titleContinuationIndex: Int?
    var title: String?
    /// Why the title line was taken, for `--explain`.
    var titleNote: String?
    var standfirstIndex: Int?
    var byline: String?
    var bylineIndex: Int?
    /// Why the byline line was taken, when a rule beyond the line's own label did.
    var bylineNote: String?
    var published: String?
    var dateIndex: Int?
    /// Why the date line was taken, when a rule beyond the line's own date did, or the calendar it was converted from.
    var dateNote: String?
    var publisher: String?
    var publisherIndex: Int?
    /// Why the publisher line was taken, when a rule beyond the line's own label did.
    var publisherNote: String?
}

enum TextMetadataExtractor {
    static func extract(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> TextMetadata {
        // Copied only when a date is read here that the line gate passed by (`ShortYearDateLine`).
        var evidence = evidence
        var meta = TextMetadata()
        let head = 0..<body.lowerBound
        var headline = titleIndex(lines, evidence, head: head, body: body)
        if let chosen = headline?.index, let whole = SplitHeadlineEcho.whole(of: chosen, lines, evidence) {
            headline = (whole, SplitHeadlineEcho.note)
        }
        // An edition's page: its issue line over the first story is the title, the story's headline one of its lines.
        if let chosen = headline?.index, let issue = EditionIssueLine.above(chosen, lines, evidence) {
            headline = (issue, EditionIssueLine.evidence)
            meta.editionFirstHeadline = chosen
        }
        meta.titleIndex = headline?.index
        meta.titleNote = headline?.note
        // A headline asked as a question can open the body run; take it back as the title.
        if meta.titleIndex == nil, let first = body.first, body.count >= 2, isTitleCandidate(lines[first], evidence[first]),
           lines[first].wordCount <= 20, lines[first].text.last == "?" || lines[first].text.last == "!" {
            meta.titleIndex = first
        }
        if let t = meta.titleIndex {
            // A title joined from hard-wrapped lines is one line, without the copy's breaks and padding;
            // a title in a table row (cells split by tabs, labels after it) is its first cell.
            var text = lines[t].joinedLines > 1 ? Substring(WrappedLineJoiner.flattened(lines[t].text)) : lines[t].text
            // A headline the copy wrapped over two lines is both.
            if let c = WrappedHeadline.continuation(of: t, lines, evidence, body: body) {
                meta.titleContinuationIndex = c
                text = Substring(WrappedLineJoiner.flattened(Substring(String(text) + " " + String(lines[c].text))))
            }
            if text.utf8.contains(9), let cell = text.split(separator: "\t").lazy.map({ $0.trimmingOuterSpace() }).first(where: { !$0.isEmpty }) {
                text = cell
            }
            meta.title = CaselessSiteSuffix.cut(MetadataPatterns.cleanTitle(String(BreadcrumbTitle.lastStep(text) ?? text)))
        }
        meta.standfirstIndex = standfirstIndex(lines, evidence, body: body, title: meta.titleContinuationIndex ?? meta.titleIndex)
        // Under an edition's issue line the first story's headline opens the text; it sums up nothing.
        if let first = meta.editionFirstHeadline, meta.standfirstIndex == first { meta.standfirstIndex = nil }

        // Metadata lines: in the head, or short non-prose lines near the top of the body.
        let top = body.isEmpty ? head : 0..<min(lines.count, body.lowerBound + 6)
        for i in top where !isBodyProse(evidence[i]) && i != meta.titleIndex && !evidence[i].isCaption {
            let ev = evidence[i]
            if meta.byline == nil, let name = ev.byline, !MenuItemName.isMenuItem(i, name: name, lines, evidence) {
                meta.byline = name
                meta.bylineIndex = i
            }
            // A dated line past the body's end (a short body's related box, a comment) is another item's date.
            if meta.published == nil, let iso = ev.dateISO, i < body.upperBound || body.isEmpty {
                meta.published = iso
                meta.dateIndex = i
                meta.dateNote = DateCalendarNote.note(line: lines[i].text, iso: iso)
            }
            if meta.publisher == nil, let name = ev.publisher { meta.publisher = name; meta.publisherIndex = i }
        }
        // A date by the headline without its year, in the year the page gives.
        if meta.published == nil, let found = YearlessHeaderDate.find(lines, evidence, title: meta.titleIndex, body: body) {
            meta.published = found.iso
            meta.dateIndex = found.index
            meta.dateNote = found.note
        }
        // "04.03.25, 18:22": a two-digit year the line gate passed by. The line is dated from here
        // on, so a bare name beside it reads as the byline too.
        if meta.published == nil, let found = ShortYearDateLine.find(lines, evidence, in: top) {
            meta.published = found.iso
            meta.dateIndex = found.index
            meta.dateNote = ShortYearDateLine.note
            evidence[found.index].dateISO = found.iso
        }
        // A bare name under the title or standfirst ("Jordan Example") is the byline.
        if meta.byline == nil, let start = meta.titleIndex {
            let end = min(lines.count, max(body.lowerBound, (meta.standfirstIndex ?? start) + 1) + 2)
            for i in (start + 1)..<max(start + 1, end) where i != meta.standfirstIndex {
                // Irish "Le" and uncased names first: "Le Seán Ó Flaithearta" also reads as capitalised words.
                if let found = HeaderBareByline.find(at: i, lines, evidence) {
                    meta.byline = found.name
                    meta.bylineIndex = i
                    meta.bylineNote = found.note
                    break
                }
                // "Staff reporter, Millbrook": a desk's credit, the place it was filed from after the comma.
                if evidence[i].noise == nil, !evidence[i].isCaption, lines[i].wordCount <= DeskCredit.maximumCreditWords + DeskCredit.maximumPlaceWords,
                   let desk = DeskCredit.name(in: lines[i].text) {
                    meta.byline = desk
                    meta.bylineIndex = i
                    meta.bylineNote = DeskCredit.evidence
                    break
                }
                // "Name Surname 14 May 2025, 06:00": the name a byline row set before its date.
                if evidence[i].dateISO != nil, !evidence[i].isCaption, lines[i].wordCount <= NameBeforeDate.maximumWords,
                   let name = NameBeforeDate.name(in: lines[i].text) {
                    meta.byline = name
                    meta.bylineIndex = i
                    meta.bylineNote = NameBeforeDate.evidence
                    break
                }
                // "Name Surname 14.06.2016 - 10:25 Updated: 14.06.2016 - 11:40": the same row, with the time it was updated.
                if evidence[i].dateISO != nil, !evidence[i].isCaption, lines[i].wordCount <= NameBeforeDate.maximumStampedWords,
                   let name = NameBeforeDate.nameBeforeStamp(in: lines[i].text) {
                    meta.byline = name
                    meta.bylineIndex = i
                    meta.bylineNote = NameBeforeDate.evidence + NameBeforeDate.updateStampEvidence
                    break
                }
                // "Jane Example, Science Correspondent", "Ana Ejemplo, corresponsal en Lima": a name and the
                // writer's role, unlabelled, on a line of its own.
                if evidence[i].noise == nil, !evidence[i].isCaption, evidence[i].dateISO == nil, lines[i].wordCount <= WriterRoleTail.maximumLineWords,
                   !lines[i].endsSentence, let name = WriterRoleTail.name(in: String(lines[i].text)) {
                    meta.byline = name
                    meta.bylineIndex = i
                    meta.bylineNote = WriterRoleTail.lineEvidence
                    break
                }
                // "Name Surname and Name Surname": two writers share the byline.
                if evidence[i].noise == nil, !evidence[i].isCaption, let names = JoinedBareNames.names(in: lines[i].text) {
                    meta.byline = names
                    meta.bylineIndex = i
                    meta.bylineNote = JoinedBareNames.evidence
                    break
                }
                guard looksLikeName(lines[i], evidence[i]),
                      !MenuItemName.isMenuItem(i, name: String(lines[i].text.trimmingOuterSpace()), lines, evidence) else { continue }
                // "Writer - Outlet": the writer.
                if let writer = WriterOutletByline.writer(in: lines[i].text) {
                    meta.byline = writer
                    meta.bylineNote = WriterOutletByline.evidence
                } else {
                    meta.byline = String(lines[i].text)
                }
                meta.bylineIndex = i
                break
            }
        }
        // "By" on its own line, the name glued under it.
        if meta.byline == nil, let found = LoneBylineLabel.find(lines, evidence, in: top, isName: looksLikeName) {
            meta.byline = found.name
            meta.bylineIndex = found.index
            meta.bylineNote = LoneBylineLabel.evidence
        }
        // A credit signing the article at its foot.
        if meta.byline == nil, let found = ClosingCreditLine.find(lines, evidence, body: body) {
            meta.byline = found.name
            meta.bylineIndex = found.index
            meta.bylineNote = found.note
        }
        // A blog engine's footer under the post: "posted by <name> at <time>".
        if meta.byline == nil {
            for i in (meta.titleIndex ?? 0)..<min(lines.count, body.upperBound + 6)
            where lines[i].wordCount <= 16 && evidence[i].noise != .comments {
                guard let name = PostFooterByline.name(in: lines[i].text) else { continue }
                meta.byline = name
                meta.bylineIndex = i
                meta.bylineNote = PostFooterByline.evidence
                break
            }
        }
        // A host's "with" before the name, a writer's role after it: the name alone.
        if let byline = meta.byline, let trimmed = BylineNameOnly.trim(byline) {
            meta.byline = trimmed.name
            meta.bylineNote = meta.bylineNote.map { "\($0); \(trimmed.evidence)" } ?? trimmed.evidence
        }
        // A "Source: Agency" line may also close the article.
        if meta.publisher == nil, let i = (body.upperBound..<lines.count).first(where: { evidence[$0].publisher != nil }) {
            meta.publisher = evidence[i].publisher
            meta.publisherIndex = i
        }
        // "News provided by" over the issuer's name: a wire release's source.
        if meta.publisher == nil, let i = IssuerUnderCreditLabel.find(lines, in: head), i != meta.titleIndex {
            meta.publisher = String(lines[i].text)
            meta.publisherIndex = i
            meta.publisherNote = IssuerUnderCreditLabel.evidence
        }
        if meta.publisher == nil { meta.publisher = selfCreditedOutlet(lines, evidence, top: 0..<min(lines.count, body.lowerBound + 6)) }
        // A dateline opening the first paragraph: "CITY, April 20 (Agency) –".
        if let first = body.first(where: { evidence[$0].noise == nil && !evidence[$0].isCaption && $0 != meta.standfirstIndex }),
           let agency = MetadataPatterns.datelineAgency(in: lines[first].text) {
            if meta.publisher == nil { meta.publisher = agency }
            if meta.published == nil {
                let opening = lines[first].text.prefix(90)
                meta.published = DateNormalizer.iso(opening) ?? yearlessDate(opening, lines)
            }
        }
        return meta
    }

    /// The outlet of a photo credit near the top ("(Name / The Outlet)") when the page also names
    /// that outlet in its own appeal or sign-up box: a site credits its own photographers.
    private static func selfCreditedOutlet(_ lines: [TextLine], _ evidence: [LineEvidence], top: Range<Int>) -> String? {
        for i in top where evidence[i].isCaption && lines[i].text.last == ")" {
            let text = lines[i].text
            guard let open = text.lastIndex(of: "("), let slash = text[open...].lastIndex(of: "/") else { continue }
            let outlet = text[text.index(after: slash)..<text.index(before: text.endIndex)].trimmingOuterSpace()
            let words = outlet.split(separator: " ")
            guard (1...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            // "The Outlet" is named as "the Outlet" in running text.
            let core = words.first == "The" && words.count > 1 ? words.dropFirst().joined(separator: " ") : String(outlet)
            let named = lines.indices.contains { k in
                // Site chrome shared across pages (`.repeated`) is where such appeals end up when pages are cleaned together.
                guard let noise = evidence[k].noise, [.membership, .newsletter, .paywall, .repeated].contains(noise) else { return false }
                return lines[k].text.contains(core)
            }
            if named { return String(outlet) }
        }
        return nil
    }

    /// Two to four capitalised words and nothing else: a person's name on its own line.
    static func looksLikeName(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard (2...4).contains(line.wordCount), ev.noise == nil, !ev.isCaption, !line.endsSentence,
              line.capitalizedCount == line.wordCount, line.stopwordCount == 0 else { return false }
        return line.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" }
    }

    private static func isBodyProse(_ ev: LineEvidence) -> Bool {
        ev.shape == .good && ev.byline == nil && ev.noise != .banner
    }

    /// The head line that best reads as a headline; nil when the page opens straight into prose.
    private static func titleIndex(_ lines: [TextLine], _ evidence: [LineEvidence], head: Range<Int>,
                                   body: Range<Int>) -> (index: Int, note: String)? {
        if let name = PageNameHeadline.index(lines, evidence, body: body) {
            return (name, "headline: the page's first line, repeated below it, and the article opens with it")
        }
        let found = HeadlineFinder.find(lines, evidence, head: head, body: body)
        // A centred title is the document's own mark: the header rows above it are no headline.
        if let found, found.reason == CenteredDocumentTitle.note { return (found.index, found.note) }
        // The page's own header, when it comes before the line over the body and that line heads no
        // header of its own: the body is another run's. (Looked for only then: it costs a scan.)
        if found.map({ !PageHeaderHeadline.isNearHeader($0.index, lines, evidence) }) ?? true,
           let page = PageHeaderHeadline.find(lines, evidence, above: min(found?.index ?? body.lowerBound, body.lowerBound)) {
            return (page.index, PageHeaderHeadline.note(overlap: page.overlap, underDate: page.underDate))
        }
        if let found { return (found.index, found.note) }
        return OpeningWordsHeadline.index(lines, evidence, body: body).map { ($0, OpeningWordsHeadline.note) }
    }

    static func isTitleCandidate(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        let words = line.wordCount
        guard words >= 2, words <= 30, !ev.isCaption, !ev.isTimestamp, !ev.isTableRow, ev.byline == nil, ev.publisher == nil
        else { return false }
        // Two word units of a script without spaces are one menu label's letters ("ການເມືອງ",
        // "政治"), counted as two words by their length: no headline is that short.
        if words < 3, line.script.isUnspaced { return false }
        if ev.dateISO != nil { return false }
        // Repeated within the page is fine (titles recur in breadcrumbs); vocabulary noise is not.
        let repeatedHere = ev.noiseSource?.isRepeatedInPage == true
        switch ev.noise {
        case nil: break
        case .repeated?, .related?: guard repeatedHere else { return false }
        case .banner?:
            // "UPDATED: headline" is a title once its prefix goes.
            guard MetadataPatterns.titlePrefixFirstWords.contains(line.words.first ?? ""),
                  MetadataPatterns.cleanTitle(String(line.text)) != String(line.text) else { return false }
        default: return false
        }
        if line.text.hasSuffix(".") && !line.text.hasSuffix("...") { return false }
        if line.isBullet { return false }
        return true
    }

    /// The summary between title and body: a head line of prose after the title, or the body's
    /// first line when it follows the title directly and reads as a one-sentence summary.
    private static func standfirstIndex(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>, title: Int?) -> Int? {
        guard let title else { return nil }
        var body = body
        if title == body.first { body = (title + 1)..<body.upperBound }
        var sawMetadata = false
        for i in (title + 1)..<max(title + 1, body.lowerBound) {
            let ev = evidence[i]
            // Prose, or a subtitle line of 8+ words directly under the title.
            let subtitle = i == title + 1 && lines[i].wordCount >= 8 && !lines[i].isBullet
            // A dateline whose month names the date parser does not know (Thai, Arabic, Greek...).
            if ev.noise == nil, !ev.isMetadata, DateShapedLine.matches(lines[i]) { sawMetadata = true; continue }
            if ev.noise == nil, !ev.isCaption, !ev.isMetadata, ev.shape != .short || subtitle, lines[i].wordCount >= 6 { return i }
            if ev.isMetadata || ev.isCaption { sawMetadata = true }
        }
        guard !sawMetadata, let first = body.first, body.count >= 2 else { return nil }
        let line = lines[first]
        let ev = evidence[first]
        guard ev.noise == nil, !ev.isCaption, !ev.isMetadata, !ev.isTableRow, !introducesWhatFollows(line),
              !MetadataPatterns.startsWithDateline(line.text) else { return nil }
        // Under a headline that opened the body, a short line (a share count, a source label) is no summary.
        if title + 1 == first, ev.shape == .short { return nil }
        // Followed by a byline or source line: the layout of a standfirst.
        if let next = body.dropFirst().first, evidence[next].isMetadata, evidence[next].shape != .good, line.wordCount <= 60 {
            return first
        }
        // Otherwise only a short single sentence clearly shorter than the paragraph after it:
        // a one-sentence news lead is as long as what follows, and a few words are a caption or a label.
        guard (6...25).contains(line.wordCount), sentenceCount(line.text) == 1,
              let next = body.dropFirst().first(where: { evidence[$0].noise == nil && evidence[$0].shape == .good }),
              lines[next].wordCount * 2 >= line.wordCount * 3 else { return nil }
        return first
    }

    /// The body's first line ending in a colon introduces what follows it (a quotation, a list, the
    /// next paragraph): it opens the article's text, where a standfirst stands apart as a summary.
    @inline(__always)
    static func introducesWhatFollows(_ line: TextLine) -> Bool {
        line.text.last == ":" || line.text.last == "："
    }

    static func sentenceCount(_ text: Substring) -> Int {
        var count = 0
        var previousWasEnd = false
        for scalar in text.unicodeScalars {
            if scalar == " " && previousWasEnd { count += 1 }
            previousWasEnd = scalar == "." || scalar == "!" || scalar == "?"
        }
        return count + 1
    }

    /// The date of a dateline's `opening` that gives no year, in the year `pageYear` reads. The page
    /// is searched only when the opening holds such a date: one given every day of the year 2000 (a
    /// leap year, whatever day any year has) and found none has none in any year.
    private static func yearlessDate(_ opening: Substring, _ lines: [TextLine]) -> String? {
        guard DateNormalizer.iso(opening, referenceYear: 2000) != nil else { return nil }
        return DateNormalizer.iso(opening, referenceYear: pageYear(lines))
    }

    /// The year of the first full date written anywhere on the page, for datelines without one.
    /// Lines naming a month are parsed first: the date parser is the costly part, and numeric
    /// dates ("2024-04-29") are rarer than worded ones.
    static func pageYear(_ lines: [TextLine]) -> Int? {
        var monthOnly: Int?
        for worded in [true, false] {
            // Lines the byte test clears hold no dated match (once a month is known, no full date):
            // tokenising them would find nothing that changes the answer.
            for line in lines where line.hasMonthWord == worded && line.hasYearWord
                && DateNormalizer.mayHoldYearDate(line.text, fullDateOnly: monthOnly != nil) {
                var fullDateYear: Int?
                DateNormalizer.forEachMatch(in: String(line.text)) { match in
                    guard let year = Int(match.iso.prefix(4)) else { return true }
                    if match.iso.count >= 10 { fullDateYear = year; return false }
                    if monthOnly == nil { monthOnly = year }
                    return true
                }
                if let fullDateYear { return fullDateYear }
            }
        }
        return monthOnly
    }
}
