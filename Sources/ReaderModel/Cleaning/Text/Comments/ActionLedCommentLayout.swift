/// Some themes put each comment's action line ("Log in to Reply") right under its author and date,
/// so the comment's text follows the action rather than ending at it. Units read from one action
/// to the next then straddle two comments, and the first swallows the article above the thread.
/// Recognised by its shape: most actions sit under a small block of short, unpunctuated lines
/// (name, date) of which one is date-like.
enum ActionLedCommentLayout {
    /// Most lines in a comment's head block above its action (name, date, "#3").
    static let maxHeadLines = 3
    /// `--explain` evidence of a thread in this layout.
    static let evidence = "name/date blocks each over a reply line that leads the comment's text"
    /// How far below the last action its comment may run.
    static let maxTrailingLines = 60

    /// The thread's first and last line when the run `units` is laid out action-first; nil otherwise.
    static func span(_ lines: [TextLine], _ evidence: [LineEvidence], _ marks: [CommentThreadDetector.Mark],
                     _ units: ArraySlice<CommentThreadDetector.Unit>) -> (start: Int, end: Int)? {
        guard units.count >= 3 else { return nil }
        var heads: [Int] = []
        heads.reserveCapacity(units.count)
        for unit in units {
            // The unit ends in its action line(s); the head block sits above the first of them.
            var action = unit.end
            while action - 1 >= unit.start, marks[action - 1] == .action { action -= 1 }
            guard marks[action] == .action, let head = headStart(lines, marks, above: action, floor: unit.start) else { continue }
            // Text must follow the action, or it closes the comment instead of leading it.
            guard action + 1 < lines.count, marks[action + 1] == .none, lines[action + 1].wordCount >= 1 else { continue }
            heads.append(head)
        }
        guard heads.count >= 3, heads.count * 4 >= units.count * 3, let first = heads.first, let lastUnit = units.last else { return nil }
        var end = lastUnit.end
        while end + 1 < lines.count, end - lastUnit.end < maxTrailingLines, marks[end + 1] == .none, evidence[end + 1].noise == nil { end += 1 }
        return (first, end)
    }

    /// The first line of the short block right above `action` that holds a date-like line.
    private static func headStart(_ lines: [TextLine], _ marks: [CommentThreadDetector.Mark], above action: Int, floor: Int) -> Int? {
        var k = action - 1
        var dated = false
        while k >= floor, action - k <= maxHeadLines, marks[k] != .action, lines[k].wordCount <= 6, !lines[k].endsSentence {
            if marks[k] == .timedHeader || isDateLike(lines[k].text) { dated = true }
            k -= 1
        }
        return dated && k + 1 < action ? k + 1 : nil
    }

    /// Mostly digits ("10.29.2012", "#12 · 3/4/11"): a date or a comment number in any language.
    static func isDateLike(_ text: Substring) -> Bool {
        var digits = 0
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.numericType != nil { digits += 1 } else if scalar.properties.isAlphabetic { letters += 1 }
        }
        return digits >= 2 && digits > letters
    }
}
