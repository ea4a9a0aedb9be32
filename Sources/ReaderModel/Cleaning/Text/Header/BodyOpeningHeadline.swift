/// The headline as the first line of the chosen body run: a line that reads as a sentence (a
/// question, a quote, a closing abbreviation such as "U.S.") gets scored as prose and opens the
/// run. It still has a headline's shape: short, no sentence period, and the paragraphs after it
/// speak of it.
enum BodyOpeningHeadline {
    /// The body's first line when it has a headline's shape; nil otherwise.
    static func candidate(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Int? {
        guard body.count >= 3, let first = body.first else { return nil }
        let line = lines[first]
        let ev = evidence[first]
        guard (4...25).contains(line.wordCount), ev.noise == nil, !ev.isCaption, !ev.isTimestamp, !ev.isTableRow,
              !ev.isMetadata, !line.isBullet, !MetadataPatterns.startsWithDateline(line.text) else { return nil }
        // One sentence at most: a paragraph of two sentences is prose, whatever its ending.
        guard TextMetadataExtractor.sentenceCount(line.text) == 1 else { return nil }
        guard let last = line.text.last, last != ":" && last != "," && last != ";" else { return nil }
        if line.text.hasSuffix(".") && !line.text.hasSuffix("...") && !endsWithDottedAbbreviation(line.text) { return nil }
        return first
    }

    /// "... in the U.S.": the final period belongs to an abbreviation with inner periods, not to a sentence.
    static func endsWithDottedAbbreviation(_ text: Substring) -> Bool {
        guard let space = text.lastIndex(of: " ") else { return false }
        let word = text[text.index(after: space)...].dropLast()
        // Letters and periods only, a period inside, each letter run short ("N.Y.C", "U.S", "a.m").
        guard word.contains("."), word.first?.isLetter == true else { return false }
        var run = 0
        for ch in word {
            if ch == "." { run = 0; continue }
            guard ch.isLetter else { return false }
            run += 1
            if run > 2 { return false }
        }
        return true
    }
}
