/// Gathers the per-line evidence of a page: vocabulary, captions, timestamps, repeats within the
/// page and across the site, and metadata patterns.
enum LineEvidenceCollector {
    /// `site` is the cross-page evidence, guarded against copies of this page.
    static func collect(_ lines: [TextLine], site: DuplicateGuard?) -> [LineEvidence] {
        collect(lines, site: site, lineEvidence: lineEvidence(lines))
    }

    /// `collect` on each line's own evidence (`lineEvidence`), worked out once for a page read twice
    /// (alone, then with its site: `DuplicateGuard`), which cost 5% of a folder of text pages.
    static func collect(_ lines: [TextLine], site: DuplicateGuard?, lineEvidence: [LineEvidence]) -> [LineEvidence] {
        var result = lineEvidence
        // The site's counts go only to lines nothing else marked as noise; the line's metadata is read apart from its noise.
        if let site {
            for (index, line) in lines.enumerated() where result[index].noise == nil {
                let count = site.count(at: index, of: lines)
                if isSiteChrome(pages: count.pages, words: line.wordCount) {
                    result[index].noise = .repeated
                    result[index].noiseSource = .repeatedInSite(pages: count.pages)
                } else if count.copies > 0, isSiteChrome(pages: count.pages + count.copies, words: line.wordCount) {
                    result[index].keptNote = "duplicate guard: in \(count.pages + count.copies) pages, \(count.copies) of them copies of this one"
                }
            }
            // A site's label or quoted sentence inside the page's own prose is the article's.
            SiteRepeatInsideProse.release(lines, &result)
        }
        markPullQuotes(lines, &result)
        PullQuoteCopy.mark(lines, &result)
        UnspacedLabelPrefix.markShortLabelRuns(lines, &result)
        PlaceSignedParagraph.release(lines, &result)
        // A line glued to a bare credit below it ("Getty Images") is that photo's caption.
        for i in lines.indices.dropLast() where result[i + 1].isCaption && lines[i + 1].wordCount <= 6 && !lines[i + 1].blankBefore {
            if !result[i].isCaption, result[i].noise == nil, !result[i].isMetadata, (3...40).contains(lines[i].wordCount) {
                result[i].isCaption = true
            }
        }
        return result
    }

    /// What each line says on its own and within its page, before any other page is read.
    static func lineEvidence(_ lines: [TextLine]) -> [LineEvidence] {
        // Repeats are counted on a 64-bit hash of the line's bytes, which avoids building a key
        // string per line (and hashing one with SipHash).
        var keyCounts = LineKeyCounts(lines: lines.count)
        var keys: [UInt64] = []
        keys.reserveCapacity(lines.count)
        for line in lines {
            let key = line.words.isEmpty ? 0 : SiteLineKey.LineHasher.hash(exactly: line.text)
            keys.append(key)
            if key != 0 { keyCounts.add(key) }
        }
        // English function words say nothing about prose in other languages: judge by shape alone.
        let densityScale: Double = PageLanguage.isEnglish(lines) ? 1 : 0
        var result: [LineEvidence] = []
        result.reserveCapacity(lines.count)
        // The phrases the vocabulary found in each prose paragraph, kept as it reads them so the
        // page-wide topic check (`TopicPhrases`) reads no line twice.
        var topicPhrases = TopicPhrases.Found()
        for (index, line) in lines.enumerated() {
            var evidence = LineEvidence(shape: LineShape(line, densityScale: densityScale))
            evidence.isHeadlineLike = LineShape.isHeadlineLike(line)
            evidence.repeatsInPage = keys[index] == 0 ? 1 : keyCounts.count(keys[index])
            // A line where no phrase starts has none to record.
            var ids: [Int]? = !line.phraseStarts.isEmpty && TopicPhrases.isProse(line, evidence.shape) ? [] : nil
            var vocabulary = NoiseVocabulary.reason(words: line.words, endsSentence: line.endsSentence, phraseStarts: line.phraseStarts,
                                                    mayBeExactLine: line.mayBeNoiseLabel, recordingIDs: &ids)
            // A long prose-shaped lead-in is not chrome for weak words a sentence would carry (`ProseShapedLead`).
            if vocabulary != nil, ProseShapedLead.releases(line, densityScale: densityScale) {
                vocabulary = nil
                evidence.keptNote = ProseShapedLead.evidence
            }
            if let ids, !ids.isEmpty { topicPhrases.lines.append((index, ids)) }
            if let reason = vocabulary {
                if reason == .credit {
                    // A step that opens on the label's word ("Photo and signature ...") is a sentence;
                    // only inside a run of lines, as a list's steps stand: a caption stands apart.
                    if !line.blankBefore, line.endsSentence, line.wordCount >= OpeningLabelWordSentence.minimumWords,
                       OpeningLabelWordSentence.releases(line.text) {
                        evidence.keptNote = OpeningLabelWordSentence.evidence
                    } else {
                        evidence.isCaption = true
                    }
                } else {
                    evidence.noise = reason
                    evidence.noiseSource = .vocabulary
                }
            }
            if line.words.isEmpty, evidence.noise == nil {
                evidence.noise = .fragment
                evidence.noiseSource = .noWords
            }
            switch CaptionDetector.read(line) {
            case .caption: evidence.isCaption = true
            case .uncreditedBracket(let note): if evidence.keptNote == nil { evidence.keptNote = note }
            case .none: break
            }
            if LineShape.isTimestamp(line) {
                evidence.isTimestamp = true
                evidence.noise = .feed
                evidence.noiseSource = .timestamp
            }
            if evidence.noise == nil, evidence.repeatsInPage >= 2, line.wordCount <= 20 {
                evidence.noise = evidence.isHeadlineLike ? .related : .repeated
                evidence.noiseSource = .repeatedInPage(evidence.repeatsInPage)
            }
            readMetadata(line, into: &evidence)
            result.append(evidence)
        }
        TopicPhrases.release(lines, &result, found: topicPhrases)
        return result
    }

