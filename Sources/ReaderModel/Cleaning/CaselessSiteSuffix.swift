/// "Headline | Site" in scripts without letter case (Arabic, Hebrew, Chinese, Japanese, Korean,
/// Thai, Devanagari): the site name cannot be told by its capital, so a short tail after the
/// separator whose first letter has no case is the site's name. Chinese and Japanese pages also
/// chain section and site with underscores and no spaces ("Headline_Section_Site").
enum CaselessSiteSuffix {
    /// The title without a caseless site suffix; the title itself when it has none.
    static func cut(_ title: String) -> String {
        // Only titles holding a caseless script (UTF-8 lead bytes from Hebrew on) need a look.
        guard title.utf8.contains(where: { $0 >= 0xD6 && $0 < 0xF0 }) else { return title }
        let text = Substring(title)
        for separator in [" | ", " – ", " — ", " - ", " :: "] {
            guard let range = lastRange(of: separator, in: text) else { continue }
            let head = text[..<range.lowerBound].trimmingOuterSpace()
            let tail = text[range.upperBound...].trimmingOuterSpace()
            guard let first = tail.first, isCaselessLetter(first), !tail.contains(where: { ".?!。？！".contains($0) }),
                  tail.split(separator: " ").count <= (separator == " | " ? 6 : 3), isLongEnough(head) else { continue }
            return String(head)
        }
        // "标题_频道_网站": every step after the first underscore short, the head a headline's length.
        if let underscore = text.firstIndex(of: "_") {
            let head = text[..<underscore].trimmingOuterSpace()
            let steps = text[text.index(after: underscore)...].split(separator: "_")
            if head.contains(where: isCaselessLetter), (1...3).contains(steps.count),
               steps.allSatisfy({ $0.trimmingOuterSpace().count <= 8 && !$0.contains(" ") }), isLongEnough(head) {
                return String(head)
            }
        }
        return title
    }

    /// The last occurrence of `separator` as Characters. Scanned on UTF-8 (walking graphemes backwards
    /// was most of this type's cost); each byte match is confirmed by the Character test. The
    /// separators' Characters have no other canonical spelling, so every Character match is a byte
    /// match at the same place and the last confirmed one is the Character scan's answer.
    private static func lastRange(of separator: String, in text: Substring) -> Range<Substring.Index>? {
        let needle = Array(separator.utf8)
        let utf8 = text.utf8
        guard utf8.count >= needle.count, let firstByte = needle.first else { return nil }
        var i = utf8.index(utf8.endIndex, offsetBy: -needle.count)
        while true {
            if utf8[i] == firstByte, utf8[i...].starts(with: needle), let start = String.Index(i, within: text),
               text[start...].hasPrefix(separator) {
                return start..<text.index(start, offsetBy: separator.count)
            }
            if i == utf8.startIndex { return nil }
            i = utf8.index(before: i)
        }
    }

    /// A letter of a script without case (not Latin, Greek or Cyrillic).
    private static func isCaselessLetter(_ c: Character) -> Bool {
        c.isLetter && !c.isUppercase && !c.isLowercase
    }

    /// Four words, or eight letters of a script without spaces.
    private static func isLongEnough(_ head: Substring) -> Bool {
        head.split(separator: " ").count >= 4 || head.count >= 8
    }
}
