/// Dates and money in a field: spans with a normalised value where one can be given.
extension FieldScanner {
    /// A date or an amount of money starting at token `i`: its last token and the span.
    func valueSpan(at i: Int) -> (Int, EntitySpan)? {
        let tok = tokens[i]
        if tok.kind == .number || tok.kind == .punctuation || MoneyNormalizer.quickCodes.contains(tok.text) || tok.text == "US" {
            if let (end, value) = MoneyNormalizer.match(tokens, at: i) {
                return (end, span(i, end, .money, value))
            }
        }
        if tok.kind == .number || (tok.kind == .word && tok.isCapitalised && DateNormalizer.monthNumber(tok.text) != nil) {
            if let found = date(at: i) { return found }
        }
        if tok.kind == .word, NameRules.quickWeekdays.contains(tok.text) {
            return (i, span(i, i, .date, nil))
        }
        return nil
    }

    func date(at i: Int) -> (Int, EntitySpan)? {
        let tok = tokens[i]
        let windowEnd = min(field.text.utf8.count, tok.start + 48)
        let window = substring(tok.start, windowEnd)
        if let match = DateNormalizer.firstMatch(in: window, referenceYear: referenceYear), match.range.lowerBound == window.startIndex {
            let length = window.utf8.distance(from: window.startIndex, to: match.range.upperBound)
            let endByte = tok.start + length
            var last = i
            while last + 1 < tokens.count, tokens[last + 1].end <= endByte { last += 1 }
            guard tokens[i].end <= endByte else { return nil }
            return (last, span(i, last, .date, match.iso))
        }
        if tok.kind == .number, let day = Int(tok.text), (1...31).contains(day), i + 1 < tokens.count,
           tokens[i + 1].isCapitalised, let month = DateNormalizer.monthNumber(tokens[i + 1].text), month > 0, tokens[i + 1].text.count >= 3 {
            return (i + 1, span(i, i + 1, .date, nil))  // "4 July" without a year
        }
        guard tok.kind == .word else {
            // A year after a preposition: "in 2014", "since 2022".
            if tok.text.count == 4, let year = Int(tok.text), (1900...2099).contains(year), i > 0,
               ["in", "since", "until", "by", "from", "of", "before", "after"].contains(tokens[i - 1].text) {
                return (i, span(i, i, .date, tok.text))
            }
            return nil
        }
        // "in February", "April 29" without a year: a date without a normalised value.
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        if let next, next.kind == .number, let day = Int(next.text), (1...31).contains(day) {
            return (i + 1, span(i, i + 1, .date, nil))
        }
        if let next, next.text == ".", i + 2 < tokens.count, tokens[i + 2].kind == .number, let day = Int(tokens[i + 2].text), (1...31).contains(day) {
            return (i + 2, span(i, i + 2, .date, nil))  // "Nov. 20"
        }
        if tok.text == "May" || tok.text == "March" || tok.text.count <= 3 { return nil }  // also words or abbreviations
        return (i, span(i, i, .date, nil))
    }
}
