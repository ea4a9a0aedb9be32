/// A list of records that closes the article under its last paragraph: the cast of a film, the
/// stops of a tour, the bottles of a tasting, each a small block of short lines whose lines after
/// the first open with the same few labels ("Grape: …", "Price: …"). Its lines are short, so the
/// body's run stops above it and the end trim drops it. What makes it the article's is that the
/// labels recur block after block right under a paragraph, and that its lines are clean: a list
/// of related posts stamps its cards with dates and bylines, and its labels are the vocabulary's.
enum RecordClosingList {
    static let evidence = "a record of a list closing the article (blocks of lines opening with the same labels, under the last paragraph)"
    static let paragraphEvidence = "paragraph right under a record list closing the article"
    /// The fewest blocks that make a list.
    static let minimumRecords = 3
    /// A block is at most this many lines, its heading line included.
    static let maxRecordLines = 5
    /// A line of a record is at most this many words.
    static let maxLineWords = 16
    /// How far past the body's end the list may reach.
    static let maximumReach = 60

    /// The body widened over the record list right under its last paragraph (and the paragraph that
    /// closes the list, if one does); `body` unchanged when no such list follows.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let last = body.last, body.upperBound < lines.count, evidence[last].noise == nil,
              evidence[last].shape != .short, lines[body.upperBound].blankBefore else { return body }
        guard let end = listEnd(from: body.upperBound, lines, evidence) else { return body }
        for k in body.upperBound..<end {
            evidence[k].noise = nil
            evidence[k].noiseSource = nil
            evidence[k].isCaption = false
            evidence[k].listItem = .recordClosingList
        }
        // A clean paragraph right under the list is the article's last word on it.
        if end < lines.count, lines[end].blankBefore, evidence[end].noise == nil, evidence[end].shape == .good,
           !evidence[end].isCaption, !evidence[end].isMetadata, lines[end].endsSentence {
            evidence[end].keptNote = paragraphEvidence
            return body.lowerBound..<(end + 1)
        }
        return body.lowerBound..<end
    }

    /// The end of the run of records from `start`, or nil when fewer than `minimumRecords` blocks
    /// share a label that opens a line in each of them.
    static func listEnd(from start: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        var counts: [Substring: Int] = [:]
        var records = 0
        var end = start
        var k = start
        while k < lines.count, k - start < maximumReach {
            // One block: glued lines from k.
            var blockEnd = k + 1
            while blockEnd < lines.count, !lines[blockEnd].blankBefore { blockEnd += 1 }
            guard blockEnd - k >= 2, blockEnd - k <= maxRecordLines else { break }
            var labels: [Substring] = []
            var fits = true
            for i in k..<blockEnd {
                guard isRecordLine(lines[i], evidence[i]) else { fits = false; break }
                if let label = Self.label(lines[i].text) {
                    if !labels.contains(label) { labels.append(label) }
                } else if i > k {
                    // Only the block's first line (the record's name) goes without a label.
                    fits = false
                    break
                }
            }
            guard fits, !labels.isEmpty else { break }
            for label in labels { counts[label, default: 0] += 1 }
            records += 1
            end = blockEnd
            k = blockEnd
        }
        guard records >= minimumRecords else { return nil }
        // The labels recur: one of them opens a line in every block.
        guard counts.values.contains(where: { $0 == records }) else { return nil }
        return end
    }

    /// The line's label (`RecordFieldLabels.label`), also when a no-break space follows its colon.
    static func label(_ text: Substring) -> Substring? {
        RecordFieldLabels.label(text, noBreakSpace: true)
    }

    /// A short clean line: no furniture, no date or byline, no sentence of prose.
    @inline(__always)
    private static func isRecordLine(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard line.wordCount >= 1, line.wordCount <= maxLineWords, !ev.isMetadata, !ev.isTimestamp, ev.shape != .good else { return false }
        guard let noise = ev.noise else { return true }
        return noise == .fragment || ev.isTeaserListNoise || ev.noiseSource?.isRepeatedInPage == true
    }
}