    /// A line on other pages of the site is chrome when short; a long one must recur more often.
    private static func isSiteChrome(pages: Int, words: Int) -> Bool {
        pages >= 2 && (words < 25 || pages >= 3)
    }

    private static func readMetadata(_ line: TextLine, into evidence: inout LineEvidence) {
        let words = line.wordCount
        guard words <= 25 else { return }
        guard let first = line.words.first else { return }
        if words <= 20, line.firstWord.startsByline,
           let name = MetadataPatterns.byline(in: String(line.text)) {
            evidence.byline = name
        }
        if words <= 8, evidence.byline == nil, mayNamePublisher(line),
           let name = MetadataPatterns.publisher(in: String(line.text)), !MetadataPatterns.startsWithDateline(line.text) {
            evidence.publisher = name
        }
        let dateLabel = ["published", "updated", "posted", "date", "last", "first"].contains(first)
        // A labelled stamp line may name two dates, each with its weekday and time ("Posted <weekday>
        // <date> at <time>, updated <weekday> <date> at <time>"): past 14 words when it ends no sentence.
        let dateLineWords = dateLabel && !line.endsSentence ? 20 : 14
        if words <= dateLineWords, evidence.byline != nil || !line.endsSentence || words <= 10 || dateLabel, mayHoldDate(line),
           let iso = DateNormalizer.iso(line.text), iso.count >= 10 {
            evidence.dateISO = iso
        } else if words <= HeaderMetadataLine.maxDateLineWords, line.hasYearWord, let glued = GluedSourceDateLine.read(line.text) {
            // A source glued to its date ("Wire ServiceMarch 3, 2021") hides the month inside a word; only
            // a short line with a year word whose date the parser missed is read again, from the seam.
            evidence.dateISO = glued.iso
            if let byline = evidence.byline { evidence.byline = GluedSourceDateLine.byline(byline, without: glued.gluedWord) }
        } else if words <= HeaderMetadataLine.maxDateLineWords, line.hasMonthWord, let iso = GluedReadingTimeDate.date(in: line) {
            // A reading time glued to the year ("May 9, 20247 min read") hides the year in a longer number.
            evidence.dateISO = iso
        }
        // A byline inside the dated line ("<date> | <label> <name>"), or a label of another script opening a short line.
        if evidence.byline == nil, evidence.dateISO != nil || (words <= 8 && line.text.utf8.first.map { $0 >= 0x80 } == true),
           let name = BylineLabels.name(in: line.text, anywhere: evidence.dateISO != nil) {
            evidence.byline = name
        }
    }

    /// A pull quote repeats the opening words of a nearby paragraph: keep the paragraph only. The
    /// repeated line must be a paragraph (not short): two short lines of a code sample or a list
    /// that open alike are neighbours, not a quote and its source.
    private static func markPullQuotes(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices where lines[i].wordCount >= 5 && evidence[i].noise == nil {
            let words = lines[i].words
            let signature = lines[i].wordSignature
            for j in max(0, i - 3)...min(lines.count - 1, i + 3)
            where j != i && lines[j].wordCount > words.count && evidence[j].shape != .short {
                // A line lacking a word's bit holds not all the words: no String is compared (`TextLine.wordSignature`).
                if signature & ~lines[j].wordSignature == 0, lines[j].words.starts(with: words) {
                    evidence[i].noise = .repeated
                    evidence[i].noiseSource = .pullQuote
                    break
                }
            }
        }
    }

    /// Cheap test before the publisher patterns: a "Source:" label, a bracket, or a bare agency name.
    private static func mayNamePublisher(_ line: TextLine) -> Bool {
        // A bare name of three words or fewer can only be a known agency.
        (line.words.count <= 3 && line.mayNameAgency) || line.words.first == "source" || line.words.first == "sources"
            || line.text.containsByte(40) || line.words.first == "via" || line.words.first == "courtesy"
            || line.words.first == "published"
    }

    /// Cheap test before the date parser: a month name or a four-digit year among the words.
    static func mayHoldDate(_ line: TextLine) -> Bool {
        line.hasMonthWord || line.hasYearWord || line.words.contains(where: DateNormalizer.startsWithYear)
    }

    /// The years a dated line may name, written in four digits as words of the lexicon
    /// (`TextLine.hasYearWord`), so no word is parsed as a number on the hot path.
    static let years = 1990...2100
    static let yearWords = years.map(String.init)

    static let monthWords: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]

}
