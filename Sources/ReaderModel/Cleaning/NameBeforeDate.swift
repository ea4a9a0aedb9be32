/// A byline row copied as one line sets the writer's name right before the date, with no label and
/// often no space ("Ana Example 14 mei 2025, 06:00", "Ana ExampleFriday 11 April 2025 4:45 pm"): the
/// digits keep the line from reading as a bare name, the name keeps it from reading as a date alone.
enum NameBeforeDate {
    static let evidence = "byline: a name alone right before the date on the line under the headline"
    static let updateStampEvidence = "; the update's label and time after the date are the row's"

    /// A row of name and date holds at most this many words; one that also gives the time it was
    /// updated ("Elif Example 14.06.2016 - 10:25 Güncelleme: 14.06.2016 - 11:40") up to `maximumStampedWords`.
    static let maximumWords = 12
    static let maximumStampedWords = 16

    /// Whether the text after the line's first date is only an update stamp: a label of one or two
    /// words (any language's "Updated:") and a second date or time, nothing after it. Such a row
    /// is longer than a name and a date, but holds no more words of its own.
    static func endsInUpdateStamp(_ line: Substring) -> Bool {
        let text = String(line.trimmingOuterSpace())
        guard text.utf8.count <= 160, let date = DateNormalizer.firstMatch(in: text) else { return false }
        let rest = String(text[date.range.upperBound...].drop { $0 == " " || "|·•-–—,".contains($0) })
        guard let second = DateNormalizer.firstMatch(in: rest)?.range ?? timeMatch(in: rest) else { return false }
        let label = rest[..<second.lowerBound].split(separator: " ")
        return (1...2).contains(label.count) && label.allSatisfy { $0.contains(where: \.isLetter) && !$0.contains(where: \.isNumber) }
            && rest[second.upperBound...].allSatisfy(\.isWhitespace)
    }

    /// The range of "hh:mm" alone (a stamp of the same day gives only the time).
    private static func timeMatch(in text: String) -> Range<String.Index>? {
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex else { return nil }
        var start = colon
        while start > text.startIndex, text[text.index(before: start)].isASCII, text[text.index(before: start)].isNumber { start = text.index(before: start) }
        let minutes = text[text.index(after: colon)...].prefix { $0.isASCII && $0.isNumber }
        guard start < colon, minutes.count == 2 else { return nil }
        return start..<minutes.endIndex
    }

    /// The two to four capitalised words before the line's first date (a weekday glued to or set
    /// before the date left off), when at most a few words follow the date and no comma ends the
    /// words; nil otherwise.
    static func name(in line: Substring) -> String? {
        name(in: line, tailWords: 4)
    }

    /// `name(in:)` of a row ending in an update stamp (`endsInUpdateStamp`): the stamp's label,
    /// date and time follow the first date, past the words a plain row may have there.
    static func nameBeforeStamp(in line: Substring) -> String? {
        guard endsInUpdateStamp(line) else { return nil }
        return name(in: line, tailWords: 8)
    }

    private static func name(in line: Substring, tailWords: Int) -> String? {
        let text = String(line.trimmingOuterSpace())
        guard text.utf8.count <= 120, let first = text.first, first.isUppercase,
              let date = DateNormalizer.firstMatch(in: text), date.range.lowerBound > text.startIndex,
              text[date.range.upperBound...].split(separator: " ").count <= tailWords else { return nil }
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
        // A host's "With" before the name ("With Sam Example · 3 April 2025") is the credit's word, left
        // on for `HostCreditPreposition` to take off with its evidence: the name is the words after it.
        let named = words.count >= 3 && HostCreditPreposition.words.contains(String(words[0])) ? words.dropFirst() : words[...]
        guard (2...4).contains(named.count),
              named.allSatisfy({ word in
                  word.first?.isUppercase == true && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" }
              }),
              !named.contains(where: { MetadataPatterns.bylineStopWords.contains($0.lowercased()) }),
              DateNormalizer.monthNumber(String(words[words.count - 1].lowercased())) == nil else { return nil }
        return words.joined(separator: " ")
    }
}
