/// A mention with a little of the text around it, cut at word boundaries: "…the agency said [EPRA] would pay…".
public struct KeywordInContext: Sendable, Hashable, Codable {
    /// Text before the mention (with a leading "…" when cut).
    public var before: String
    /// The mention as written.
    public var keyword: String
    /// Text after the mention (with a trailing "…" when cut).
    public var after: String

    public init(before: String, keyword: String, after: String) {
        self.before = before
        self.keyword = keyword
        self.after = after
    }

    /// The context as one line.
    public var line: String { before + keyword + after }

    /// The context of the bytes `range` of `text`, with about `width` characters on each side.
    /// Line breaks become spaces; a range outside the text (a changed file) gives just the text's start.
    public init(text: String, range: Range<Int>, width: Int = 40) {
        let utf8 = Array(text.utf8)
        let lower = min(max(0, range.lowerBound), utf8.count), upper = min(max(lower, range.upperBound), utf8.count)
        func string(_ bytes: ArraySlice<UInt8>) -> String {
            String(decoding: bytes, as: UTF8.self).map { $0.isNewline ? " " : $0 }.reduce(into: "") { $0.append($1) }
        }
        let keyword = string(utf8[lower..<upper])
        var head = Array(string(utf8[..<lower]))
        var tail = Array(string(utf8[upper...]))
        var cutHead = false, cutTail = false
        if head.count > width {
            var start = head.count - width
            // Start at a word: skip the partial word the cut landed in.
            while start < head.count, !head[start].isWhitespace { start += 1 }
            head = Array(head[min(start, head.count)...].drop { $0.isWhitespace })
            cutHead = true
        }
        if tail.count > width {
            var end = width
            while end > 0, !tail[end].isWhitespace { end -= 1 }
            tail = Array(tail[..<(end == 0 ? width : end)])
            cutTail = true
        }
        self.init(before: (cutHead ? "…" : "") + String(head), keyword: keyword, after: String(tail) + (cutTail ? "…" : ""))
    }
}
