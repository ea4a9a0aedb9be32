/// Where a passage of one article stands in another article.
public struct PassageSource: Sendable, Hashable {
    /// The other article: a library row id, or a position in an in-memory corpus.
    public var article: Int64
    public var field: DocumentField
    /// UTF-8 byte range in that field's text.
    public var range: Range<Int>

    public init(article: Int64, field: DocumentField, range: Range<Int>) {
        self.article = article
        self.field = field
        self.range = range
    }
}

/// A sentence or quote of an article that also stands in other articles.
public struct RepeatedPassage: Sendable, Hashable {
    public var field: DocumentField
    public var range: Range<Int>
    public var wordCount: Int
    public var isQuote: Bool
    /// The other articles holding it, most similar article first.
    public var sources: [PassageSource]

    public init(field: DocumentField, range: Range<Int>, wordCount: Int, isQuote: Bool, sources: [PassageSource]) {
        self.field = field
        self.range = range
        self.wordCount = wordCount
        self.isQuote = isQuote
        self.sources = sources
    }
}

/// What of one article also stands in the articles it was compared with.
public struct PassageReport: Sendable, Hashable {
    /// In reading order.
    public var repeated: [RepeatedPassage]
    /// Words of the article's standfirst and paragraphs.
    public var wordCount: Int

    public init(repeated: [RepeatedPassage] = [], wordCount: Int = 0) {
        self.repeated = repeated
        self.wordCount = wordCount
    }

    /// Words in repeated passages.
    public var repeatedWordCount: Int { repeated.reduce(0) { $0 + $1.wordCount } }

    /// Share of the article's words in no repeated passage, rounded down, 0-100 (100 for an empty article).
    public var newPercent: Int {
        guard wordCount > 0 else { return 100 }
        return max(0, (wordCount - min(wordCount, repeatedWordCount)) * 100 / wordCount)
    }
}

extension PassageReport {
    /// The report with its other articles renamed (library ids to list positions, say); sources the
    /// transform drops (nil) are left out, and passages left with none.
    public func mappingArticles(_ transform: (Int64) -> Int64?) -> PassageReport {
        var result = PassageReport(wordCount: wordCount)
        for var passage in repeated {
            passage.sources = passage.sources.compactMap { source in transform(source.article).map { PassageSource(article: $0, field: source.field, range: source.range) } }
            if !passage.sources.isEmpty { result.repeated.append(passage) }
        }
        return result
    }
}
