/// A select-all copy runs a header's source into its date when the page sets them in adjacent
/// spans ("Wire ServiceMarch 3, 2021"): the date parser reads no month in the glued word, so the
/// line carries no date. Read again from where a capital follows a lower-case letter, it is the
/// header's date line. Only rules that already suspect a header ask, so no line is read twice
/// on the hot path.
enum GluedSourceDateLine {
    /// Whether line `i` is a short, undated metadata line whose date starts inside a glued word,
    /// under a headline of at least `headlineWords` words.
    static func isArticleHeader(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], headlineWords: Int) -> Bool {
        let line = lines[i]
        guard line.hasYearWord, line.wordCount <= HeaderMetadataLine.maxDateLineWords, evidence[i].dateISO == nil,
              evidence[i].byline == nil, evidence[i].shape != .good, !evidence[i].isCaption,
              evidence[i].noise == nil || evidence[i].noise == .repeated, hasGluedDate(line.text) else { return false }
        return HeaderMetadataLine.headline(over: i, lines, evidence, minimumWords: headlineWords) != nil
    }

    /// A full date (day, month and year) that starts at a lower-to-upper-case seam inside a word.
    static func hasGluedDate(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count > 1 else { return false }
        for p in 1..<bytes.count where (0x61...0x7A).contains(bytes[p - 1]) && (0x41...0x5A).contains(bytes[p]) {
            // The date must start at the seam: a name like "McDonald" opens no date.
            if let match = DateNormalizer.matchAtStart(of: String(decoding: bytes[p...], as: UTF8.self)), match.iso.count >= 10 {
                return true
            }
        }
        return false
    }
}
