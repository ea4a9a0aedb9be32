/// A dated line that looks like a post's footer ("Posted May 14, 2024 05:24", "Posted on <date> by
/// Name") but is one of a run of same-shaped dated lines, each with a post's prose right under it,
/// and with next to no prose above the first: the page is a run of posts (a forum thread, a blog's
/// front page) and the line heads the post under it. The text under the last such line is that
/// post, not the footer's own text. Shape is read without words: the line's leading run of letters
/// (up to its first space or figure), its length within a few words, and a date or time the cleaner
/// already read on it. An article's footer, or comments under an article, have the article's prose
/// above the first of their run.
enum PostHeaderRun {
    /// The run holds at least this many same-shaped lines.
    static let minimumRun = 3
    /// Same-shaped lines differ by at most this many words (a longer name, a two-digit day).
    static let wordSlack = 2
    /// A post runs at most this many lines; a longer gap parts two runs.
    static let maxPostLines = 60
    /// Words of prose the page may hold above the run's first line (a thread's title, a notice),
    /// or half a post's if the posts are longer.
    static let maxProseAbove = 30
    /// The leading bytes compared.
    static let keyBytes = 24

    /// Whether line `k` heads a post in a run of same-shaped dated lines.
    static func headsPost(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard isDated(evidence[k]) else { return false }
        let key = leadingKey(lines[k].text)
        let words = lines[k].wordCount
        func sameShape(_ i: Int) -> Bool {
            abs(lines[i].wordCount - words) <= wordSlack && isDated(evidence[i]) && leadingKey(lines[i].text) == key
        }
        // The run around `k`, each member within a post's length of the next.
        var run = [k]
        var i = k - 1
        while i >= 0, run[0] - i <= maxPostLines {
            if sameShape(i) { run.insert(i, at: 0) }
            i -= 1
        }
        i = k + 1
        while i < lines.count, i - run[run.count - 1] <= maxPostLines {
            if sameShape(i) { run.append(i) }
            i += 1
        }
        guard run.count >= minimumRun else { return false }
        // The first line with words under each line of the run is a post's prose; a footer has the
        // next post's title under it. One post may open otherwise (a quote, a greeting).
        var postWords: [Int] = []
        var misses = 0
        for (n, header) in run.enumerated() {
            let next = n + 1 < run.count ? run[n + 1] : lines.count
            var first = header + 1
            while first < next, lines[first].wordCount == 0 { first += 1 }
            if first == next || !isProse(lines[first], evidence[first]) { misses += 1 }
            if n + 1 < run.count { postWords.append(proseWords(header + 1..<next, lines, evidence)) }
        }
        guard misses <= 1 else { return false }
        postWords.sort()
        let median = postWords[postWords.count / 2]
        return proseWords(0..<run[0], lines, evidence) <= max(maxProseAbove, median / 2)
    }

    @inline(__always)
    private static func isDated(_ ev: LineEvidence) -> Bool {
        ev.dateISO != nil || ev.isTimestamp
    }

    /// The line's bytes up to its first space or figure, at most `keyBytes` of them.
    private static func leadingKey(_ text: Substring) -> [UInt8] {
        var key: [UInt8] = []
        for byte in text.utf8 {
            if byte == 32 || (byte >= 48 && byte <= 57) || key.count == keyBytes { break }
            key.append(byte)
        }
        return key
    }

    private static func isProse(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        line.wordCount >= 3 && (ev.shape != .short || line.endsSentence)
    }

    private static func proseWords(_ range: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int {
        var words = 0
        for i in range where evidence[i].shape == .good { words += lines[i].wordCount }
        return words
    }
}
