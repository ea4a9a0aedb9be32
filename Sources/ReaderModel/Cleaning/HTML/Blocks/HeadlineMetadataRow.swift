/// The rows a page sets right beside its headline, outside the story's container: the byline row
/// under it (a template's "itemInfo" box, a portal's "كتب: <name> | <date> | <reads>" row) and the
/// edition's date over it ("Wydanie z dnia 14.05.1998"). The content finder leaves them out of the
/// article, as they are; but their place by the headline makes them the article's byline and date
/// whatever their class, when they read as a byline row or a date alone.
enum HeadlineMetadataRow {
    static let bylineEvidence = "right under the headline, outside the story's container: a row of a labelled byline and a date"
    static let dateEvidence = "right beside the headline, outside the story's container: a date alone (a label before it at most)"

    /// A row of label, name, date, time and a counter is well under this (in bytes).
    static let maximumBytes = 200
    /// A date row holds at most this many words before its date ("Edition of the day").
    static let maximumLabelWords = 3

    /// Whether the row under the headline is a byline row: a byline label (at its start or after
    /// a word such as "Written") with a name after it, and a date. Other fields (a read count,
    /// "print") may stand beside them: the row's place says what it is.
    static func isBylineRow(_ text: String) -> Bool {
        guard text.utf8.count < maximumBytes, BylineDateRow.holdsDigit(text),
              BylineLabels.name(in: Substring(text)) != nil || MetadataPatterns.byline(in: text) != nil else { return false }
        return DateNormalizer.firstMatch(in: text) != nil
    }

    /// The date of a row that is a date alone, a short label before it at most and a time zone or
    /// a few capitals after it ("Wydanie z dnia 14.05.1998", "Tuesday, 15 May 2012 14:20"); nil otherwise.
    static func dateAlone(_ text: String) -> String? {
        guard text.utf8.count < maximumBytes / 2, BylineDateRow.holdsDigit(text), let date = DateNormalizer.firstMatch(in: text) else { return nil }
        let label = text[..<date.range.lowerBound].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
        guard label.count <= maximumLabelWords, !label.contains(where: { $0.contains(where: \.isNumber) || $0.last == "." }) else { return nil }
        let tail = text[date.range.upperBound...].filter { $0 != " " && !BylineLabels.isSeparator($0) }
        guard tail.count <= 4, tail.allSatisfy({ !$0.isLetter || ($0.isASCII && $0.isUppercase) }) else { return nil }
        return date.iso
    }
}
