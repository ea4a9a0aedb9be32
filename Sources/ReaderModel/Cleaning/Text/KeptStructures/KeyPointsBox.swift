/// A story that opens on a summary box: a label from `KeyPointsLabels` ("Key points:") over a few
/// glued lines, each one point, right above the first paragraph. Copied as text, the points are
/// lines of sentence length without a full stop between the byline and the body, which read as
/// the header's (the first as its standfirst); the label says they are the writer's summary, so
/// the body takes the box.
enum KeyPointsBox {
    static let evidence = "a summary box right above the first paragraph: a key-points label over a few points"
    /// The box holds this many points.
    static let points = 2...8
    /// A point is at most this many words: a sentence, not a paragraph.
    static let maximumPointWords = 35

    /// The body widened up over such a box right above its first line, its lines marked; `body` unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        let start = body.lowerBound
        guard !body.isEmpty, start >= points.lowerBound + 1, lines[start].blankBefore else { return body }
        var k = start - 1
        // The points are glued to each other and to the label above them.
        while k >= 0, start - k <= points.upperBound, lines[k].wordCount <= maximumPointWords,
              !isLabel(lines[k]), k == start - 1 || !lines[k + 1].blankBefore {
            k -= 1
        }
        guard k >= 0, points.contains(start - 1 - k), !lines[k + 1].blankBefore, isLabel(lines[k]) else { return body }
        for i in k..<start {
            guard evidence[i].noise == nil || evidence[i].noiseSource != .vocabulary else { return body }
        }
        for i in k..<start {
            evidence[i].noise = nil
            evidence[i].noiseSource = nil
            evidence[i].isCaption = false
            evidence[i].listItem = .keyPoints
        }
        return k..<body.upperBound
    }

    /// A short line that is only a key-points label (the word count gates the string work).
    @inline(__always)
    static func isLabel(_ line: TextLine) -> Bool {
        line.wordCount <= KeyPointsLabels.maximumWords && KeyPointsLabels.matches(line.text)
    }
}
