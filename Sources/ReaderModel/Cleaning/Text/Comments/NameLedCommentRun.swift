/// Some comment themes show each comment as just its author's name over its text, with no date,
/// reply line or comments header near. A long run of such units is still a thread when the name
/// lines vary and several are handles (one lowercase word, "@name", or a website before the
/// name), which section headings and list items never are.
enum NameLedCommentRun {
    /// `--explain` evidence of such a thread.
    static let evidence = "names and handles over short texts, no dates"
    /// Comments the run needs at least.
    static let minimumUnits = 6
    /// Longest author name, in words (a website before it not counted).
    static let maxNameWords = 3
    /// Longest comment, in lines, before the run is broken.
    static let maxUnitLines = 20
    /// Median comment length, in words, above which the units are sections of an article.
    static let maxMedianWords = 90

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var starts: [Int] = []
        var k = 0
        while k < lines.count {
            // No next comment within reach: the run is over.
            if let last = starts.last, k - last > maxUnitLines {
                markRun(starts, lines, &evidence)
                starts = []
            }
            // A comment quoted again further down reads as a repeated teaser: other marks do not
            // rule a unit out, the shape of the run decides.
            // The comment's text opens at once with a sentence or a long line (a headline under a
            // menu word does not).
            if k + 1 < lines.count, lines[k].wordCount <= 16, lines[k + 1].wordCount >= 6, lines[k + 1].endsSentence || lines[k + 1].wordCount >= 15,
               isName(lines[k]), !isDated(k + 1, lines, evidence) {
                starts.append(k)
            } else if !starts.isEmpty, isDated(k, lines, evidence) {
                // Dated comments are the other detectors' to find; a dated line ends this run.
                markRun(starts, lines, &evidence)
                starts = []
            } else if !starts.isEmpty, lines[k].wordCount < 6, !lines[k].endsSentence, !isName(lines[k]), !isAside(lines[k].text) {
                // A comment holds prose, perhaps a greeting, a link and its author's sign-off; a
                // heading, a timed line or a label ends the run.
                markRun(starts, lines, &evidence)
                starts = []
            }
            k += 1
        }
        markRun(starts, lines, &evidence)
    }

    private static func markRun(_ starts: [Int], _ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var starts = starts[...]
        // An article under a stray short line runs far longer than the comments after it.
        while starts.count > minimumUnits, let first = starts.first {
            let size = CommentThreadDetector.words(lines, (first + 1)..<starts[starts.startIndex + 1])
            let median = (starts.startIndex + 1..<starts.endIndex - 1).map { CommentThreadDetector.words(lines, (starts[$0] + 1)..<starts[$0 + 1]) }.sorted()
            guard size > max(150, 4 * median[median.count / 2]) else { break }
            starts = starts.dropFirst()
        }
        guard starts.count >= minimumUnits else { return }
        var names: [Substring] = []
        var handles = 0
        var sizes: [Int] = []
        for (n, s) in zip(starts.indices, starts) {
            names.append(lines[s].text)
            if isHandle(lines[s]) { handles += 1 }
            let end = n + 1 < starts.endIndex ? starts[n + 1] : min(lines.count, s + 3)
            sizes.append(CommentThreadDetector.words(lines, (s + 1)..<end))
        }
        sizes.sort()
        let distinct = Set(names).count
        guard distinct * 4 >= names.count * 3, handles * 4 >= names.count, sizes[sizes.count / 2] <= maxMedianWords else { return }
        // The last comment runs to its text's end: prose lines right under its name.
        var end = starts[starts.endIndex - 1] + 1
        while end + 1 < lines.count, end - starts[starts.endIndex - 1] < maxUnitLines, evidence[end + 1].noise == nil || evidence[end + 1].noise == .repeated || evidence[end + 1].noise == .related,
              lines[end + 1].wordCount >= 6 || lines[end + 1].endsSentence { end += 1 }
        for i in starts[starts.startIndex]...end where evidence[i].noise == nil || evidence[i].noise == .repeated || evidence[i].noise == .fragment || evidence[i].noise == .related {
            evidence[i].noise = .comments
            evidence[i].noiseSource = .rule("comment thread (\(starts.count) comments: \(Self.evidence))")
            evidence[i].isCaption = false
        }
    }

    /// A short line that ends no sentence or label and holds no function word: a name, possibly
    /// after the commenter's website.
    static func isName(_ line: TextLine) -> Bool {
        guard line.wordCount >= 1, line.wordCount <= 16, line.stopwordCount == 0, !line.endsSentence,
              let last = line.text.utf8.last, last != 58, last != 44 else { return false }
        var name = line.text[...]
        if startsWithWebsite(name) {
            guard let space = name.firstIndex(of: " ") else { return false }
            name = name[space...].drop { $0 == " " }
        }
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "@" else { return false }
        var words = 1
        for byte in name.utf8 where byte == 32 {
            words += 1
            if words > maxNameWords { return false }
        }
        return true
    }

    /// One lowercase word, "@name", or a name after a website: how commenters sign, unlike headings.
    static func isHandle(_ line: TextLine) -> Bool {
        if startsWithWebsite(line.text) || line.text.hasPrefix("@") { return true }
        guard line.wordCount == 1, let first = line.text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    /// A short line with a date or clock time: a dated header.
    private static func isDated(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        lines[k].wordCount <= 16 && (evidence[k].dateISO != nil || evidence[k].isTimestamp || CommentThreadDetector.hasClock(lines[k].text))
    }

    /// "Hi Name,", "Cheers,", "Links:", "-Name", "Name-", a bare link: the short lines of a comment's text.
    private static func isAside(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return last == 44 || last == 58 || last == 45 || first == 45 || startsWithWebsite(text)
    }

    private static func startsWithWebsite(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, first == 104 || first == 119 else { return false }
        return text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.")
    }
}
