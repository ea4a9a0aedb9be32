/// A pull quote that repeats a sentence from inside a nearby paragraph, not its opening: a line of
/// its own, one or two sentences set apart by blank lines, whose words all stand in order within a
/// longer paragraph a few lines above it ("«A town without a cinema goes to bed early.»" under the
/// paragraph that quotes it, or a sentence of the third paragraph set between the sixth and the
/// seventh), with the story's prose going on under it. The paragraph keeps the sentence and the
/// copy goes, so the article says it once. A line whose words a paragraph below repeats (test
/// pages of lorem ipsum, a summary over the story), that closes the article, or that a line holding
/// its neighbours too repeats (a post's excerpt of its whole text over it) is left to the other rules. The
/// quote marks a pull quote adds are not words, so they do not stand in the way; words are
/// compared as tokens, so the rule holds in any script.
enum PullQuoteCopy {
    static let evidence = "pull quote: a sentence repeated from inside a nearby paragraph"
    /// The copy holds this many words.
    static let copyWords = 5...40
    /// The paragraph it repeats stands within this many lines, and holds at least this many more words.
    static let window = 8
    static let moreWords = 3

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices {
            let line = lines[i]
            // Cheap shape first: a sentence standing alone between blank lines, of a quote's length.
            guard line.endsSentence, line.blankBefore, copyWords.contains(line.wordCount), evidence[i].noise == nil,
                  i + 1 < lines.count, lines[i + 1].blankBefore, isProse(i + 1, lines, evidence) else { continue }
            let words = line.words
            guard let head = words.first, i > 0, let probe = probe(line.text) else { continue }
            for j in max(0, i - window)..<i where lines[j].words.count >= words.count + moreWords && evidence[j].shape != .short {
                // Bytes before words: the copy's second word on must stand in the paragraph's bytes.
                if mayHold(lines[j].text, probe), holds(lines[j].words, words, head: head) {
                    // A line that holds the paragraph above the copy too is the article's text run together
                    // (an excerpt of the whole post over it), not a paragraph quoted from.
                    if j < i - 1, let above = lines[i - 1].words.first, lines[i - 1].wordCount >= copyWords.lowerBound,
                       holds(lines[j].words, lines[i - 1].words, head: above) { break }
                    evidence[i].noise = .repeated
                    evidence[i].noiseSource = .rule(Self.evidence)
                    break
                }
            }
        }
    }

    /// The story goes on under the copy: a paragraph of prose, not the page's furniture. A copy that
    /// ends the article is the page repeating its own text (an excerpt over the post), not a quote set into it.
    @inline(__always)
    static func isProse(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == nil && evidence[k].shape != .short && !evidence[k].isCaption && lines[k].wordCount >= copyWords.lowerBound
    }

    /// Bytes a paragraph holding the copy holds too: the copy's text from its second word, at most
    /// `probeBytes` of them (the first word may change case, and quote marks stand before it).
    static let probeBytes = 12

    static func probe(_ text: Substring) -> [UInt8]? {
        let utf8 = text.utf8
        guard let space = utf8.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let start = utf8.index(after: space)
        let bytes = Array(utf8[start...].prefix(probeBytes))
        return bytes.count >= 4 ? bytes : nil
    }

    /// `text` holds the bytes of `probe`, found by a scan for its first byte.
    static func mayHold(_ text: Substring, _ probe: [UInt8]) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            let count = probe.count
            guard buffer.count >= count else { return false }
            let first = probe[0]
            var k = 0
            let last = buffer.count - count
            while k <= last {
                if buffer[k] == first {
                    var m = 1
                    while m < count, buffer[k + m] == probe[m] { m += 1 }
                    if m == count { return true }
                }
                k += 1
            }
            return false
        }
        // A text without contiguous bytes is read word by word.
        return found ?? true
    }

    /// `words` stand in order, one after another, within `paragraph`.
    @inline(__always)
    static func holds(_ paragraph: [String], _ words: [String], head: String) -> Bool {
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
