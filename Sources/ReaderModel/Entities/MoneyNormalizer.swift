/// Reads amounts of money as written in news ("$325 million", "€150 billion", "100 billion euros",
/// "£3.5bn", "USD 20") and gives "CUR AMOUNT" with the amount in whole units ("USD 325000000").
public enum MoneyNormalizer {
    /// Currency codes by symbol.
    static let symbols: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR", "₩": "KRW",
        "US$": "USD", "C$": "CAD", "A$": "AUD", "HK$": "HKD",
    ]

    /// `symbols` that are one token (a punctuation mark), for the per-token check in `FieldScanner.valueSpan`.
    static let quickSymbols = QuickWordSet(Set(symbols.keys))

    /// Currency codes by word written after the amount ("euros", "hryvnias").
    static let words: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "hryvnia": "UAH", "hryvnias": "UAH",
        "hryvnas": "UAH", "hryvnia's": "UAH", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
        "rupee": "INR", "rupees": "INR", "francs": "CHF", "franc": "CHF", "zloty": "PLN", "zlotys": "PLN",
        "lira": "TRY", "liras": "TRY", "won": "KRW", "shekel": "ILS", "shekels": "ILS", "krona": "SEK",
        "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "pesos": "MXN", "peso": "MXN", "rand": "ZAR",
    ]

    /// ISO codes written before or after the amount ("USD 5 million", "5 million USD").
    static let codes: Set<String> = ["USD", "EUR", "GBP", "JPY", "CNY", "UAH", "RUB", "INR", "CHF", "CAD", "AUD", "PLN", "SEK", "NOK"]
    /// `codes` for the per-token check in `FieldScanner.valueSpan`.
    static let quickCodes = QuickWordSet(codes)

    /// Multipliers for scale words.
    static let scales: [String: Int] = [
        "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mln": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
        "billion": 1_000_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
        "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "tln": 1_000_000_000_000,
    ]

    /// "USD 325000000" for a currency code, a written number ("107.1", "1,000") and a scale.
    public static func normalize(currency: String, number: String, scale: Int = 1) -> String? {
        guard let amount = wholeUnits(number, scale: scale) else { return nil }
        return "\(currency) \(amount)"
    }

    /// The amount in whole units as digits ("107.1" × 10⁹ → "107100000000"); fractions of a unit kept
    /// after a dot ("4.25" → "4.25").
    static func wholeUnits(_ number: String, scale: Int) -> String? {
        let plain = number.filter { $0 != "," }
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let intPart = parts.first, !intPart.isEmpty, intPart.allSatisfy(\.isNumber) else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy(\.isNumber) else { return nil }
        var digits = String(intPart)
        var zeros = String(scale).count - 1  // scale is a power of ten
        while zeros > 0 {
            if fraction.isEmpty { digits.append("0") } else { digits.append(fraction.removeFirst()) }
            zeros -= 1
        }
        while digits.count > 1, digits.first == "0" { digits.removeFirst() }
        while fraction.last == "0" { fraction.removeLast() }
        return fraction.isEmpty ? digits : digits + "." + fraction
    }

    /// A money amount starting at token `i`: the index of its last token and its normalised value.
    /// Forms: SYMBOL NUMBER [SCALE], CODE NUMBER [SCALE], NUMBER [SCALE] WORD|CODE; an equivalent in
    /// brackets right after ("100 billion euros ($107.1 billion)") is taken into the same span.
    static func match(_ field: FieldText, at i: Int) -> (end: Int, normalized: String)? {
        let t = field.tokens
        guard let (end, value) = matchOne(field, at: i) else { return nil }
        // "(≈$107.1 billion)" right after: one amount written twice.
        if end + 2 < t.count, t[end + 1].is("("), let (innerEnd, _) = matchOne(field, at: end + 2),
           innerEnd + 1 < t.count, t[innerEnd + 1].is(")") {
            return (innerEnd + 1, value)
        }
        return (end, value)
    }

    private static func matchOne(_ field: FieldText, at i: Int) -> (Int, String)? {
        let t = field.tokens
        var j = i
        var currency: String?
        // "US$" is tokenised as "US" + "$".
        let first = field.text(j)
        if first == "US" || first == "C" || first == "A" || first == "HK", j + 1 < t.count,
           t[j + 1].is("$"), t[j + 1].start == t[j].end {
            currency = symbols[first + "$"]
            j += 2
        } else if let code = symbols[first] {
            currency = code
            j += 1
        } else if codes.contains(first), j + 1 < t.count, t[j + 1].kind == .number {
            currency = first
            j += 1
        }
        guard j < t.count, t[j].kind == .number else { return nil }
        let number = field.text(j)
        var end = j
        var scale = 1
        if j + 1 < t.count, let s = scales[field.text(j + 1).lowercased()], t[j + 1].kind == .word,
           field.characterCount(j + 1) > 2 || t[j + 1].start == t[j].end {
            // Short scales ("m", "bn") only glued to the number ("$5m"), words after a space too.
            scale = s
            end = j + 1
        }
        if currency == nil {
            guard end + 1 < t.count else { return nil }
            let next = field.text(end + 1)
            if let code = words[next.lowercased()] {
                currency = code
            } else if codes.contains(next) {
                currency = next
            } else {
                return nil
            }
            end += 1
        }
        guard let currency, let value = normalize(currency: currency, number: number, scale: scale) else { return nil }
        return (end, value)
    }
}
