import ReaderModel

/// One line of the timeline overlay: a mention at a list position.
struct TimelineRow: Equatable, Sendable {
    var document: Int
    var entry: TimelineEntry

    /// The mention to reveal when the row is picked.
    var mention: Mention {
        Mention(document: document, field: entry.field, range: entry.range, text: entry.context.keyword)
    }
}

/// One line of the related-articles overlay.
struct RelatedRow: Equatable, Sendable {
    var document: Int
    /// The names the two articles share, weightiest first.
    var shared: [String]
}
