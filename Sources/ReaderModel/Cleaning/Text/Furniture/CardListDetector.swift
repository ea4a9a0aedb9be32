/// Finds lists of story cards: items that each carry the same furniture, either a block of two or
/// more short lines ("Source / Save / More like this") or the same closing link word at the end of
/// the summary ("… More"). The prose between such furniture is a teaser, however long; an article's
/// paragraphs share no recurring block and do not all end on one word after a headline.
enum CardListDetector {
    static let blockEvidence = "card in a list (a block of short lines recurs between items)"
    static let tailEvidence = "card in a list (summaries under headlines end on the same word)"
    /// Cards needed before the list is believed.
    static let minimumCards = 3
    /// Lines of one card's own content between two copies of its furniture.
    static let maximumCardLines = 5

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var marked: [Int] = []
        markRepeatedBlocks(lines, &evidence, into: &marked)
        markRepeatedTails(lines, &evidence, into: &marked)
        guard !marked.isEmpty else { return }
        keepListingPage(lines, &evidence, marked: marked)
    }

    /// A page that is nothing but cards (a directory, classified ads, a search result) has them
    /// for its content: when they hold more than three times the prose of the rest, they stay.
    private static func keepListingPage(_ lines: [TextLine], _ evidence: inout [LineEvidence], marked: [Int]) {
        var cardWords = 0
        for i in marked where evidence[i].shape != .short { cardWords += lines[i].wordCount }
        var otherWords = 0
        // A summary under a labelled field of the records ("Address: …") is one of the cards too.
        let fields = RecordFieldLabels(lines, in: lines.indices)
        for i in lines.indices where evidence[i].noise == nil && evidence[i].shape != .short
            && !(i > 0 && fields.isField(lines[i - 1])) { otherWords += lines[i].wordCount }
        guard cardWords > otherWords * 3 else { return }
        for i in marked {
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
        }
    }

    /// Two short lines in a row that each recur three or more times, and recur together.
    private static func markRepeatedBlocks(_ lines: [TextLine], _ evidence: inout [LineEvidence], into marked: inout [Int]) {
        guard lines.count >= 8 else { return }
        var starts: [UInt64: [Int]] = [:]
        for i in 0..<(lines.count - 1) where isFurniture(i, lines, evidence) && isFurniture(i + 1, lines, evidence) {
            let key = SiteLineKey.LineHasher.hash(exactly: lines[i].text) &* 31 &+ SiteLineKey.LineHasher.hash(exactly: lines[i + 1].text)
            starts[key, default: []].append(i)
        }
        for (_, positions) in starts where positions.count >= minimumCards {
            for (a, b) in zip(positions, positions.dropFirst()) {
                // The card between this block and the next, past the rest of this block.
                var from = a + 2
                while from < b, evidence[from].repeatsInPage >= minimumCards, lines[from].wordCount <= 6 { from += 1 }
                guard from < b, b - from <= maximumCardLines else { continue }
                for k in from..<b where evidence[k].noise == nil {
                    evidence[k].noise = .related
                    evidence[k].noiseSource = .rule(blockEvidence)
                    marked.append(k)
                }
            }
        }
    }

    /// A short line repeated in the page and nothing else: an advertisement label or a photo credit
    /// recurs between an article's paragraphs too.
    @inline(__always)
    private static func isFurniture(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[i].repeatsInPage >= minimumCards && lines[i].wordCount <= 6 && !lines[i].words.isEmpty
            && (evidence[i].noise == nil || evidence[i].noise == .repeated) && !evidence[i].isCaption
    }

    /// Summaries of five or more words, each right under a headline-shaped short line, that end
    /// on the same link label after their last sentence ("… today. More", "… können. Mehr…").
    private static func markRepeatedTails(_ lines: [TextLine], _ evidence: inout [LineEvidence], into marked: inout [Int]) {
        var byTail: [Substring: [Int]] = [:]
        for i in lines.indices.dropFirst() where evidence[i].noise == nil && lines[i].wordCount >= 5 {
            let previous = lines[i - 1]
            guard evidence[i - 1].shape == .short, previous.wordCount >= 2, !previous.endsSentence || previous.text.last == "?",
                  let label = linkLabel(lines[i].text) else { continue }
            byTail[label, default: []].append(i)
        }
        for (_, positions) in byTail where positions.count >= minimumCards {
            // The cards of one list follow each other: a summary, its headline, the next summary.
            var run: [Int] = [positions[0]]
            for p in positions.dropFirst() {
                if p - run[run.count - 1] <= 4 { run.append(p) } else { markTails(run, &evidence, into: &marked); run = [p] }
            }
            markTails(run, &evidence, into: &marked)
        }
    }

    private static func markTails(_ run: [Int], _ evidence: inout [LineEvidence], into marked: inout [Int]) {
        guard run.count >= minimumCards else { return }
        for i in run {
            for k in (i - 1)...i where evidence[k].noise == nil {
                evidence[k].noise = .related
                evidence[k].noiseSource = .rule(tailEvidence)
                marked.append(k)
            }
        }
    }

    /// The words after the line's last finished sentence, when they are a short label: at most
    /// 24 bytes after a `.`, `!`, `?` or `…` and a space, with a letter in them.
    static func linkLabel(_ text: Substring) -> Substring? {
        let bytes = text.utf8
        var index = bytes.endIndex
        var taken = 0
        while index > bytes.startIndex, taken < 24 {
            let before = bytes.index(before: index)
            if bytes[before] == 32, before > bytes.startIndex {
                let end = bytes[bytes.index(before: before)]
                // ".", "!", "?", or the last byte of "…" (E2 80 A6).
                if end == 46 || end == 33 || end == 63 || end == 0xA6 {
                    // Words only: a footnote mark ("[M1]") or a figure is no link label.
                    let label = text[index...]
                    guard label.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                          !label.utf8.contains(where: { ($0 >= 48 && $0 <= 57) || $0 == 91 || $0 == 40 }) else { return nil }
                    return label
                }
            }
            index = before
            taken += 1
        }
        return nil
    }
}
