/// A page that lists records (job offers, classified ads, search results) instead of telling one
/// story: each record closes with the same short link line a few lines after the last one ("View
/// this ad", "Details"), and holds a snippet of prose the site cut short with an ellipsis. Read as
/// an article page, the snippets are teasers and the records' short lines (a title, a field line)
/// fragments, so one stretch of snippets survives. When the page holds no article outside the
/// listing and the chosen body lies in it, the listing is the page's text: the body becomes the
/// records, their short lines kept, the repeated link lines not. An article with a list of
/// excerpts under it never qualifies: its own prose stands outside the listing.
enum RecordListingBody {
    static let evidence = "a record of a listing (the same link line closes each record, a snippet cut short in each)"
    static let linkEvidence = "link line repeated at the end of each record of a listing"
    /// Fewer records may be a short list of related posts.
    static let minimumRecords = 4
    /// A record spans at most this many lines, its closing link line included.
    static let maxRecordLines = 10
    /// A link line has at most this many words.
    static let maxLinkWords = 12
    /// A snippet has at least this many words before its ellipsis.
    static let minimumSnippetWords = 8

    /// The body widened to the listing that holds it, its records' lines kept and its link lines
    /// marked; `body` unchanged when the page is no listing or holds an article outside it.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let listing = find(lines, evidence) else { return body }
        let span = listing.span
        guard body.isEmpty || (body.lowerBound < span.upperBound && body.upperBound > span.lowerBound) else { return body }
        // The page's prose is the listing's: an article beside it outweighs half the snippets.
        var inside = 0
        var outside = 0
        for i in lines.indices where evidence[i].shape == .good {
            if span.contains(i) { inside += lines[i].wordCount } else { outside += lines[i].wordCount }
        }
        guard outside * 2 <= inside else { return body }
        let links = Set(listing.links)
        let note = Self.evidence + ", \(listing.links.count) records"
        for i in span {
            if links.contains(i) {
                evidence[i].noise = .navigation
                evidence[i].noiseSource = .rule(linkEvidence)
            } else if liftable(evidence[i]), hasLetter(lines[i].text) {
                evidence[i].noise = nil
                evidence[i].noiseSource = nil
                evidence[i].keptNote = note
                evidence[i].isShortPostLine = !evidence[i].isMetadata
            }
        }
        return span
    }

    /// A listing: the lines of its records and the indices of their closing link lines.
    struct Listing: Equatable {
        var span: Range<Int>
        var links: [Int]
    }

    /// The listing with the most records on the page, if any.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence]) -> Listing? {
        // Candidate link lines: short, repeated often enough in the page (counted already).
        var groups: [Substring: [Int]] = [:]
        for i in lines.indices where evidence[i].repeatsInPage >= minimumRecords {
            let words = lines[i].wordCount
            guard words >= 1, words <= maxLinkWords, !lines[i].endsSentence else { continue }
            groups[lines[i].text, default: []].append(i)
        }
        var best: Listing?
        for positions in groups.values where positions.count >= minimumRecords {
            for run in regularRuns(positions) {
                guard let listing = listing(run, lines, evidence), listing.links.count > (best?.links.count ?? 0) else { continue }
                best = listing
            }
        }
        return best
    }

    /// Runs of the positions a few lines apart, each gap within a line of the run's usual one.
    private static func regularRuns(_ positions: [Int]) -> [[Int]] {
        var runs: [[Int]] = []
        var run: [Int] = []
        for p in positions {
            if let last = run.last, p - last < 2 || p - last > maxRecordLines {
                if run.count >= minimumRecords { runs.append(run) }
                run = []
            }
            run.append(p)
        }
        if run.count >= minimumRecords { runs.append(run) }
        return runs.filter { run in
            let gaps = zip(run, run.dropFirst()).map { $1 - $0 }.sorted()
            let usual = gaps[gaps.count / 2]
            return gaps.filter { abs($0 - usual) <= 1 }.count * 10 >= gaps.count * 7
        }
    }

    /// The run as a listing when most records hold a snippet, with the lines above its first link
    /// and below its last that have the shape the other records have at the same place.
    private static func listing(_ run: [Int], _ lines: [TextLine], _ evidence: [LineEvidence]) -> Listing? {
        var snippets = 0
        for (a, b) in zip(run, run.dropFirst()) where (a + 1..<b).contains(where: { isSnippet(lines[$0], evidence[$0]) }) {
            snippets += 1
        }
        guard snippets * 10 >= (run.count - 1) * 7 else { return nil }
        let gaps = zip(run, run.dropFirst()).map { $1 - $0 }.sorted()
        let usual = gaps[gaps.count / 2]
        // The first record's lines above its link, and the last record's below its link.
        var start = run[0]
        while run[0] - start < usual - 1, start > 0, matches(start - 1, offset: start - 1 - run[0], run, lines) { start -= 1 }
        var end = run[run.count - 1] + 1
        while end - run[run.count - 1] < usual, end < lines.count, matches(end, offset: end - run[run.count - 1], run, lines) { end += 1 }
        return Listing(span: start..<end, links: run)
    }

    /// Line `i` has the shape that seven in ten of the other records have at `offset` from their link line.
    private static func matches(_ i: Int, offset: Int, _ run: [Int], _ lines: [TextLine]) -> Bool {
        let shape = Shape(lines[i])
        var same = 0
        var seen = 0
        for link in run {
            let k = link + offset
            // The first record's head and the last one's tail are what is asked about.
            guard k >= 0, k < lines.count, k != i, !run.contains(k) else { continue }
            seen += 1
            if Shape(lines[k]) == shape { same += 1 }
        }
        return seen >= minimumRecords - 1 && same * 10 >= seen * 7
    }

    /// A line's coarse shape: whether it holds tab-separated cells, its length band, a cut-short end.
    private struct Shape: Equatable {
        var cells: Bool
        var band: Int
        var cutShort: Bool
        init(_ line: TextLine) {
            cells = line.text.utf8.contains(9)
            band = line.wordCount <= 3 ? 0 : line.wordCount <= 12 ? 1 : 2
            cutShort = ScriptProfile.endsInTruncation(line.text)
        }
    }

    /// Prose the site cut short: several words ending in an ellipsis ("..." or "…").
    static func isSnippet(_ line: TextLine, _ evidence: LineEvidence) -> Bool {
        line.wordCount >= minimumSnippetWords && evidence.noiseSource != .vocabulary && ScriptProfile.endsInTruncation(line.text)
    }

    /// Labels that say only that a line is short, repeated or headline-shaped (`RecordFieldBlocks`'
    /// list), or one of a card list: inside a record these are its title and its fields.
    private static func liftable(_ evidence: LineEvidence) -> Bool {
        if RecordFieldBlocks.liftable(evidence) { return true }
        guard evidence.noise != nil, case .rule(let words)? = evidence.noiseSource else { return false }
        return words == CardListDetector.blockEvidence || words == CardListDetector.tailEvidence
    }

    /// A record's line with no letter (a date in digits, a count) holds none of its text.
    private static func hasLetter(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}
