/// Dates the English pre-checks would miss: a day before a lower-case month of another language
/// ("12 juin 2019", "1 de diciembre de 2017"), digits of other scripts ("٣ مارس ٢٠٢٥"), and CJK
/// dates glued inside a word of a script written without spaces ("于2025年4月2日抵达").
extension FieldScanner {
    /// The token of a lower-case non-English month after the day number at `i` (an ordinal ending,
    /// "º", "." or a link word "de"/"del"/"di" may stand between), or nil. English names never count
    /// here: "you may 3 times", "march 4 miles" stay words.
    func otherMonthAfterDay(_ i: Int) -> Int? {
        guard tokens[i].kind == .number, tokens[i].end - tokens[i].start <= 2, i + 1 < tokens.count else { return nil }
        var j = i + 1
        if facts[j].has(.otherMonth) { return j }
        // "1er juin", "1º de maio", "3. märz", "1 de diciembre", "5 del marzo", "3 di marzo".
        if token(j, is: "er") || token(j, is: "º") || token(j, is: ".") { j += 1 }
        if j < tokens.count, token(j, is: "de") || token(j, is: "del") || token(j, is: "di") { j += 1 }
        guard j > i + 1, j < tokens.count, facts[j].has(.otherMonth) else { return nil }
        return j
    }

    /// The token at `i` opens with a decimal digit of another script than ASCII (Arabic-Indic,
    /// Persian, the Indic scripts, Thai, Lao, full-width): decoded from the bytes, no property lookup.
    func startsWithOtherScriptDigit(_ i: Int) -> Bool {
        let t = tokens[i]
        let b0 = t.firstByte
        guard b0 >= 0xD9, t.end - t.start >= 2 else { return false }
        return field.withBytes { bytes in
            let b1 = UInt32(bytes[t.start + 1])
            if b0 < 0xE0 {
                let v = (UInt32(b0 & 0x1F) << 6) | (b1 & 0x3F)
                return (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)
            }
            guard b0 <= 0xEF, t.end - t.start >= 3 else { return false }
            let v = (UInt32(b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (UInt32(bytes[t.start + 2]) & 0x3F)
            if (0x0966...0x0DEF).contains(v) { return (0x66...0x6F).contains(v & 0x7F) }  // Devanagari to Sinhala
            return (0x0E50...0x0E59).contains(v) || (0x0ED0...0x0ED9).contains(v) || (0xFF10...0xFF19).contains(v)
        }
    }

    /// A CJK or Korean date inside the word at `i` ("于2025年4月2日抵达"): the first ASCII digit run of
    /// the word that the date parser reads as a date, with its span (which may end inside a later token).
    func glued(at i: Int) -> (Int, EntitySpan)? {
        let t = tokens[i]
        // Chinese and Japanese (U+3000-U+9FFF) and Hangul (U+AC00-U+D7FF) words only, with a digit in them.
        guard t.kind == .word, !t.isPlain, t.firstByte >= 0xE3, t.firstByte <= 0xED else { return nil }
        let starts: [Int] = field.withBytes { bytes in
            var found: [Int] = []
            var p = t.start
            while p < t.end {
                if Tokenizer.isDigit(bytes[p]) {
                    if p == t.start || !Tokenizer.isDigit(bytes[p - 1]) { found.append(p) }
                }
                p += 1
            }
            return found
        }
        for start in starts {
            if let found = date(fromByte: start, firstToken: i) { return found }
        }
        return nil
    }

    /// The date the parser reads at byte `start` (inside or at the start of token `first`), as a span
    /// over exactly its bytes, and the last token it touches.
    func date(fromByte start: Int, firstToken first: Int) -> (Int, EntitySpan)? {
        let windowEnd = min(field.text.utf8.count, start + 48)
        let window = substring(start, windowEnd)
        guard let match = DateNormalizer.matchAtStart(of: window, referenceYear: referenceYear) else { return nil }
        let endByte = start + Self.cjkDateLength(window[..<match.range.upperBound])
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].start < endByte { last += 1 }
        let span = EntitySpan(field: field.field, range: start..<endByte, text: substring(start, endByte), type: .date, normalized: match.iso)
        return (last, span)
    }

    /// Bytes of a matched date up to its last date sign: the parser's last token is a whole letter
    /// run, which in a script without spaces carries on past the date ("2日正式开放", "2일에").
    static func cjkDateLength(_ matched: Substring) -> Int {
        if !matched.utf8.contains(where: { $0 >= 0xE3 }) { return matched.utf8.count }  // no CJK or Hangul
        let signs: Set<Character> = ["年", "月", "日", "時", "分", "년", "월", "일", "시", "분"]
        guard let last = matched.lastIndex(where: { signs.contains($0) }),
              !matched[last...].contains(where: { $0 == ")" || $0 == "）" }) else { return matched.utf8.count }
        return matched.utf8.distance(from: matched.startIndex, to: matched.index(after: last))
    }
}
