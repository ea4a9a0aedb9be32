/// The posts of a page of several posts, told apart by the footer each one ends with.
///
/// A blog's front page (or a column's page of dated entries) closes every post with a footer of
/// the same shape: a short line with a clock time that opens with the same word each time
/// ("<label> <name> at 14:32 | <count>"). Read as one article, a post's short lines (its title, a
/// one-line post, a closing greeting, a photo's caption) touch those footers and read as
/// fragments, so some posts keep their titles and others lose them. When three or more such
/// footers each close a run of prose inside the chosen body, the short lines of every post are
/// the post's own and kept; the footers, and a date line that opens the posts in one shape, are
/// the posts' chrome and go. An article over its comment thread does not qualify (its first
/// "post" dwarfs the rest), and a forum thread's headers open posts rather than close them (a profile
/// block, not prose, stands above each), and `ForumPostLines` reads those.
enum PostFooterRun {
    static let evidence = "a short line of a post on a page of several posts (between footers of one shape)"
    static let footerEvidence = "a post's footer: a timed line opening with the same word under each post"
    static let dateEvidence = "a post's date line: the same dated shape opening several posts"
    static let linkEvidence = "a short line opening with the same words in several posts (a link each post repeats)"
    /// Fewer footers may be a single post's byline and an updated-at line.
    static let minimumPosts = 3
    /// A post runs at most this many lines; a longer gap ends the run of footers.
    static let maxPostLines = 60
    /// A footer longer than this is a paragraph that mentions a time.
    static let maxFooterWords = 30
    /// Posts past the chosen body's end that the run may take back.
    static let maxPostsPastBody = 2
    /// A date line opening a post is at most this many words.
    static let maxDateWords = 8

