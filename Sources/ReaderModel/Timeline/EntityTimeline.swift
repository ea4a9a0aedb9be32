import Foundation

/// An entity's mentions across a library in order of the articles' dates, one `TimelineEntry` each.
///
/// Articles are ordered by publication date, else by their file's modification date, then by path;
/// mentions within an article stay in reading order.
public enum EntityTimeline {
    /// One article that mentions the entity, with what the timeline needs of it.
    public struct Article: Sendable {
        public var path: String
        public var articleID: Int64?
        public var published: String?
        public var publisher: String?
        /// Modification time of the file, seconds since 1970; nil when unknown.
        public var modified: Double?
        public var document: Document
        /// The entity's mentions there: field and byte range.
        public var mentions: [(field: DocumentField, range: Range<Int>)]

        public init(path: String, articleID: Int64? = nil, published: String?, publisher: String?, modified: Double?,
                    document: Document, mentions: [(field: DocumentField, range: Range<Int>)]) {
            self.path = path
            self.articleID = articleID
            self.published = published
            self.publisher = publisher
            self.modified = modified
            self.document = document
            self.mentions = mentions
        }
    }

    /// The entries of these articles' mentions, oldest article first.
    public static func entries(_ articles: [Article], contextWidth: Int = 40) -> [TimelineEntry] {
        let dated = articles.map { article -> (date: String, isFile: Bool, article: Article) in
            if let day = day(of: article.published) { return (day, false, article) }
            return (article.modified.map(fileDay) ?? unknownDate, true, article)
        }.sorted { ($0.date, $0.article.path) < ($1.date, $1.article.path) }  // "unknown" sorts after every date
        var result: [TimelineEntry] = []
        for (date, isFile, article) in dated {
            let source = article.publisher.flatMap { $0.isEmpty ? nil : $0 } ?? (article.path as NSString).lastPathComponent
            for m in article.mentions.sorted(by: { ($0.field, $0.range.lowerBound) < ($1.field, $1.range.lowerBound) }) {
                let context = KeywordInContext(text: article.document.text(of: m.field), range: m.range, width: contextWidth)
                result.append(TimelineEntry(path: article.path, articleID: article.articleID, date: date, isFileDate: isFile,
                                            source: source, field: m.field, range: m.range, context: context))
            }
        }
        return result
    }

    /// The date of an article with neither a publication date nor a readable file.
    public static let unknownDate = "unknown"

    /// "YYYY-MM-DD" of an ISO 8601 date or date-time; nil when it does not start with one.
    static func day(of published: String?) -> String? {
        guard let published, published.utf8.count >= 10 else { return nil }
        let day = String(published.prefix(10))
        let bytes = Array(day.utf8)
        let shape = bytes.enumerated().allSatisfy { i, b in i == 4 || i == 7 ? b == 0x2D : (b >= 0x30 && b <= 0x39) }
        return shape ? day : nil
    }

    /// The UTC day of a file time.
    static func fileDay(_ seconds: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
