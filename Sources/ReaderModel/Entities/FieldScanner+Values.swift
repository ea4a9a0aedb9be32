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
        } else if tok.firstByte >= 0xD9, tok.kind != .possessive {
            // Digits of other scripts ("٣ مارس ٢٠٢٥"), a CJK date glued in a word ("于2025年4月2日").
            if startsWithOtherScriptDigit(i) {
                if let found = date(fromByte: tok.start, firstToken: i) { return found }
            } else if let found = glued(at: i) {
                return found
            }
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

    /// False when no date can be written at token `i` (only numbers are pre-checked).
    func mayStartWrittenDate(_ i: Int) -> Bool {
        guard tokens[i].kind == .number else { return true }
        return field.withBytes { DateNormalizer.mayBeginDate(in: $0, atNumber: tokens[i].start) }
    }

    func date(at i: Int) -> (Int, EntitySpan)? {
        let tok = tokens[i]
        let windowEnd = min(field.text.utf8.count, tok.start + 48)
        let otherMonth = otherMonthAfterDay(i)
        if otherMonth != nil || mayStartWrittenDate(i), case let window = substring(tok.start, windowEnd),
           let match = DateNormalizer.matchAtStart(of: window, referenceYear: referenceYear) {
            let length = Self.cjkDateLength(window[..<match.range.upperBound])
            let endByte = tok.start + length
            var last = i
            while last + 1 < tokens.count, tokens[last + 1].end <= endByte { last += 1 }
            guard tokens[i].end <= endByte else { return nil }
            if last + 1 < tokens.count, tokens[last + 1].start < endByte {
                // The date ends inside a word ("2025年4月2日に"): the span is its bytes.
                return date(fromByte: tok.start, firstToken: i)
            }
            return (last, span(i, last, .date, match.iso))
        }
        if let otherMonth {
            return (otherMonth, span(i, otherMonth, .date, nil))  // "12 juin" without a year
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
