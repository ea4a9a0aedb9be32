extension Substring {
    /// The text without leading and trailing whitespace (including no-break spaces).
    func trimmingOuterSpace() -> Substring {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
