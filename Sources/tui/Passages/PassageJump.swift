import ReaderModel

/// Where `p` last landed: the passage in the article it opened, and the article it came from.
struct PassageJump: Equatable, Sendable {
    var document: Int
    var field: DocumentField
    var range: Range<Int>
    var from: Int
}
