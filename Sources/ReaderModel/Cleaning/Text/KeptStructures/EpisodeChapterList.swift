/// A podcast or video episode's show notes list its chapters: lines led by a time into the
/// recording ("00:00 Introduction", "1:02:45 Questions"), under a short heading ("Chapters",
/// "Capítulos", "Kapitel"). Copied as text, the lines are timed short entries, the shape of a
/// feed's or a live blog's, and the body's end stops above them. What makes them the episode's is
/// their clock: the first reads zero and each later one is later, as no feed of news (newest
/// first) nor a schedule of the day (from the morning) reads.
enum EpisodeChapterList {
    static let evidence = "a chapter of an episode's chapter list (times into the recording from zero, each later)"
    static let headingEvidence = "the heading over an episode's chapter list"
    static let closingEvidence = "a line set apart right under an episode's chapter list, closing its show notes"
    /// A list has at least this many chapters, and at most this many are read.
    static let minimumChapters = 3
    static let maximumChapters = 60
    /// A chapter's line is at most this many words; its heading at most this many.
    static let maximumChapterWords = 20
    static let maximumHeadingWords = 4
    /// The closing line under the list is at most this many words.
    static let maximumClosingWords = 40

    /// The body widened over a chapter list inside it or right under its last line (its heading and
    /// a closing line under it), their lines marked; `body` unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard !body.isEmpty else { return body }
        var k = body.lowerBound
        // Past the body: only right under it, its heading between.
        let limit = min(lines.count, body.upperBound + 2)
        while k < limit {
            // A byte gate: a chapter's line opens on a digit.
            guard let first = lines[k].text.utf8.first, first &- 48 < 10, seconds(lines[k].text) == 0 else {
                k += 1
                continue
            }
            var end = k + 1
            var previous = 0
            while end < lines.count, end - k < maximumChapters, lines[end].wordCount <= maximumChapterWords,
                  let time = seconds(lines[end].text), time > previous, isReleasable(evidence[end]) {
                previous = time
                end += 1
            }
            guard end - k >= minimumChapters, isReleasable(evidence[k]) else {
                k = end
                continue
            }
            var start = k
            if k > 0, lines[k].blankBefore, isHeading(lines[k - 1]), isReleasable(evidence[k - 1]) {
                start = k - 1
                keep(start, &evidence, as: .chapterHeading)
            }
            // Past the body the list must follow its last line: the heading, or the first chapter.
            if start > body.upperBound { return body }
            for i in k..<end { keep(i, &evidence, as: .chapter) }
            var upper = max(body.upperBound, end)
            if end >= body.upperBound, end < lines.count, lines[end].blankBefore,
               end + 1 == lines.count || lines[end + 1].blankBefore,
               lines[end].endsSentence, lines[end].wordCount <= maximumClosingWords,
               isReleasable(evidence[end]), !evidence[end].isCaption {
                keep(end, &evidence, as: .chapterListClosing)
                upper = end + 1
            }
            return body.lowerBound..<upper
        }
        return body
    }

    /// A heading over the list: short, no sentence ("Chapters", "Kapitel:").
    @inline(__always)
    private static func isHeading(_ line: TextLine) -> Bool {
        line.wordCount >= 1 && line.wordCount <= maximumHeadingWords && (!line.endsSentence || ListMarker.endsWithColon(line.text))
    }

    /// Only its place, its time or a feed's reading says the line is the page's (no metadata,
    /// comment or vocabulary reading): the list may take such a line back.
    @inline(__always)
    private static func isReleasable(_ ev: LineEvidence) -> Bool {
        guard !ev.isMetadata else { return false }
        guard let noise = ev.noise else { return true }
        return noise != .comments && ev.noiseSource != .vocabulary
    }

    /// The time into the recording a line opens on ("00:00", "1:02:45", "[12:30]"), in seconds,
    /// when words follow it; nil otherwise.
    static func seconds(_ text: Substring) -> Int? {
        var bytes = text.utf8[...]
        if let open = bytes.first, open == UInt8(ascii: "[") || open == UInt8(ascii: "(") { bytes = bytes.dropFirst() }
        var fields: [Int] = []
        var value = 0
        var digits = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let b = bytes[index]
            if b &- 48 < 10 {
                value = value * 10 + Int(b &- 48)
                digits += 1
                guard digits <= 2 else { return nil }
            } else if b == UInt8(ascii: ":"), digits > 0 {
                fields.append(value)
                value = 0
                digits = 0
            } else {
                break
            }
            index = bytes.index(after: index)
        }
        guard digits == 2, !fields.isEmpty, fields.count <= 2 else { return nil }
        fields.append(value)
        // Minutes and seconds under sixty past the first field.
        for field in fields.dropFirst() where field >= 60 { return nil }
        // Words after the time, past a separator: a space, a closing bracket, a hyphen or a dash.
        var rest = bytes[index...].drop { timeSeparators.contains($0) }
        if rest.starts(with: [0xE2, 0x80, 0x93]) || rest.starts(with: [0xE2, 0x80, 0x94]) {
            rest = rest.dropFirst(3).drop { $0 == 0x20 }
        }
        guard rest.startIndex > index, rest.count >= 2 else { return nil }
        return fields.reduce(0) { $0 * 60 + $1 }
    }

    /// Bytes between a chapter's time and its words (built once: `seconds` runs on every body line
    /// that opens with a digit).
    private static let timeSeparators: Set<UInt8> = [0x20, UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: "-")]

    private static func keep(_ k: Int, _ evidence: inout [LineEvidence], as reason: ArticleListReason) {
        evidence[k].noise = nil
        evidence[k].noiseSource = nil
        evidence[k].isCaption = false
        evidence[k].isTimestamp = false
        evidence[k].listItem = reason
    }
}
