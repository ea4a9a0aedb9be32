/// A blog theme's filing sentence under a post: "Filed in Harbour by Jordan Example. Keep the
/// permalink." The theme closes each post with a short sentence pointing at the post's permanent
/// link, which the article's own text never does in a sentence of a few words; the post ends above
/// it, and whatever the body still holds below it is past the post (a reply copied under it). When
/// the line opens with that sentence the copy split the footer, and a dated "written by ..., posted
/// on 4/6/2024 at 9:15" line just above is its start. The word for the permanent link is read in the
/// languages blog themes print it in, from the line's bytes, with no word list lookup.
enum PermalinkFilingSentence: BodyEndTrimmer {
    static let evidence = "the post's filing sentence: a few words pointing at the post's permanent link, under the text"
    /// The sentence is looked for among this many last lines of the body (removed lines count: an
    /// author box and a reply's header may stand under it; `maxWordsAfter` bounds the prose there).
    static let window = 10
    /// The line holding it is at most this many words...
    static let maxWords = 80
    /// ...and the sentence naming the link at most this many (a stop or the line's end parts it).
    static let maxSentenceWords = 6
    /// What the body holds below the line is at most this many words of prose.
    static let maxWordsAfter = 60
    /// The article above holds at least this many times the words cut.
    static let minimumProseRatio = 1.0
    /// A dated footer line is looked for this many lines above the sentence...
    static let stampReach = 2
    /// ...and is at most this many words, as each line between them is at most `maxBetweenWords`.
    static let maxStampWords = 20
    static let maxBetweenWords = 12

