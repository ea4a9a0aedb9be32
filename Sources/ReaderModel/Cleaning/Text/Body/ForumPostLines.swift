/// The short lines of a forum thread's posts. A post is often a list ("what I run: / this / that")
/// or a one-line reply, and read as an article page those lines are fragments: no paragraph stands
/// on both sides of them, only the post's header above. Each post runs from its header to the next
/// post's profile block (the poster's name, often a rank, a join date and a post count) above the
/// next header. Two cases are read without guessing where a profile starts:
/// - the short lines between a post's header and its last prose line are the post's own;
/// - when every post whose last line is prose has the same number of lines between that prose and
///   the next header, that is the size of a profile, and the lines above it are the post's too.
///   The profile's first line is the poster's name, kept with the post it opens (who said it); the
///   rest of the block is removed, and a post of short lines only is then read whole.
enum ForumPostLines {
    static let evidence = "a short line of a forum post (between its header and its prose)"
    static let tailEvidence = "a short line closing a forum post (above the next poster's profile block)"
    static let nameEvidence = "the poster's name above a forum post's header"
    static let profileEvidence = "a forum poster's profile block (rank, join date, post count), the same size above each post header"
    /// Posts ending in prose that must agree on the profile's size before it is trusted.
    static let minimumAgreeing = 3

    /// Marks the posts' short lines kept; `headers` are the thread's post headers in order, `end`
    /// where the last post ends.
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence], headers: [Int], end: Int) {
        guard headers.count >= 2 else { return }
        // Each post's last prose line, and the lines with words from there to the next header.
        var lastProse: [Int?] = []
        lastProse.reserveCapacity(headers.count)
        var tails: [Int] = []
        for (k, header) in headers.enumerated() {
            let postEnd = k + 1 < headers.count ? headers[k + 1] : end
            var last: Int?
            var i = postEnd - 1
            while i > header {
                if isProse(evidence[i]) { last = i; break }
                i -= 1
            }
            lastProse.append(last)
            if k + 1 < headers.count, let last {
                tails.append((last + 1..<postEnd).reduce(0) { $0 + (lines[$1].wordCount > 0 ? 1 : 0) })
            }
        }
        let profile = agreedProfileSize(tails)
        for (k, header) in headers.enumerated() {
            // A post of short lines only (a one-line reply) is read from its header when the profile is known.
            guard let last = lastProse[k] ?? (profile != nil && k + 1 < headers.count ? header : nil) else { continue }
            for i in header + 1..<max(header + 1, last) where keepable(lines[i], evidence[i]) { keep(&evidence[i], Self.evidence) }
            guard let profile, k + 1 < headers.count else { continue }
            // Counted back from the next header: `profile` lines with words are the next poster's.
            var boundary = headers[k + 1]
            var counted = 0
            while boundary > last + 1, counted < profile {
                boundary -= 1
                if lines[boundary].wordCount > 0 { counted += 1 }
            }
            for i in last + 1..<boundary where keepable(lines[i], evidence[i]) { keep(&evidence[i], tailEvidence) }
            guard counted == profile else { continue }
            if keepable(lines[boundary], evidence[boundary]) { keep(&evidence[boundary], nameEvidence) }
            // Below the name: the rank, join date and post count every post repeats, not the post's text.
            for i in boundary + 1..<headers[k + 1] where lines[i].wordCount > 0 && !isProse(evidence[i]) && !evidence[i].isCaption {
                evidence[i].noise = .metadata
                evidence[i].noiseSource = .rule(profileEvidence)
                evidence[i].isShortPostLine = false
            }
        }
    }

    /// The profile size every post ending in prose shows, when enough of them agree and none shows fewer.
    static func agreedProfileSize(_ tails: [Int]) -> Int? {
        guard let smallest = tails.min(), smallest >= 1 else { return nil }
        let agreeing = tails.reduce(0) { $0 + ($1 == smallest ? 1 : 0) }
        // The smallest tail is a post ending in prose right above the profile; two posts in three do.
        guard agreeing >= minimumAgreeing, agreeing * 3 >= tails.count * 2 else { return nil }
        return smallest
    }

    private static func isProse(_ evidence: LineEvidence) -> Bool {
        evidence.noise == nil && evidence.shape != .short && !evidence.isMetadata
    }

    /// A clean short line with words that no other rule claimed.
    private static func keepable(_ line: TextLine, _ evidence: LineEvidence) -> Bool {
        line.wordCount > 0 && evidence.noise == nil && evidence.shape == .short && !evidence.isMetadata
            && !evidence.isCaption && !evidence.isShortPostLine
    }

    private static func keep(_ evidence: inout LineEvidence, _ note: String) {
        evidence.isShortPostLine = true
        evidence.keptNote = note
    }
}
