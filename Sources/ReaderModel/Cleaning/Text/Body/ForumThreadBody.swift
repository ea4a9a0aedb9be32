/// A forum thread's page is its posts, from the first one on: every post opens with the same kind
/// of header (a short line with a date and a clock time, often under the poster's name) and no
/// article stands above the first. Read as an article page, the thread falls apart: a reply that
/// quotes an earlier post repeats its lines, the headers look like a comment thread, and the body
/// choice keeps one stretch of replies. When the chosen body lies inside such a run of post
/// headers and the page holds next to no prose above the first, the body is widened to the whole
/// thread, and the repeat and comment-thread labels inside it are lifted. An article with reader
/// comments under it never qualifies: its own prose stands above the first comment header.
enum ForumThreadBody {
    static let evidence = "a post of a forum thread (dated post headers from the page's first prose on)"
    /// Fewer dated headers in a row may be a short comment thread or a list of dated updates.
    static let minimumPosts = 4
    /// A post runs at most this many lines; a longer gap ends the run of headers.
    static let maxPostLines = 60
    /// Words of prose the page may hold above the first post header (a thread's title, a notice).
    static let maxProseAbove = 30

    /// The body widened to the thread that holds it, with the lines it gives back marked; `body`
    /// unchanged when the page is not a thread or the body is not inside one.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let run = headerRun(lines, evidence), let first = run.first, let last = run.last else { return body }
        // The run must hold the chosen body, not stand above or below it; with no body chosen (every
        // post read as a comment) the run is all the page has.
        guard body.isEmpty || (body.lowerBound < postEnd(after: last, lines, evidence) && body.upperBound > first) else { return body }
        guard proseWords(lines, evidence, 0..<first) <= maxProseAbove else { return body }
        // Most posts hold a sentence of their own: a column of timed headlines is a feed, not a thread.
        var posts = 0
        for (k, header) in run.dropLast().enumerated() where (header + 1..<run[k + 1]).contains(where: { holdsSentence(lines[$0], evidence[$0]) }) {
            posts += 1
        }
        guard posts * 2 >= run.count - 1 else { return body }
        // An article opens with its own dated line too: a first "post" far longer than the rest is
        // the article above a comment thread, as is a run that holds a comments header.
        let sizes = (1..<run.count - 1).map { proseWords(lines, evidence, run[$0]..<run[$0 + 1]) }.sorted()
        let median = sizes.isEmpty ? 0 : sizes[sizes.count / 2]
        guard proseWords(lines, evidence, first..<run[1]) <= max(150, 4 * median) else { return body }
        guard !(first..<last).contains(where: { isCommentsHeader(evidence[$0]) }) else { return body }
        let threadStart = nameAbove(first, lines, evidence) ? first - 1 : first
        let start = body.isEmpty ? threadStart : min(body.lowerBound, threadStart)
        let end = max(body.isEmpty ? threadStart : body.upperBound, postEnd(after: last, lines, evidence))
        let note = Self.evidence + ", \(run.count) posts"
        for i in start..<end where liftable(evidence[i]) {
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
            evidence[i].keptNote = note
        }
        for i in start..<end where !body.contains(i) && evidence[i].noise == nil && evidence[i].keptNote == nil { evidence[i].keptNote = note }
        ForumPostLines.mark(lines, &evidence, headers: run, end: end)
        return start..<end
    }

    /// The first run of `minimumPosts` or more post headers, each a few lines after the one before.
    static func headerRun(_ lines: [TextLine], _ evidence: [LineEvidence]) -> [Int]? {
        var run: [Int] = []
        for i in lines.indices where lines[i].wordCount <= 16 && CommentThreadDetector.hasClock(lines[i].text) {
            guard isHeader(lines[i], evidence[i]) else { continue }
            if let previous = run.last, i - previous < 2 || i - previous > maxPostLines {
                if run.count >= minimumPosts { return run }
                run = []
            }
            run.append(i)
        }
        return run.count >= minimumPosts ? run : nil
    }

    /// A short dated line with a clock time; vocabulary may name it ("Posted June 6, 2005 07:31")
    /// only when it carries a full date.
    private static func isHeader(_ line: TextLine, _ evidence: LineEvidence) -> Bool {
        if evidence.noiseSource == .vocabulary, evidence.dateISO == nil { return false }
        return CommentThreadDetector.mark(line, evidence) == .timedHeader
    }

    /// Where the last post ends: its lines up to the first one that vocabulary or a heavy block
    /// names as furniture, at most `maxPostLines` on.
    private static func postEnd(after header: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int {
        var end = header + 1
        while end < lines.count, end - header < maxPostLines, evidence[end].noise == nil || liftable(evidence[end]) { end += 1 }
        // The post ends with its last line that is not a bare fragment.
        while end > header + 1, (evidence[end - 1].noise != nil && !liftable(evidence[end - 1])) || lines[end - 1].wordCount == 0 { end -= 1 }
        return end
    }

    /// Labels that say only that a line repeats in the page (a quoted post) or that it sits in a
    /// comment-shaped thread: inside a forum thread both are the posts themselves.
    private static func liftable(_ evidence: LineEvidence) -> Bool {
        guard let noise = evidence.noise, let source = evidence.noiseSource else { return false }
        if source.isRepeatedInPage { return noise == .repeated || noise == .related }
        if case .rule(let words) = source, noise == .comments { return words.hasPrefix("comment thread") }
        return noise == .fragment
    }

    /// A "Comments" / "Leave a reply" header named by its words.
    private static func isCommentsHeader(_ evidence: LineEvidence) -> Bool {
        evidence.noise == .comments && evidence.noiseSource == .vocabulary
    }

    private static func holdsSentence(_ line: TextLine, _ evidence: LineEvidence) -> Bool {
        line.wordCount >= 5 && (evidence.shape == .good || line.endsSentence)
    }

    /// The poster's name on its own short line right above the header.
    private static func nameAbove(_ header: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        header > 0 && lines[header - 1].wordCount >= 1 && lines[header - 1].wordCount <= 3 && !lines[header - 1].endsSentence
            && evidence[header - 1].noiseSource != .vocabulary
    }

    private static func proseWords(_ lines: [TextLine], _ evidence: [LineEvidence], _ range: Range<Int>) -> Int {
        var words = 0
        for i in range where evidence[i].shape == .good { words += lines[i].wordCount }
        return words
    }
}
