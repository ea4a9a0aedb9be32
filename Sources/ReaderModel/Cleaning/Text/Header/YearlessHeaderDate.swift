/// A date line by the headline that gives no year ("March 5", "5. März", "Updated 14:30, 5
/// March"), read in the year the page itself gives (`PageReferenceYear`), or left unread.
enum YearlessHeaderDate {
    /// Lines this close to the headline (above or below it) are its metadata row; a teaser's date
    /// further off is not the article's.
    static let reach = 4
    /// A date line is a few words; a longer line naming a day is a sentence or a teaser.
    static let maxWords = 10

    /// The line, its date and the evidence for `--explain`, or nil. Only lines before the body
    /// and free of noise are looked at, or lines read as a timestamp or a banner ("Updated 14:30,
    /// 5 March" is one by its first word); the title line is not one.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], title: Int?, body: Range<Int>) -> (index: Int, iso: String, note: String)? {
        let anchor = title ?? body.lowerBound
        let window = max(0, anchor - reach)..<min(body.lowerBound, anchor + reach + 1)
        var found: (Int, String, Range<String.Index>)?
        for i in window where i != title {
            let line = lines[i], ev = evidence[i]
            // The lexicon's month flag first: no yearless date is read without a month's name.
            guard line.hasMonthWord, line.wordCount <= maxWords, ev.noise == nil || ev.noise == .banner || ev.isTimestamp, !ev.isCaption,
                  case let text = String(line.text),
                  let match = DateNormalizer.firstMatch(in: text, referenceYear: 2000),
                  match.iso.utf8.count >= 10 else { continue }
            found = (i, text, match.range)
            break
        }
        // Every day of the leap year 2000 reads; the page's own year may not have a 29 February.
        guard let (index, text, range) = found, let reference = PageReferenceYear.year(lines),
              let iso = DateNormalizer.iso(text[range], referenceYear: reference.year) else { return nil }
        return (index, iso, "date without a year, read in \(reference.year): \(reference.evidence)")
    }
}
