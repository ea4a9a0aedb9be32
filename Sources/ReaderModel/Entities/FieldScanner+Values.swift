/// Dates and money in a field: spans with a normalised value where one can be given.
extension FieldScanner {
    /// A date or an amount of money starting at token `i`: its last token and the span.
    func valueSpan(at i: Int) -> (Int, EntitySpan)? {
        let tok = tokens[i]
        if mayStartMoney(i) {
            if let (end, value) = MoneyNormalizer.match(field, at: i) {
                return (end, span(i, end, .money, value))
            }
        }
        if tok.kind == .number || (tok.kind == .word && tok.isCapitalised && facts[i].month != 0) {
            if let found = date(at: i) { return found }
        }
        if tok.kind == .word, facts[i].has(.weekday) {
            return (i, span(i, i, .date, nil))
        }
        return nil
    }

    /// Cheap necessary conditions for `MoneyNormalizer.match` at token `i`: a currency symbol, an
    /// amount followed by a scale or currency word, or a currency code (checked in full by `match`).
    func mayStartMoney(_ i: Int) -> Bool {
        let tok = tokens[i]
        switch tok.kind {
        case .number: return i + 1 < tokens.count && facts[i + 1].has(.moneyWord)
        default: return facts[i].has(.moneyStart)
        }
    }

    /// False when no date can be written at token `i`, a number, as `DateNormalizer` reads dates: a
    /// numeric date needs "-", "/" or "." after the first digits, a day a month name (capitalised,
    /// after an optional ordinal suffix and "of"). Anything unclear (non-ASCII) says true.
    func mayStartWrittenDate(_ i: Int) -> Bool {
        guard tokens[i].kind == .number else { return true }
        var text = field.text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var p = tokens[i].start
            var value = 0, digits = 0
            while p < n, bytes[p] >= 0x30 && bytes[p] <= 0x39 {
                value = min(value * 10 + Int(bytes[p] - 0x30), 1000)
                digits += 1
                p += 1
            }
            func skipSpace() {
                while p < n, bytes[p] == 0x20 || (bytes[p] >= 0x09 && bytes[p] <= 0x0D) { p += 1 }
            }
            func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
            /// Skips the letter run at `p` when it is one of `words` (any case).
            func skipWord(_ words: [String]) {
                var e = p
                while e < n, isLetter(bytes[e]) { e += 1 }
                let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<e]), as: UTF8.self).lowercased()
                if words.contains(run) { p = e }
            }
            skipSpace()
            guard p < n else { return false }
            if bytes[p] >= 0x80 || bytes[p] == 0x2D || bytes[p] == 0x2F || bytes[p] == 0x2E { return true }
            guard digits <= 2, (1...31).contains(value) else { return false }
            if isLetter(bytes[p]) { skipWord(["st", "nd", "rd", "th"]) }
            skipSpace()
            guard p < n else { return false }
            if isLetter(bytes[p]) { skipWord(["of"]) }
            skipSpace()
            guard p < n else { return false }
            return bytes[p] >= 0x80 || (bytes[p] >= 0x41 && bytes[p] <= 0x5A)
        }
    }

    func date(at i: Int) -> (Int, EntitySpan)? {
        let tok = tokens[i]
        let windowEnd = min(field.text.utf8.count, tok.start + 48)
        if mayStartWrittenDate(i), case let window = substring(tok.start, windowEnd),
           let match = DateNormalizer.matchAtStart(of: window, referenceYear: referenceYear) {
            let length = window.utf8.distance(from: window.startIndex, to: match.range.upperBound)
            let endByte = tok.start + length
            var last = i
            while last + 1 < tokens.count, tokens[last + 1].end <= endByte { last += 1 }
            guard tokens[i].end <= endByte else { return nil }
            return (last, span(i, last, .date, match.iso))
        }
        if tok.kind == .number, let day = Int(text(i)), (1...31).contains(day), i + 1 < tokens.count,
           tokens[i + 1].isCapitalised, case let month = Int(facts[i + 1].month), month > 0, length(i + 1) >= 3 {
            return (i + 1, span(i, i + 1, .date, nil))  // "4 July" without a year
        }
        guard tok.kind == .word else {
            // A year after a preposition: "in 2014", "since 2022".
            if length(i) == 4, case let text = text(i), let year = Int(text), (1900...2099).contains(year), i > 0,
               ["in", "since", "until", "by", "from", "of", "before", "after"].contains(self.text(i - 1)) {
                return (i, span(i, i, .date, text))
            }
            return nil
        }
        // "in February", "April 29" without a year: a date without a normalised value.
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        if let next, next.kind == .number, let day = Int(text(i + 1)), (1...31).contains(day) {
            return (i + 1, span(i, i + 1, .date, nil))
        }
        if let next, next.is("."), i + 2 < tokens.count, tokens[i + 2].kind == .number, let day = Int(text(i + 2)), (1...31).contains(day) {
            return (i + 2, span(i, i + 2, .date, nil))  // "Nov. 20"
        }
        if token(i, is: "May") || token(i, is: "March") || length(i) <= 3 { return nil }  // also words or abbreviations
        return (i, span(i, i, .date, nil))
    }
}