    /// The body carried through the posts the end trimmers left out, with the posts' short lines
    /// kept and their footers and date lines removed, when the body holds a run of footers of one
    /// shape; `body` unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let run = footerRun(lines, evidence, body: body), run[0] < body.upperBound else { return body }
        // Footers past the body close posts a trimmer cut as the page's tail, when only those
        // posts' own lines (no furniture the vocabulary names) stand between.
        var footers = run.filter { $0 < body.upperBound }
        var end = body.upperBound
        var past = 0
        for footer in run where footer >= body.upperBound {
            guard past < maxPostsPastBody,
                  (end..<footer).allSatisfy({ evidence[$0].noise == nil || isTrimmedTail(evidence[$0]) }),
                  ((footers.last.map { $0 + 1 } ?? body.lowerBound)..<footer).contains(where: { evidence[$0].shape == .good })
            else { break }
            footers.append(footer)
            end = footer + 1
            past += 1
        }
        guard footers.count >= minimumPosts else { return body }
        var segments: [Range<Int>] = []
        segments.reserveCapacity(footers.count)
        for (k, footer) in footers.enumerated() {
            let start = k == 0 ? max(body.lowerBound, footer - maxPostLines) : footers[k - 1] + 1
            segments.append(start..<footer)
        }
        // Most posts hold a paragraph: a column of timed headlines is a feed, not a page of posts.
        let withProse = segments.reduce(0) { count, segment in
            count + (segment.contains { evidence[$0].noise == nil && evidence[$0].shape == .good } ? 1 : 0)
        }
        guard withProse * 2 >= segments.count else { return body }
        // An article over its comment thread reads as a first "post" far longer than the rest,
        // each comment under a timed line: the comments are not posts of the page.
        let sizes = segments.dropFirst().map { proseWords(lines, evidence, $0) }.sorted()
        guard proseWords(lines, evidence, segments[0]) <= max(150, 4 * sizes[sizes.count / 2]) else { return body }
        for i in body.upperBound..<end where isTrimmedTail(evidence[i]) {
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
        }
        for footer in footers where evidence[footer].noise == nil {
            evidence[footer].noise = .metadata
            evidence[footer].noiseSource = .rule(footerEvidence)
        }
        markDateLines(lines, &evidence, segments: segments)
        let repeated = repeatedOpenings(lines, evidence, segments: segments)
        for segment in segments {
            for i in segment where keepable(lines[i], evidence[i]) {
                if let opening = opening(lines[i]), repeated.contains(opening) {
                    evidence[i].noise = .navigation
                    evidence[i].noiseSource = .rule(linkEvidence)
                    continue
                }
                evidence[i].isShortPostLine = true
                evidence[i].keptNote = Self.evidence + ", \(footers.count) posts"
            }
        }
        return body.lowerBound..<max(body.upperBound, end)
    }

    /// Noise a body end trimmer gave a post's last paragraph: the page's tail it read is a post.
    private static func isTrimmedTail(_ evidence: LineEvidence) -> Bool {
        evidence.noiseSource == .rule(PostFooterParagraph.evidence)
    }

    /// Opening word pairs that short lines of at least `minimumPosts` posts share: a link each
    /// post repeats ("<read on> <title>"), not a line the post wrote.
    private static func repeatedOpenings(_ lines: [TextLine], _ evidence: [LineEvidence], segments: [Range<Int>]) -> Set<String> {
        var posts: [String: Int] = [:]
        for segment in segments {
            var seen: Set<String> = []
            for i in segment where keepable(lines[i], evidence[i]) {
                if let opening = opening(lines[i]), seen.insert(opening).inserted { posts[opening, default: 0] += 1 }
            }
        }
        return Set(posts.compactMap { $0.value >= minimumPosts ? $0.key : nil })
    }

    private static func opening(_ line: TextLine) -> String? {
        line.words.count >= 3 ? line.words[0] + " " + line.words[1] : nil
    }

    /// The longest run of `minimumPosts` or more footers from the body on: short timed lines opening
    /// with one word, a few lines apart, most of them right under a line of prose.
    static func footerRun(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> [Int]? {
        guard body.count >= minimumPosts * 2 else { return nil }
        var byWord: [String: [Int]] = [:]
        // Past the body too: a trimmer may have cut the last posts as the page's tail.
        for i in body.lowerBound..<min(lines.count, body.upperBound + maxPostLines) where lines[i].wordCount >= 2 && lines[i].wordCount <= maxFooterWords && evidence[i].shape != .good {
            guard CommentThreadDetector.hasClock(lines[i].text), let first = lines[i].words.first else { continue }
            // A forum thread's post headers are `ForumThreadBody`'s; its kept lines say so.
            if evidence[i].keptNote?.hasPrefix(ForumThreadBody.evidence) == true { return nil }
            byWord[first, default: []].append(i)
        }
        var best: [Int] = []
        for (_, indices) in byWord where indices.count >= minimumPosts {
            var run: [Int] = []
            for i in indices {
                if let previous = run.last, i - previous < 2 || i - previous > maxPostLines {
                    if isBetter(run, than: best) { best = run }
                    run = []
                }
                run.append(i)
            }
            if isBetter(run, than: best) { best = run }
        }
        guard best.count >= minimumPosts else { return nil }
        // A footer closes its post: prose stands right above it, and the next post opens with its
        // date or title, not a paragraph (a timed line leading into prose is a live update's stamp).
        let underProse = best.reduce(0) { $0 + (closesProse($1, evidence, body: body) ? 1 : 0) }
        let intoProse = best.dropLast().reduce(0) { $0 + (leadsIntoProse($1, evidence) ? 1 : 0) }
        return underProse * 2 >= best.count && intoProse * 2 < best.count - 1 ? best : nil
    }

    private static func leadsIntoProse(_ footer: Int, _ evidence: [LineEvidence]) -> Bool {
        footer + 1 < evidence.count && evidence[footer + 1].noise == nil && evidence[footer + 1].shape != .short
    }

    /// Longer runs first; among equals the one higher on the page, so the choice does not depend on hashing.
    private static func isBetter(_ run: [Int], than best: [Int]) -> Bool {
        run.count > best.count || (run.count == best.count && !run.isEmpty && run[0] < (best.first ?? Int.max))
    }

    private static func closesProse(_ footer: Int, _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        for k in [footer - 1, footer - 2, footer - 3] where k >= body.lowerBound {
            if evidence[k].noise == nil && evidence[k].shape != .short && !evidence[k].isMetadata { return true }
        }
        return false
    }

    /// The first line of each post, when at least `minimumPosts` of them share one dated shape
    /// (digits and letters in the same order with the same punctuation): the posts' date lines.
    private static func markDateLines(_ lines: [TextLine], _ evidence: inout [LineEvidence], segments: [Range<Int>]) {
        var shapes: [Int: String] = [:]
        for segment in segments {
            guard let first = segment.first, lines[first].wordCount <= maxDateWords, evidence[first].noise == nil,
                  lines[first].hasYearWord || lines[first].hasMonthWord || evidence[first].dateISO != nil else { continue }
            shapes[first] = shape(lines[first].text)
        }
        var counts: [String: Int] = [:]
        for key in shapes.values { counts[key, default: 0] += 1 }
        for (i, key) in shapes where counts[key, default: 0] >= minimumPosts {
            evidence[i].noise = .metadata
            evidence[i].noiseSource = .rule(dateEvidence)
        }
    }

    /// The line's outline: each run of digits one `9`, each run of letters (of any script) one `a`,
    /// spaces one space, other marks as they are.
    static func shape(_ text: Substring) -> String {
        var out = ""
        var last: Character = "\0"
        for ch in text {
            let mark: Character = ch.isNumber ? "9" : ch.isLetter ? "a" : ch.isWhitespace ? " " : ch
            if mark != last || !(mark == "9" || mark == "a" || mark == " ") { out.append(mark) }
            last = mark
        }
        return out
    }

    private static func proseWords(_ lines: [TextLine], _ evidence: [LineEvidence], _ range: Range<Int>) -> Int {
        var words = 0
        for i in range where evidence[i].noise == nil && evidence[i].shape == .good { words += lines[i].wordCount }
        return words
    }

    /// A clean short line with words that no other rule claimed.
    private static func keepable(_ line: TextLine, _ evidence: LineEvidence) -> Bool {
        line.wordCount > 0 && evidence.noise == nil && evidence.shape == .short && !evidence.isMetadata
            && !evidence.isCaption && !evidence.isShortPostLine && evidence.listItem == nil && !evidence.isTableRow
    }
}
