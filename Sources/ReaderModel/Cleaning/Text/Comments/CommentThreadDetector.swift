import Glibc

/// Finds reader-comment threads by their repeated shape rather than their words: a comment is a
/// header (a name with a date or clock time, or a line ending in "says:") followed by its text and
/// often closed by an action line ("Reply", "Permalink", "Report"). Several such units in a row
/// are a thread, however much prose they hold, so a short article above a long thread still wins.
enum CommentThreadDetector {
    /// What a line contributes to the comment shape.
    enum Mark: Equatable {
        case none
        /// "Reply", "[Reply]", "Flag as inappropriate", "Like · Reply · Permalink".
        case action
        /// "Name says:", "Name wrote:", "Re: ...": a comment opens here.
        case saysHeader
        /// A short line carrying a date or clock time (the comment's author and time).
        case timedHeader
    }

    /// One comment: its first and last line.
    struct Unit: Equatable {
        var start: Int
        var end: Int
    }

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        // Most pages hold no action or "says:" line at all: skip them after one cheap pass.
        var marks: [Mark] = []
        var strong = 0
        marks.reserveCapacity(lines.count)
        for i in lines.indices {
            let m = mark(lines[i], isDated: evidence[i].dateISO != nil || evidence[i].isTimestamp)
            if m == .action || m == .saysHeader { strong += 1 }
            marks.append(m)
        }
        let clocked = marks.indices.filter { marks[$0] == .timedHeader && hasClock(lines[$0].text) }
        guard strong >= 2 || clocked.count >= 4 else {
            if strong == 1 { LoneComment.mark(lines, &evidence, marks) }
            return
        }
        var found = strong >= 2 ? threads(lines, evidence, marks) : []
        for thread in timedThreads(lines, evidence, clocked) where !found.contains(where: { $0.start <= thread.end && thread.start <= $0.end }) {
            found.append(thread)
        }
        if found.isEmpty { LoneComment.mark(lines, &evidence, marks) }
        for thread in found {
            // A "274 Comments" / "Leave a reply" header just above belongs to the thread.
            var start = thread.start
            var k = start - 1
            while k >= 0, start - k <= 4, evidence[k].noise != nil || lines[k].wordCount <= 3 {
                if evidence[k].noise == .comments { start = k }
                k -= 1
            }
            let count = thread.count
            for i in start...thread.end where evidence[i].noise == nil || evidence[i].noise == .feed
                || evidence[i].noise == .repeated || evidence[i].noise == .fragment {
                evidence[i].noise = .comments
                evidence[i].noiseSource = .rule("comment thread (\(count) comments: \(thread.shape))")
                evidence[i].isCaption = false
            }
        }
    }

    /// `--explain` evidence of a thread whose comments open with their author/date header.
    static let headedShape = "author/date headers, reply lines"

    /// Runs of adjacent comment units; a run qualifies with three units, or two right under a
    /// comments header.
    static func threads(_ lines: [TextLine], _ evidence: [LineEvidence], _ marks: [Mark]) -> [(start: Int, end: Int, count: Int, shape: String)] {
        let units = self.units(lines, evidence, marks)
        var result: [(start: Int, end: Int, count: Int, shape: String)] = []
        var i = 0
        while i < units.count {
            var j = i
            while j + 1 < units.count, units[j + 1].start - units[j].end <= 4 { j += 1 }
            if j >= i + 2, let span = ActionLedCommentLayout.span(lines, evidence, marks, units[i...j]) {
                result.append((span.start, span.end, j - i + 1, ActionLedCommentLayout.evidence))
                i = j + 1
                continue
            }
            // A first "comment" far longer than the others is the article between its own dated
            // header and a share bar, not a comment.
            // Right under a comments header it is the first comment, however long.
            if j > i + 1, words(lines, units[i]) > max(150, 4 * medianWords(lines, units[(i + 1)...j])),
               !(max(0, units[i].start - 4)..<units[i].start).contains(where: { evidence[$0].noise == .comments }) {
                i += 1
                continue
            }
            let count = j - i + 1
            let underHeader = (max(0, units[i].start - 4)..<units[i].start).contains { evidence[$0].noise == .comments }
            // "Name wrote:" alone also introduces quotes inside an article; comments carry dates or actions.
            let dated = (units[i].start...units[j].end).filter { marks[$0] == .action || marks[$0] == .timedHeader
                || SaysEllipsisHeader.isTimed(marks[$0], lines[$0]) }.count
            if count >= 3 || (count == 2 && underHeader), dated >= 2 {
                result.append((units[i].start, units[j].end, count, Self.headedShape))
            }
            i = j + 1
        }
        return result
    }

    private static func words(_ lines: [TextLine], _ unit: Unit) -> Int {
        words(lines, unit.start..<(unit.end + 1))
    }

    /// The words of the lines in `range`: how big a comment is, whatever its lines' shape.
    static func words(_ lines: [TextLine], _ range: Range<Int>) -> Int {
        var total = 0
        for k in range { total += lines[k].wordCount }
        return total
    }

    private static func medianWords(_ lines: [TextLine], _ units: ArraySlice<Unit>) -> Int {
        let counts = units.map { words(lines, $0) }.sorted()
        return counts.isEmpty ? 0 : counts[counts.count / 2]
    }

    /// Threads whose comments carry no action line: four or more headers in a row, each a short
    /// line with a date and clock time that opens with a name ("Name on October 23, 2012 1:37 pm"),
    /// a few lines apart. Timestamped updates of a live article open with the time or an "Update"
    /// label instead, unless a comments header sits right above.
    static func timedThreads(_ lines: [TextLine], _ evidence: [LineEvidence], _ headers: [Int]) -> [(start: Int, end: Int, count: Int, shape: String)] {
        guard headers.count >= 4 else { return [] }
        var result: [(start: Int, end: Int, count: Int, shape: String)] = []
        var i = 0
        while i < headers.count {
            var j = i
            while j + 1 < headers.count, headers[j + 1] - headers[j] >= 2, headers[j + 1] - headers[j] <= 25 { j += 1 }
            var first = i
            // The article above the thread may end in its own dated line: a first "comment" that
            // holds the comments header, or runs far longer than the others, is not one.
            while j - first + 1 >= 4 {
                let size = words(lines, headers[first]..<headers[first + 1])
                let rest = (first + 1..<j).map { words(lines, headers[$0]..<headers[$0 + 1]) }.sorted()
                let median = rest.isEmpty ? size : rest[rest.count / 2]
                let holdsHeader = ((headers[first] + 1)..<headers[first + 1]).contains { evidence[$0].noise == .comments }
                guard holdsHeader || size > max(150, 4 * median) else { break }
                first += 1
            }
            let count = j - first + 1
            let run = headers[first...j]
            let underHeader = (max(0, headers[first] - 8)..<headers[first]).contains { evidence[$0].noise == .comments }
            let named = run.filter { opensWithName(lines[$0]) || CommentSignature.isSignedBelow($0, lines) || CommentHeaderVariety.isNumbered(lines[$0]) }.count
            // Posts of a blog's front page are signed the same way, but run far longer than comments.
            let sizes = (first..<j).map { words(lines, headers[$0]..<headers[$0 + 1]) }.sorted()
            let brief = sizes.isEmpty || sizes[sizes.count / 2] <= 90
            // Headers may put the author after the time instead ("on 2019-04-02 at 9:14 am Name"), or
            // on its own line right above the date; different names down the run let comments run long.
            let signed = named * 4 >= count * 3
            let namedTrailing = !signed && TrailingNameCommentHeader.namedCount(lines, run) * 4 >= count * 3
            // A forum page shows every post so, its first one included: the run must not follow
            // earlier headers of the same shape.
            let namedAbove = !signed && !namedTrailing && !headers[..<i].contains(where: { NameAboveCommentHeader.isNameAbove($0, lines) })
                && NameAboveCommentHeader.namedCount(lines, run) * 4 >= count * 3
            // Names under the dates count from half the headers: a thread's replies repeat their authors,
            // and handles with digits ("elle07") are no bare name.
            let namedBelow = !signed && !namedTrailing && !namedAbove
                && !headers[..<i].contains(where: { NameBelowCommentHeader.isNameBelow($0, lines) })
                && NameBelowCommentHeader.namedCount(lines, run) * 2 >= count
            let otherwiseNamed = namedTrailing || namedAbove || namedBelow
            let short = brief || CommentHeaderVariety.isVaried(lines, run) || otherwiseNamed
            // Posts that each link their own "8 Comments" are a list of posts, not a thread.
            let linked = (first..<j).filter { k in ((headers[k] + 1)..<headers[k + 1]).contains { evidence[$0].noise == .comments } }.count
            // Footers closing a front page's posts share the shape; posts open with a title, comments with their text.
            if count >= 4, short, linked < 2, underHeader || signed || otherwiseNamed,
               underHeader || !PostFooterOutline.closesPosts(lines, evidence, run) {
                var end = headers[j]
                while end + 1 < lines.count, end - headers[j] < 25, evidence[end + 1].noise == nil { end += 1 }
                let shape = namedTrailing ? TrailingNameCommentHeader.evidence : namedAbove ? NameAboveCommentHeader.evidence
                    : namedBelow ? NameBelowCommentHeader.evidence : brief ? Self.headedShape : CommentHeaderVariety.evidence
                // The first comment's name line belongs to the thread, not to the article above.
                let start = namedAbove && NameAboveCommentHeader.isNameAbove(headers[first], lines) ? headers[first] - 1 : headers[first]
                result.append((start, end, count, shape))
            }
            i = j + 1
        }
        return result
    }

    /// The header starts with a word that is not a number, a month or a date label; a line opening
    /// with a dash ("-- Name @ 2:36PM") signs the post above it rather than opening a comment.
    private static func opensWithName(_ line: TextLine) -> Bool {
        guard line.text.unicodeScalars.first?.properties.isAlphabetic == true, let first = line.words.first, let byte = first.utf8.first, !(48...57).contains(byte) else { return false }
        return !LineEvidenceCollector.monthWords.contains(first) && !dateLabels.contains(first)
    }

    private static let dateLabels: Set<String> = [
        "update", "updated", "updates", "posted", "published", "last", "edited", "correction", "at", "on",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    ]

    /// Comment units: a header up to the action line that closes it, or (without action lines)
    /// one "says:" header up to the next.
    static func units(_ lines: [TextLine], _ evidence: [LineEvidence], _ marks: [Mark]) -> [Unit] {
        var units: [Unit] = []
        var header: Int?
        let maxUnit = 25
        // A comment opened by a header right after the previous one but closed by no action line
        // (the thread's last) runs to its text's end.
        func closeTrailing(_ h: Int) {
            guard let last = units.last, h > last.end, h - last.end <= 4 else { return }
            var end = h
            while end + 1 < lines.count, end - h < 60, marks[end + 1] == .none, evidence[end + 1].noise == nil { end += 1 }
            if end > h { units.append(Unit(start: h, end: end)) }
        }
        for i in lines.indices {
            switch marks[i] {
            case .none:
                continue
            case .saysHeader, .timedHeader:
                // An open "says:" header closes when the next comment opens.
                if let h = header, marks[h] == .saysHeader, marks[i] == .saysHeader, i - h <= maxUnit, i - h >= 2 {
                    units.append(Unit(start: h, end: i - 1))
                    header = i
                } else if let h = header, marks[h] == .saysHeader, marks[i] == .timedHeader, i - h <= 2 {
                    // "Name says:" then its date line: one header.
                    continue
                } else {
                    if let h = header { closeTrailing(h) }
                    header = i
                }
            case .action:
                if let h = header, i - h > maxUnit { closeTrailing(h); header = nil }
                let previousEnd = units.last?.end ?? -100
                if let h = header, h > previousEnd {
                    // A bare name line right above a date line is part of the header.
                    var start = h
                    if marks[h] == .timedHeader, h - 1 > previousEnd, lines[h - 1].wordCount <= 5, !lines[h - 1].endsSentence,
                       marks[h - 1] == .none { start = h - 1 }
                    units.append(Unit(start: start, end: i))
                } else if i - previousEnd <= maxUnit, previousEnd >= 0, i - previousEnd >= 2 {
                    // Comments without a recognisable header: text between two action lines.
                    units.append(Unit(start: previousEnd + 1, end: i))
                } else if let last = units.last, i == last.end + 1 {
                    // "Reply" then "Report": one action bar.
                    units[units.count - 1].end = i
                }
                header = nil
            }
        }
        if let h = header { closeTrailing(h) }
        return units
    }

    static func mark(_ line: TextLine, _ ev: LineEvidence) -> Mark {
        mark(line, isDated: ev.dateISO != nil || ev.isTimestamp)
    }

    /// `mark` on the one fact of the evidence it reads: the page's pass asks it of every line, and
    /// a copy of a line's whole evidence retains its every string.
    static func mark(_ line: TextLine, isDated: Bool) -> Mark {
        let count = line.wordCount
        guard count >= 1, count <= 16 else { return .none }
        // The lexicon flags of the first and last word (read once by the tokenizer) rule out most
        // lines before any word is looked up by name.
        if count <= 6, line.firstWord.isCommentAction || line.words[0].utf8.first.map({ (48...57).contains($0) }) == true,
           isActionLine(line.words) { return .action }
        if line.lastWord.isSaysWord, line.text.utf8.last == 58 || SaysEllipsisHeader.endsInEllipsis(line.text) { return .saysHeader }
        if line.words.first == "re", line.text.hasPrefix("Re:") { return .saysHeader }
        guard count >= 2 else { return .none }
        let dated = isDated || line.words.last == "ago"
        if dated, !line.endsSentence { return .timedHeader }
        return hasClock(line.text) ? .timedHeader : .none
    }

    /// Every word is an action-bar word or a count, and one of them is a comment action.
    static func isActionLine(_ words: [String]) -> Bool {
        var core = false
        for word in words {
            if coreActionWords.contains(word) { core = true; continue }
            if barWords.contains(word) { continue }
            // "12reply", "3" (counts glued to or beside the action).
            let letters = word.drop(while: { $0.isNumber })
            if letters.isEmpty { continue }
            if letters.count < word.count, coreActionWords.contains(String(letters)) { core = true; continue }
            return false
        }
        return core
    }

    /// A clock time "6:18", "10:05AM" anywhere in the line.
    static func hasClock(_ text: Substring) -> Bool {
        // Most lines hold no colon at all: memchr rules them out before the byte loop.
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, memchr(base, 58, bytes.count) != nil else { return false }
            return scansClock(bytes)
        } ?? scansClock(text.utf8)
    }

    /// One or two digits, a colon, two digits.
    private static func scansClock<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var digits = 0
        var afterColon = -1
        for byte in bytes {
            let isDigit = byte >= 48 && byte <= 57
            if afterColon >= 0 {
                if isDigit { afterColon += 1; if afterColon == 2 { return true }; continue }
                afterColon = -1
                digits = 0
            }
            if isDigit { digits += 1 } else if byte == 58, (1...2).contains(digits) { afterColon = 0 } else { digits = 0 }
        }
        return false
    }

    /// Words that close a comment: the actions a reader can take on it.
    static let coreActionWords: Set<String> = [
        "reply", "replies", "replydelete", "permalink", "flag", "report", "quote", "recommend", "retweet",
        "unflag", "flagged", "respond", "responder", "répondre", "antworten", "rispondi", "responda", "beantwoorden", "reageer", "svara", "svar", "odpowiedz", "odpovědět",
        "ответить", "відповісти", "回复", "回覆", "返信", "답글", "הגב", "رد",
    ]

    /// Words that may stand beside an action in its bar ("Flag as inappropriate", "Reply to this").
    static let barWords: Set<String> = [
        "to", "this", "as", "parent", "comment", "share", "abuse", "inappropriate", "go", "login", "log", "in", "edit",
        "delete", "link", "up", "down", "vote", "like", "likes", "dislike", "unlike", "favorite", "tweet", "cancel", "hide", "more",
    ]

    /// Last words of a comment header that names its author ("Name says:", "Name wrote:").
    static let saysWords: Set<String> = [
        "says", "said", "wrote", "writes", "dice", "dijo", "escribió", "escreveu", "disse", "schreibt", "schrieb",
        "sagt", "dit", "écrit", "scrive", "scritto", "schreef", "zegt", "skrev", "napisał", "napsal", "пишет", "написал",
        "говорит", "kirjoitti",
        // An old blogging platform's German template: "Name hat gesagt…".
        "gesagt",
    ]
}
