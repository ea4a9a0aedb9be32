/// A pull quote that repeats a sentence from inside a nearby paragraph, not its opening: a line of
/// its own, one or two sentences set apart by blank lines, whose words all stand in order within a
/// longer paragraph a few lines above it (a quoted sentence under the paragraph that ends on it,
/// or a sentence of the second paragraph set between the sixth and the seventh), with the story's
/// prose going on under it. The paragraph keeps the sentence and the copy goes, so the article
/// says it once. A line whose words a paragraph below repeats (test pages of lorem ipsum, a
/// summary over the story), that closes the article, or that a line holding its neighbours too
/// repeats (a post's excerpt of its whole text over it) is left to the other rules. The quote
/// marks a pull quote adds are not words, so they do not stand in the way; words are compared as
/// tokens, so the rule holds in any script.
///
/// Most paragraphs of a news page have a pull quote's shape, so the words are compared only where
/// the lines' word signatures (`TextLine.wordSignature`) say the paragraph may hold every word of
/// the line: a first attempt that scanned the bytes of the paragraphs above every candidate cost
/// 12% of the text cleaner's instructions.
enum PullQuoteCopy {
    static let evidence = "pull quote: a sentence repeated from inside a nearby paragraph"
    /// The copy holds this many words.
    static let copyWords = 5...40
    /// The paragraph it repeats stands within this many lines, and holds at least this many more words.
    static let window = 8
    static let moreWords = 3

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        guard lines.count > 2 else { return }
        for i in 1..<(lines.count - 1) {
            let line = lines[i]
            // Cheap shape first: a sentence standing alone between blank lines, of a quote's length.
            guard line.blankBefore, lines[i + 1].blankBefore, copyWords.contains(line.wordCount),
                  line.endsSentence || WholeQuotedLine.holds(line.text),
                  evidence[i].noise == nil, isProse(i + 1, lines, evidence) else { continue }
            let signature = line.wordSignature
            let count = line.words.count
            for j in max(0, i - window)..<i {
                let source = lines[j]
                // One AND per paragraph: a word of the copy whose bit the paragraph lacks is not in it.
                // The source is a paragraph of the story, which ends a sentence: a teaser over the
                // article, cut off before its end, holds the standfirst's words but quotes nothing.
                guard signature & ~source.wordSignature == 0, source.words.count >= count + moreWords, source.endsSentence,
                      evidence[j].shape != .short, holds(source.words, line.words) else { continue }
                // A line that holds the paragraph above the copy too is the article's text run together
                // (an excerpt of the whole post over it), not a paragraph quoted from.
                let above = lines[i - 1]
                if j < i - 1, above.wordCount >= copyWords.lowerBound, above.wordSignature & ~source.wordSignature == 0,
                   holds(source.words, above.words) { break }
                evidence[i].noise = .repeated
                evidence[i].noiseSource = .rule(Self.evidence)
                break
            }
        }
    }

    /// The story goes on under the copy: a paragraph of prose, not the page's furniture. A copy that
    /// ends the article is the page repeating its own text (an excerpt over the post), not a quote set into it.
    @inline(__always)
    static func isProse(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == nil && evidence[k].shape != .short && !evidence[k].isCaption && lines[k].wordCount >= copyWords.lowerBound
    }

    /// `words` stand in order, one after another, within `paragraph`.
    static func holds(_ paragraph: [String], _ words: [String]) -> Bool {
        guard let head = words.first else { return false }
        let last = paragraph.count - words.count
        guard last >= 0 else { return false }
        var k = 0
        while k <= last {
            if paragraph[k] == head, paragraph[k..<(k + words.count)].elementsEqual(words) { return true }
            k += 1
        }
        return false
    }
}
