/// Finds the article's headline among the lines above its body in a select-all copy. A copy
/// holds the headline almost always, among menus, teasers and labels of the same shape; what sets
/// it apart is that it speaks of what the body speaks of (its content words recur in the first
/// paragraphs), that it sits above the body, often right over the byline or date, and that pages
/// repeat it (breadcrumbs, "Headline | Site").
enum HeadlineFinder {
    /// A scored head line, for the choice and for `--explain`.
    struct Candidate {
        var index: Int
        var score: Double
        /// Share of the line's content words found in the body's opening.
        var overlap: Double
        /// Evidence that overrode the scores, when a rule did.
        var reason: String? = nil

        /// The evidence, for `--explain`.
        var note: String {
            reason ?? "headline: \(Int((overlap * 100).rounded()))% of its words in the body's opening, above the body"
        }
    }

    /// The head line that best reads as this article's headline, or nil when none does.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], head: Range<Int>, body: Range<Int>) -> Candidate? {
        // A headline may also open the chosen run when a notice sits above it.
        var end = head.upperBound
        // On a sparse page every line is short: its lines are the body, not headline candidates.
        while end < min(body.upperBound, head.upperBound + 2), evidence[end].shape == .short, !evidence[end].isTableRow,
              !evidence[end].isSparseBody, !lines[end].endsSentence,
              // A poem's first line opens its stanza, not the page; a list item opens no page either.
              !VersePost.isChosen(evidence[end]), evidence[end].listItem == nil { end += 1 }
        let scope = head.lowerBound..<end
        // A plain-text document marks its title by centring it; no score outweighs that.
        if let centred = CenteredDocumentTitle.find(lines, evidence, head: head, body: body) {
            return Candidate(index: centred, score: 0, overlap: 0, reason: CenteredDocumentTitle.note)
        }
        // Each line's candidacy once: the scan below and the "last candidate" both need it.
        var candidates: [(index: Int, strict: Bool)] = []
        let functionWordsKnown = KeywordBagLine.functionWordsKnown(lines, evidence, body: body)
        for i in scope {
            if isMenuEntry(i, lines, evidence) || functionWordsKnown && KeywordBagLine.matches(lines[i])
                || KeyEventsIndex.holds(i, lines) || IssuerUnderCreditLabel.holds(i, lines)
                || PlaceSignedParagraph.signs(i, lines) || LiveEntryHeading.holds(i, lines, evidence) { continue }
            let strict = TextMetadataExtractor.isTitleCandidate(lines[i], evidence[i]) && !isFileName(lines[i])
            if strict || isLooseCandidate(lines[i], evidence[i]) || isRunCandidate(lines[i], evidence[i]),
               !RelatedBoxTeaser.holds(i, lines, evidence), !WrappedProseFragment.holds(i, lines, evidence) {
                candidates.append((i, strict))
            }
        }
        let inBody = bodyTopCandidates(lines, evidence, body: body, from: max(end, body.lowerBound))
            .filter { !RelatedBoxTeaser.holds($0, lines, evidence) && !WrappedProseFragment.holds($0, lines, evidence)
                && !LiveEntryHeading.holds($0, lines, evidence) }
        candidates += inBody.map { ($0, true) }
        // The headline can open the body run when it reads as a sentence (a question, a quote).
        let opener = body.lowerBound >= end ? BodyOpeningHeadline.candidate(lines, evidence, body: body).flatMap {
            inBody.contains($0) || LiveEntryHeading.holds($0, lines, evidence) ? nil : $0
        } : nil
        if let opener {
            candidates.insert((opener, true), at: candidates.firstIndex { $0.index > opener } ?? candidates.endIndex)
        }
        guard !candidates.isEmpty else { return nil }
        let bodyWords = openingWords(lines, evidence, body: body)
        // The last headline-shaped line above the body, among the lines no detector swept away.
        let lastCandidate = candidates.last {
            lines[$0.index].wordCount >= 4 && $0.index < end && !isRunCandidate(lines[$0.index], evidence[$0.index])
        }?.index
        var scored: [Candidate] = []
        scored.reserveCapacity(candidates.count)
        for (i, strict) in candidates {
            let words = lines[i].wordCount
            // The body's opening holds the opener itself: it must speak of the paragraphs after it.
            let overlap = i == opener ? self.overlap(lines[i], openingWords(lines, evidence, body: (i + 1)..<body.upperBound))
                : self.overlap(lines[i], bodyWords)
            // Lines a run detector took for a teaser or menu, and lines inside the body, are the
            // headline only when they clearly speak of the body.
            // A line the page repeats (the headline and its echo in a share box) needs less.
            let needed = i == opener ? 0.4 : i >= end && evidence[i].repeatsInPage >= 2 ? 0.3 : 0.6
            if i >= end || isRunCandidate(lines[i], evidence[i]), overlap < needed { continue }
            var score = Double(min(words, 10)) / 3
            if words >= 4 { score += 2 }
            score += overlap * 12
            if !strict || i >= end { score -= 3 }
            if evidence[i].repeatsInPage >= 2, words >= 3 { score += 3 }
            if i == lastCandidate { score += 2 }
            if lines[i].capitalizedCount * 2 >= words { score += 1 }
            if headerFollows(i, lines, evidence) { score += 4 }
            // Far above the body, a headline-shaped line is more likely a menu or teaser entry.
            score -= Double(min(max(body.lowerBound - i, 0), 60)) / 12
            if MetadataPatterns.titlePrefixFirstWords.contains(lines[i].words.first ?? ""),
               MetadataPatterns.cleanTitle(String(lines[i].text)).utf8.count < lines[i].text.utf8.count { score += 7 }
            // The same prefix on its own line above ("LIVE" over the headline).
            let underLabel = i < end && LonePrefixLabel.heads(i, lines, evidence)
            if underLabel { score += 7 }
            let reason = i == opener ? "headline: opens the body run in a headline's shape, \(Int((overlap * 100).rounded()))% of its words in the paragraphs after it"
                : underLabel ? LonePrefixLabel.evidence : nil
            scored.append(Candidate(index: i, score: score, overlap: overlap, reason: reason))
        }
        // The headline comes before its standfirst, captions and sub-headings, which echo the body
        // as well: of the lines scoring close to the best, the first.
        guard let top = scored.max(by: { $0.score < $1.score }) else { return nil }
        // A headline under its own lone label is marked as the headline by the page; no line that
        // merely echoes the body more (a stamp, a key event) takes its place.
        var chosen = top.reason == LonePrefixLabel.evidence ? top : scored.first { $0.score >= top.score - 2 && $0.overlap >= 0.3 } ?? top
        if let own = BreadcrumbTitle.replacement(for: chosen, among: scored, lines) { chosen = own }
        // A shorter line right above that speaks of the body as well is the headline; the chosen
        // line is its standfirst.
        if let k = scored.firstIndex(where: { $0.index == chosen.index }), k > 0, scored[k - 1].index == chosen.index - 1,
           scored[k - 1].overlap >= 0.5, lines[chosen.index - 1].wordCount >= 3,
           lines[chosen.index - 1].wordCount < lines[chosen.index].wordCount {
            return HeaderAnchoredHeadline.replacement(for: scored[k - 1], among: scored, lines, evidence) ?? scored[k - 1]
        }
        if let post = DateHeadedPostTitle.replacement(for: chosen, among: scored, lines, evidence, body: body) { return post }
        return HeaderAnchoredHeadline.replacement(for: chosen, among: scored, lines, evidence) ?? chosen
    }

    /// Headline-shaped beyond the title candidates: a longer line that the vocabulary flagged for
    /// one word ("... on Facebook") but that reads as a headline.
    private static func isLooseCandidate(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard let noise = ev.noise, ev.noiseSource == .vocabulary, line.wordCount >= 6, line.wordCount <= 25,
              !line.endsSentence || line.text.last == "?" || line.text.last == "!", !ev.isCaption, !ev.isMetadata,
              !isFileName(line) else { return false }
        return noise == .social || noise == .related || noise == .banner
    }

    /// A headline-shaped line that a run detector swept into a teaser list or a menu's run: the
    /// headline often sits glued to the links around it.
    private static func isRunCandidate(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard ev.noise == .related, let source = ev.noiseSource,
              source.isTeaserList || source.isUnderHeader else { return false }
        return (3...25).contains(line.wordCount) && !ev.isCaption && !ev.isMetadata && !line.isBullet && !isFileName(line)
            && (!line.endsSentence || line.text.last == "?" || line.text.last == "!")
    }

    /// Short lines in the first lines of the body, after at most a notice's worth of prose (a
    /// "this story is unlisted" box, a one-line blurb): where a headline lands when the notice
    /// above it reads as prose.
    private static func bodyTopCandidates(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>, from: Int) -> [Int] {
        var result: [Int] = []
        var proseWords = 0
        var i = from
        while i < min(body.upperBound, from + 4) {
            let ev = evidence[i]
            if ev.shape == .good { proseWords += lines[i].wordCount }
            if proseWords > 40 { break }
            // A line ending in a colon introduces what follows it (`LeadInAboveProse`), as no headline does.
            if ev.shape != .good, lines[i].wordCount >= 3, !ListMarker.endsWithColon(lines[i].text),
               !lines[i].endsSentence || lines[i].text.last == "?" || lines[i].text.last == "!",
               TextMetadataExtractor.isTitleCandidate(lines[i], ev), !isFileName(lines[i]),
               !NumberedRunItem.holds(i, lines, body: body), !PlaceSignedParagraph.signs(i, lines) {
                // Prose must follow, past a share box and a tagline: a headline heads the article.
                if i + 1 < body.upperBound, (i + 1..<min(body.upperBound, i + 8)).contains(where: { evidence[$0].shape == .good }) {
                    result.append(i)
                }
            }
            i += 1
        }
        return result
    }

    /// A label of three words or fewer set between menu lines, with no blank line on either side
    /// ("Sign in / Section Name / Subscribe"): an entry of the menu, however well it echoes the body.
    private static func isMenuEntry(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard lines[i].wordCount <= 3, i > 0, i + 1 < lines.count, !lines[i].blankBefore, !lines[i + 1].blankBefore else { return false }
        return evidence[i - 1].noiseSource == .vocabulary && evidence[i + 1].noiseSource == .vocabulary
    }

    /// "IMG-1160x768.jpg": a file name, not a headline (scripts without spaces aside).
    private static func isFileName(_ line: TextLine) -> Bool {
        !line.text.utf8.contains(32) && line.text.utf8.allSatisfy { $0 < 128 }
    }

    /// A byline or date line within the next three lines: the layout of an article header.
    private static func headerFollows(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let end = min(lines.count, i + 4)
        guard i + 1 < end else { return false }
        return ((i + 1)..<end).contains { HeaderMetadataLine.matches($0, lines, evidence, creditsCount: true) }
    }

    /// The stems of the body's first lines (about 800 words).
    static func openingWords(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> StemSet {
        // Sized for the words it will read, so that it seldom grows (each growth placed every stem again).
        var result = StemSet(expected: openingWordCount(lines, evidence, body: body))
        var taken = 0
        let readsInline = SmallASCIIString.isAvailable
        for i in body where evidence[i].noise == nil && !evidence[i].isCaption {
            // Words the overlap never counts (short ASCII ones) need no slot.
            let unspaced = lines[i].script.isUnspaced
            lines[i].words.withUnsafeBufferPointer { words in
                for k in words.indices {
                    // Most words are inline ASCII Strings: their bytes are read in place, the String
                    // neither retained nor released. ASCII is of no script without spaces.
                    if readsInline, let (low, count) = SmallASCIIString.inlineASCII(words.baseAddress! + k) {
                        if count >= 3 { result.insert(stem(low: low, count: count)) }
                        continue
                    }
                    let word = words[k]
                    // Length, first byte and stem read in one visit to the word's bytes.
                    let stem = word.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
                        guard bytes.count >= 3 || bytes.first.map({ $0 >= 128 }) == true else { return nil }
                        return Self.stem(bytes: bytes)
                    } ?? (word.utf8.count >= 3 || word.utf8.first.map({ $0 >= 128 }) == true ? Self.stem(word) : nil)
                    guard let stem else { continue }
                    if unspaced, UnspacedWordGrams.isUnspaced(word) {
                        UnspacedWordGrams.forEachGram(word) { result.insert($0) }
                    } else {
                        result.insert(stem)
                    }
                }
            }
            taken += lines[i].wordCount
            if taken >= 800 { break }
        }
        return result
    }

    /// The tokens `openingWords` reads: the lines it takes, as it takes them.
    private static func openingWordCount(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Int {
        var tokens = 0
        var taken = 0
        for i in body where evidence[i].noise == nil && !evidence[i].isCaption {
            tokens += lines[i].words.count
            taken += lines[i].wordCount
            if taken >= 800 { break }
        }
        return tokens
    }

    /// An open-addressed table of word stems, of at most 1,024: this runs on every page, and a
    /// `Set` hashes each insert with SipHash. It starts small and doubles at half load, since
    /// clearing the largest table on every call cost more than filling it.
    struct StemSet {
        /// The largest table; half of it is the most stems the set takes.
        static let capacity = 2048
        private var slots: [UInt64]
        private(set) var count = 0

        /// A set of 256 slots, or of twice `expected` (a power of two, at most `capacity`): the
        /// stems are the same whatever the size, only the growths before them differ.
        init(expected: Int = 0) {
            var size = 256
            while size < Self.capacity, size < expected * 2 { size *= 2 }
            slots = [UInt64](repeating: 0, count: size)
        }

        var isEmpty: Bool { count == 0 }

        @inline(__always)
        mutating func insert(_ stem: UInt64) {
            guard count < Self.capacity / 2 else { return }
            if count >= slots.count / 2 { grow() }
            let key = stem == 0 ? 1 : stem
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while slots[i] != 0 {
                if slots[i] == key { return }
                i = (i + 1) & mask
            }
            slots[i] = key
            count += 1
        }

        func contains(_ stem: UInt64) -> Bool {
            let key = stem == 0 ? 1 : stem
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: key >> 7) & mask
            while slots[i] != 0 {
                if slots[i] == key { return true }
                i = (i + 1) & mask
            }
            return false
        }

        /// Twice the slots, every stem placed again.
        private mutating func grow() {
            let old = slots
            slots = [UInt64](repeating: 0, count: old.count * 2)
            let mask = slots.count - 1
            for key in old where key != 0 {
                var i = Int(truncatingIfNeeded: key >> 7) & mask
                while slots[i] != 0 { i = (i + 1) & mask }
                slots[i] = key
            }
        }
    }

    /// A hash of the word's first six bytes: "economy" meets "economic", "libertarians" "libertarian".
    @inline(__always)
    static func stem(_ word: String) -> UInt64 {
        // On the word's contiguous bytes: stepping its UTF-8 view cost more than the rest of the pass.
        var word = word
        return word.withUTF8 { stem(bytes: $0) }
    }

    /// `stem(_:)` of an ASCII word of `count` bytes whose first eight are `low`, little-endian.
    @inline(__always)
    static func stem(low: UInt64, count: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<min(6, count) { h = (h ^ ((low >> (8 * UInt64(k))) & 0xFF)) &* 0x100_0000_01b3 }
        return h
    }

    /// `stem(_:)` of the word with these UTF-8 bytes.
    @inline(__always)
    static func stem(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<min(6, bytes.count) { h = (h ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
        return h
    }

    /// Share of the line's content words (not function words, not bare numbers) that occur in `words`.
    static func overlap(_ line: TextLine, _ words: StemSet) -> Double {
        guard !words.isEmpty else { return 0 }
        var content = 0
        var found = 0
        let unspaced = line.script.isUnspaced
        for word in line.words {
            // A run of a script without spaces counts by its letter n-grams.
            if unspaced, UnspacedWordGrams.isUnspaced(word) {
                UnspacedWordGrams.forEachGram(word) {
                    content += 1
                    if words.contains($0) { found += 1 }
                }
                continue
            }
            let h = WordLexicon.hash(word)
            if WordLexicon.entry(hash: h)?.isStopword == true { continue }
            if word.utf8.count < 3, word.utf8.allSatisfy({ $0 < 128 }) { continue }
            if word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { continue }
            content += 1
            if words.contains(stem(word)) { found += 1 }
        }
        // One or two content words prove little: "About Us" shares a word with most bodies.
        return content == 0 ? 0 : Double(found) / Double(max(content, 3))
    }
}
