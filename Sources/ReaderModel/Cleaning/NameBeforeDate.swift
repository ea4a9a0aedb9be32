/// A byline row copied as one line sets the writer's name right before the date, with no label and
/// often no space ("Ana Example 14 mei 2025, 06:00", "Ana ExampleFriday 11 April 2025 4:45 pm"): the
/// digits keep the line from reading as a bare name, the name keeps it from reading as a date alone.
enum NameBeforeDate {
    static let evidence = "byline: a name alone right before the date on the line under the headline"

    /// The two to four capitalised words before the line's first date (a weekday glued to or set
    /// before the date left off), when at most a few words follow the date and no comma ends the
    /// words; nil otherwise.
    static func name(in line: Substring) -> String? {
        let text = String(line.trimmingOuterSpace())
        guard text.utf8.count <= 120, let first = text.first, first.isUppercase,
              let date = DateNormalizer.firstMatch(in: text), date.range.lowerBound > text.startIndex,
              text[date.range.upperBound...].split(separator: " ").count <= 4 else { return nil }
        var words = text[..<date.range.lowerBound].split(separator: " ")
        guard var last = words.popLast() else { return nil }
        // A comma sets a source before its date ("Agency News, August 8"); a byline row's bar or dot sets a name.
        guard last.last != "," else { return nil }
        while let mark = last.last, "|·•-–—".contains(mark) { last = last.dropLast() }
        if let cut = MetadataPatterns.gluedStopWordStart(last) {
            words.append(last[..<cut])
        } else if !last.isEmpty, !MetadataPatterns.bylineStopWords.contains(last.lowercased()) {
            words.append(last)
        }
        guard (2...4).contains(words.count),
              words.allSatisfy({ word in
                  word.first?.isUppercase == true && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" }
              }),
              !words.contains(where: { MetadataPatterns.bylineStopWords.contains($0.lowercased()) }),
              DateNormalizer.monthNumber(String(words[words.count - 1].lowercased())) == nil else { return nil }
        return words.joined(separator: " ")
    }
}
