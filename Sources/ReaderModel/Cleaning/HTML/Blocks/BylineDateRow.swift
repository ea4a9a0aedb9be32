import Foundation

/// A short row that is only a labelled byline and a date ("Аутор: Милица Јовановић 14. март 2025.
/// 10:25", "Por Ana Díaz | 3 de mayo de 2024", "14 March 2025 · By Ana Example"), in a box whose
/// class names neither (Joomla's "article-info"): the byline and date readers already take each
/// part, so the row is metadata, not a paragraph. Anything else on the line (a word of prose, a
/// second sentence) keeps it in the body.
enum BylineDateRow {
    /// A row of label, a few names, a date and a time is well under this (in bytes).
    static let maximumBytes = 200

    static let evidence = "a row of only a labelled byline and a date: metadata"

    static func matches(_ text: String) -> Bool {
        guard text.utf8.count < maximumBytes, holdsDigit(text) else { return false }
        let line = Substring(text)
        // Byline first: the label opens the line (a first-letter test rejects most blocks).
        if let name = BylineLabels.name(in: line, anywhere: false), let range = line.range(of: name) {
            return isDateOnly(trimmingSeparators(line[range.upperBound...]))
        }
        // Date first, then the byline: a date opens with a number or a month name, so only such a
        // first word sends the line to the date reader.
        guard let first = line.unicodeScalars.first else { return false }
        if first.properties.numericType != .decimal {
            let word = line.prefix { $0 != " " && $0 != "." && $0 != "," }
            guard word.utf8.count <= 24, DateNormalizer.monthNumber(String(word)) != nil || MonthNames.entry(word) != nil else { return false }
        }
        guard let date = DateNormalizer.matchAtStart(of: text) else { return false }
        let rest = trimmingSeparators(line[date.range.upperBound...])
        guard let name = BylineLabels.name(in: rest, anywhere: false) else { return false }
        return rest.hasSuffix(name)
    }

    /// A date has a digit: an ASCII one found on the bytes, else one of another script (read by
    /// scalar only on a line with no ASCII digit and some non-ASCII byte). Most short blocks have
    /// neither and go no further than this byte pass.
    static func holdsDigit(_ text: String) -> Bool {
        var nonASCII = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { return true }
            if byte >= 0x80 { nonASCII = true }
        }
        return nonASCII && text.unicodeScalars.contains { $0.value >= 0x80 && $0.properties.numericType == .decimal }
    }

    /// The text is one date, with at most a time zone or a short time tail after it ("CET", "h").
    private static func isDateOnly(_ text: Substring) -> Bool {
        let dated = String(text)
        guard !dated.isEmpty, let date = DateNormalizer.matchAtStart(of: dated) else { return false }
        let tail = trimmingSeparators(dated[date.range.upperBound...])
        return tail.count <= 12 && tail.allSatisfy { !$0.isLetter || ($0.isASCII && ($0.isUppercase || $0 == "h")) }
    }

    private static func trimmingSeparators(_ text: Substring) -> Substring {
        let keep: (Character) -> Bool = { !($0.isWhitespace || BylineLabels.isSeparator($0) || $0 == ":" || $0 == ".") }
        guard let start = text.firstIndex(where: keep), let end = text.lastIndex(where: keep) else { return text[text.endIndex...] }
        return text[start...end]
    }
}
