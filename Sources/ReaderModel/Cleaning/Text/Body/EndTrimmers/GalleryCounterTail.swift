/// A slideshow copied under the article: each slide opens on its counter ("1/12 Harbour at dawn",
/// "2 of 12", "3 de 12") over a one-paragraph caption, and summed its captions outweigh the story.
/// Counters that climb one by one to a shared total are a slideshow's, whatever the captions say:
/// a recipe's fractions and a log's dates share no total or do not climb. The body ends above the
/// first slide when the article's own prose stands above it. Only figures and separators are read,
/// so every script's slideshow counts alike.
enum GalleryCounterTail: BodyEndTrimmer {
    static let evidence = "a slideshow under the article: slides counted one by one to a shared total"
    /// Slides in a row that make a slideshow.
    static let minimumSlides = 3
    /// The shared total is at least this many slides.
    static let minimumTotal = 3
    /// A counter skips at most this many numbers to the next slide (a slide the copy lost).
    static let maxSkip = 3
    /// A slide's line is at most this many words: a counter and a caption's title or short caption.
    static let maxSlideWords = 40
    /// The article above the slideshow holds at least this many words of prose.
    static let minimumArticleWords = 60

    /// A slide counter at a line's start: its number and the slideshow's total.
    struct Counter: Equatable {
        var number: Int
        var total: Int
    }

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 2 * minimumSlides else { return body }
        var first: Int?
        var run: (start: Int, last: Counter, slides: Int)?
        for i in body {
            // Cheap shape first: a digit opens the line, and the line is short.
            guard let byte = lines[i].text.utf8.first, byte >= 0x30, byte <= 0x39, lines[i].wordCount <= maxSlideWords,
                  let counter = counter(lines[i].text) else { continue }
            if let current = run, counter.total == current.last.total,
               counter.number > current.last.number, counter.number <= current.last.number + maxSkip {
                run = (current.start, counter, current.slides + 1)
                if run!.slides >= minimumSlides { first = current.start; break }
            } else if counter.number <= 2 {
                run = (i, counter, 1)
            }
        }
        guard let first else { return body }
        let cut = BodyEndTrimmers.startOfTrailingLabels(first, lines, scores: scores, body: body)
        // A slideshow that is the page's story keeps its slides.
        guard BodyEndTrimmers.proseWords(body.lowerBound..<cut, lines, scores: scores) >= minimumArticleWords else { return body }
        // A slideshow set between the story's paragraphs (wire and regional pages put "In pictures"
        // after the opening): counted to its total, with the story's prose going on under its last
        // caption, only the slides go.
        if let end = endOfCompleteSlideshow(from: first, lines, body: body),
           BodyEndTrimmers.proseWords(end..<body.upperBound, lines, scores: scores) >= minimumArticleWords {
            BodyEndTrimmers.mark(cut..<end, &evidence, as: .gallery, rule: Self.insideEvidence)
            return body
        }
        BodyEndTrimmers.mark(cut..<body.upperBound, &evidence, as: .gallery, rule: Self.evidence)
        return body.lowerBound..<cut
    }

    static let insideEvidence = "a slideshow inside the article: slides counted one by one to their total, the story going on under the last"

    /// The line under the last slide's caption when the run from `start` counts up to its total:
    /// the caption is on the counter's line or the one line under it. Nil when the run stops short.
    static func endOfCompleteSlideshow(from start: Int, _ lines: [TextLine], body: Range<Int>) -> Int? {
        var last: Counter?
        for i in start..<body.upperBound {
            guard let byte = lines[i].text.utf8.first, byte >= 0x30, byte <= 0x39, lines[i].wordCount <= maxSlideWords,
                  let counter = counter(lines[i].text) else { continue }
            if let previous = last {
                guard counter.total == previous.total, counter.number > previous.number,
                      counter.number <= previous.number + maxSkip else { return nil }
            }
            last = counter
            guard counter.number == counter.total else { continue }
            // A counter alone on its line ("4 / 4") has its caption under it.
            let captionBelow = lines[i].wordCount <= 3
            return min(body.upperBound, i + (captionBelow ? 2 : 1))
        }
        return nil
    }

    /// "3/12", "3 / 12", "3 of 12", "3 de 12" opening `text`, then the line's end or a space: the
    /// number at least 1 and at most the total, the total at least `minimumTotal`. The word between
    /// is one to three lowercase letters of any script; a date ("3/12/2019") or a fraction followed
    /// by a unit ("1/2 cup") is no counter only by what follows, so those are told apart by the run.
    static func counter(_ text: Substring) -> Counter? {
        let bytes = text.utf8
        var i = bytes.startIndex
        guard let number = readNumber(bytes, &i) else { return nil }
        var spaced = false
        while i < bytes.endIndex, bytes[i] == 0x20 { spaced = true; i = bytes.index(after: i) }
        guard i < bytes.endIndex else { return nil }
        if bytes[i] == 0x2F {
            i = bytes.index(after: i)
            while i < bytes.endIndex, bytes[i] == 0x20 { i = bytes.index(after: i) }
        } else {
            // One short word between the figures, spaced on both sides.
            guard spaced else { return nil }
            let wordStart = i
            while i < bytes.endIndex, bytes[i] != 0x20 { i = bytes.index(after: i) }
            let word = text[wordStart..<i]
            guard (1...3).contains(word.count), word.allSatisfy({ $0.isLetter && $0.isLowercase }),
                  i < bytes.endIndex else { return nil }
            i = bytes.index(after: i)
        }
        guard let total = readNumber(bytes, &i), total >= minimumTotal, (1...total).contains(number) else { return nil }
        guard i == bytes.endIndex || bytes[i] == 0x20 else { return nil }
        return Counter(number: number, total: total)
    }

    /// One to three ASCII digits at `i`, moving `i` past them.
    private static func readNumber(_ bytes: Substring.UTF8View, _ i: inout Substring.UTF8View.Index) -> Int? {
        var value = 0
        var digits = 0
        while i < bytes.endIndex, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            digits += 1
            guard digits <= 3 else { return nil }
            value = value * 10 + Int(bytes[i] - 0x30)
            i = bytes.index(after: i)
        }
        return digits == 0 ? nil : value
    }
}
