/// Splits a document's standfirst and paragraphs into sentences and quotes, and hashes their words.
///
/// Normalisation makes near-exact copies hash alike: words are runs of letters and digits, lower-cased,
/// so punctuation and quote marks drop out; a quote is a unit of its own, without the words around it,
/// so "X said" and "said X" do not matter; and a short comma clause at the edge of a sentence that is
/// not a quote (an attribution, mostly: ", the mayor said.") is left out of its shingles.
public struct PassageExtractor: Sendable {
    /// Units with fewer words are not matched: too short to be the same passage rather than a phrase.
    public var minimumWords = 4
    /// Words an edge clause may have to be left out of a sentence's shingles.
    public var maximumClauseWords = 5

    public init() {}

    public func passages(of document: Document) -> ArticlePassages {
        var units: [PassageUnit] = []
        var words = 0
        if let standfirst = document.standfirst { words += add(standfirst, field: .standfirst, to: &units) }
        for (i, paragraph) in document.paragraphs.enumerated() { words += add(paragraph, field: .paragraph(i), to: &units) }
        return ArticlePassages(units: units, wordCount: words)
    }

    /// The units of one field's text; returns its word count.
    func units(of text: String, field: DocumentField) -> [PassageUnit] {
        var units: [PassageUnit] = []
        _ = add(text, field: field, to: &units)
        return units
    }

    private func add(_ text: String, field: DocumentField, to units: inout [PassageUnit]) -> Int {
        forEachUnit(of: text) { range, words, scan, isQuote in
            units.append(unit(range, words: words, scan: scan, field: field, isQuote: isQuote))
        }
    }

    /// The lookup keys of a document (`ArticlePassages.keys`) without building its units: the smallest
    /// shingle of each unit, found without sorting each unit's shingles. What the indexer stores.
    public func lookupKeys(of document: Document) -> [UInt32] {
        guard ArticlePassages.keysPerUnit == 1 else { return passages(of: document).keys }
        var keys: [UInt32] = []
        func add(_ text: String) {
            _ = forEachUnit(of: text) { _, words, scan, isQuote in
                let core = isQuote ? words : withoutEdgeClauses(words, breaks: scan.clauseBreaks)
                guard core.count >= 3 else { return }
                var smallest = UInt32.max
                for i in core.lowerBound..<(core.upperBound - 2) {
                    smallest = min(smallest, PassageHash.shingle(scan.words[i].hash, scan.words[i + 1].hash, scan.words[i + 2].hash))
                }
                keys.append(smallest)
            }
        }
        if let standfirst = document.standfirst { add(standfirst) }
        for paragraph in document.paragraphs { add(paragraph) }
        keys.sort()
        return keys.uniqued()
    }

    /// Calls `body` with each unit of one field's text (its byte range, its words, whether it is a
    /// quote), in order; returns the field's word count.
    private func forEachUnit(of text: String, _ body: (Range<Int>, Range<Int>, PassageScan, Bool) -> Void) -> Int {
        let scan = PassageScan(text)
        for sentence in scan.sentences {
            // Quotes (or the part of a quote) inside this sentence that are long enough to match.
            var quotes: [Range<Int>] = []
            for quote in scan.quotes where quote.overlaps(sentence) {
                let clipped = max(quote.lowerBound, sentence.lowerBound)..<min(quote.upperBound, sentence.upperBound)
                if scan.words(in: clipped).count >= minimumWords { quotes.append(clipped) }
            }
            var cursor = sentence.lowerBound
            for quote in quotes {
                piece(cursor..<quote.lowerBound, of: sentence, scan: scan, body)
                body(quote, scan.words(in: quote), scan, true)
                cursor = quote.upperBound
            }
            piece(cursor..<sentence.upperBound, of: sentence, scan: scan, body)
        }
        return scan.words.count
    }

    /// The text of a sentence outside its quotes, as a unit when it has enough words.
    private func piece(_ piece: Range<Int>, of sentence: Range<Int>, scan: PassageScan, _ body: (Range<Int>, Range<Int>, PassageScan, Bool) -> Void) {
        guard !piece.isEmpty else { return }
        let words = scan.words(in: piece)
        guard words.count >= minimumWords else { return }
        // A whole sentence keeps its punctuation; a piece beside a quote is trimmed to its words.
        let lower = piece.lowerBound == sentence.lowerBound ? piece.lowerBound : scan.words[words.lowerBound].start
        let upper = piece.upperBound == sentence.upperBound ? piece.upperBound : scan.words[words.upperBound - 1].end
        body(lower..<upper, words, scan, false)
    }

    private func unit(_ range: Range<Int>, words: Range<Int>, scan: PassageScan, field: DocumentField, isQuote: Bool) -> PassageUnit {
        let core = isQuote ? words : withoutEdgeClauses(words, breaks: scan.clauseBreaks)
        var shingles: [UInt32] = []
        if core.count >= 3 {
            shingles.reserveCapacity(core.count - 2)
            for i in core.lowerBound..<(core.upperBound - 2) {
                shingles.append(PassageHash.shingle(scan.words[i].hash, scan.words[i + 1].hash, scan.words[i + 2].hash))
            }
            shingles.sort()
            shingles = shingles.uniqued()
        }
        return PassageUnit(field: field, range: range, wordCount: words.count, shingles: shingles, isQuote: isQuote)
    }

    /// The words of a sentence less a short clause set off by a comma (or semicolon, colon, dash) at its start or end.
    private func withoutEdgeClauses(_ words: Range<Int>, breaks: [Int]) -> Range<Int> {
        var lower = words.lowerBound, upper = words.upperBound
        let inside = breaks.filter { $0 > lower && $0 < upper }
        if let first = inside.first, first - lower <= maximumClauseWords, upper - first >= minimumWords { lower = first }
        if let last = inside.last, last > lower, upper - last <= maximumClauseWords, last - lower >= minimumWords { upper = last }
        return lower..<upper
    }
}

private extension Array where Element == UInt32 {
    /// A sorted array without its repeats.
    func uniqued() -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(count)
        for value in self where result.last != value { result.append(value) }
        return result
    }
}
