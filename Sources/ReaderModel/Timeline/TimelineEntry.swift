/// One mention of an entity on its timeline: when, where, and the words around it.
public struct TimelineEntry: Sendable, Hashable {
    /// The article: its path, and its index row id when the timeline came from a library index.
    public var path: String
    public var articleID: Int64?
    /// "YYYY-MM-DD": the publication date, else the file's modification date (`isFileDate`), else
    /// `EntityTimeline.unknownDate`.
    public var date: String
    public var isFileDate: Bool
    /// The publisher, else the file name.
    public var source: String
    public var field: DocumentField
    /// UTF-8 byte offsets into the field's text.
    public var range: Range<Int>
    public var context: KeywordInContext

    public init(path: String, articleID: Int64? = nil, date: String, isFileDate: Bool, source: String,
                field: DocumentField, range: Range<Int>, context: KeywordInContext) {
        self.path = path
        self.articleID = articleID
        self.date = date
        self.isFileDate = isFileDate
        self.source = source
        self.field = field
        self.range = range
        self.context = context
    }
}