    /// The permanent link as blog themes name it: "permalink" and "Permalink" (English, German,
    /// Dutch, Italian, Polish), "permalien" (French) share "ermali"; Spanish, Portuguese, Russian,
    /// Japanese and Chinese themes say it in words of their own.
    static let needles: [[UInt8]] = ["ermali", "enlace permanente", "link permanente", "ligação permanente",
                                     "постоянную ссылку", "パーマリンク", "固定链接"].map { Array($0.utf8) }

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 2 else { return body }
        let first = max(body.lowerBound + 1, body.upperBound - window)
        for t in first..<body.upperBound where evidence[t].noise == nil && evidence[t].listItem == nil && !evidence[t].isCaption
            && !evidence[t].isTableRow && lines[t].wordCount <= maxWords {
            // The line's words first (a few byte counts each); the bytes are read only on a hit.
            guard mayNamePermalink(lines[t]), let sentence = permalinkSentence(lines[t].text) else { continue }
            var cutWords = lines[t].wordCount
            var after = 0
            for k in (t + 1)..<body.upperBound {
                cutWords += lines[k].wordCount
                if scores[k] > 0 { after += lines[k].wordCount }
            }
            guard after <= maxWordsAfter else { continue }
            // A line that opens with the sentence is the rest of a footer the copy split: its dated line may stand above.
            let start = sentence == 0 ? stampLine(above: t, lines, evidence, floor: body.lowerBound) ?? t : t
            for k in start..<t { cutWords += lines[k].wordCount }
            guard BodyEndTrimmers.prose(body.lowerBound..<start, scores: scores) >= minimumProseRatio * Double(cutWords) else { return body }
            BodyEndTrimmers.mark(start..<body.upperBound, &evidence, as: .navigation, rule: Self.evidence)
            return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(start, lines, scores: scores, body: body)
        }
        return body
    }

    /// The footer's dated line above the sentence ("written by ..., posted on 4/6/2024 at 9:15"): short,
    /// with a clock time and a year, and only short lines between; nil when there is none.
    static func stampLine(above t: Int, _ lines: [TextLine], _ evidence: [LineEvidence], floor: Int) -> Int? {
        var k = t - 1
        while k > floor, k >= t - stampReach {
            let line = lines[k]
            guard evidence[k].isCleanOrFragment, evidence[k].listItem == nil else { return nil }
            if line.wordCount <= maxStampWords, line.hasYearWord, hasClockTime(line.text) { return k }
            guard line.wordCount <= maxBetweenWords else { return nil }
            k -= 1
        }
        return nil
    }

    /// A clock time: a figure, a colon, two figures ("9:15", "21:40").
    static func hasClockTime(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4 else { return false }
        for i in 1..<(bytes.count - 2) where bytes[i] == 0x3A {
            if isDigit(bytes[i - 1]) && isDigit(bytes[i + 1]) && isDigit(bytes[i + 2]) { return true }
        }
        return false
    }

    /// The words that name the permanent link, or that end its name ("enlace permanente", "постоянную ссылку").
    static let linkWords: [String] = ["permalink", "permalinks", "permalien", "permanente", "ссылку"]
    /// Their bits in `TextLine.wordSignature` (the tokenizer's word hash picks them): a line whose
    /// signature has none of them holds none of the words, and is passed over without reading one.
    static let linkWordBits: UInt64 = linkWords.reduce(0) { $0 | 1 &<< (WordLexicon.hash($1) &>> 58) }
    /// Their lengths in UTF-8 bytes (9, 10 and 12): most words are passed over on their length alone.
    @inline(__always)
    static func mayBeLinkWord(bytes: Int) -> Bool { bytes == 9 || bytes == 10 || bytes == 12 }
    /// Their first bytes: "p", and D1 (the lead byte of "с"). A word of a link word's length is
    /// turned away on its first byte before it is compared as a String: five String compares a word
    /// of that length cost 0.4% of the text cleaner, as a line's signature holds a link word's bit
    /// more often than not (five bits of 64, for each of its words).
    @inline(__always)
    static func mayBeLinkWord(first: UInt8?) -> Bool { first == 0x70 || first == 0xD1 }

    /// A word of the line names the permanent link; a line of a script without spaces may name it
    /// inside a run of letters, and is left to the byte search.
    static func mayNamePermalink(_ line: TextLine) -> Bool {
        if line.script.isUnspaced { return true }
        guard line.wordSignature & linkWordBits != 0 else { return false }
        for word in line.words where mayBeLinkWord(bytes: word.utf8.count) && mayBeLinkWord(first: word.utf8.first)
            && linkWords.contains(word) { return true }
        return false
    }

    /// Where the sentence of a few words that names the permanent link starts in the line's bytes; nil
    /// when the line holds none.
    static func permalinkSentence(_ text: Substring) -> Int? {
        let bytes = Array(text.utf8)
        for needle in needles {
            guard let at = find(needle, in: bytes) else { continue }
            let sentence = sentenceBounds(around: at, needle.count, bytes)
            return words(bytes[sentence]) <= maxSentenceWords ? sentence.lowerBound : nil
        }
        return nil
    }

    /// Where `needle` first stands in `bytes`, matching ASCII letters in any case.
    static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for i in 0...(bytes.count - needle.count) {
            var j = 0
            while j < needle.count, lower(bytes[i + j]) == needle[j] { j += 1 }
            if j == needle.count { return i }
        }
        return nil
    }

    /// The sentence holding bytes `at..<at + count`: from the stop before it (and the spaces after that
    /// stop) to the stop after it.
    static func sentenceBounds(around at: Int, _ count: Int, _ bytes: [UInt8]) -> Range<Int> {
        var start = at
        while start > 0, !isStop(bytes, start - 1) { start -= 1 }
        while start < at, bytes[start] == 0x20 { start += 1 }
        var end = at + count
        while end < bytes.count, !isStop(bytes, end) { end += 1 }
        return start..<end
    }

    /// Space-parted words; in a script without spaces, each three characters count as a word.
    static func words(_ bytes: ArraySlice<UInt8>) -> Int {
        var words = 0
        var inWord = false
        var unspaced = 0
        for b in bytes {
            if b == 0x20 || b == 0x09 {
                inWord = false
            } else {
                if !inWord { words += 1; inWord = true }
                if b >= 0xE0 { unspaced += 1 }
            }
        }
        return max(words, unspaced / 3)
    }

    /// A sentence's stop: ".", "!" or "?" followed by a space or the line's end, or "。".
    @inline(__always)
    private static func isStop(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b == 0x2E || b == 0x21 || b == 0x3F { return i + 1 == bytes.count || bytes[i + 1] == 0x20 }
        // "。" is E3 80 82: its last byte closes the sentence.
        return b == 0x82 && i >= 2 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE3
    }

    @inline(__always)
    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
