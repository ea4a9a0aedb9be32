/// An embedded video player copies as a block of its control and settings labels: play, mute, a
/// clock at zero ("Current Time 0:00", "Duration 0:00"), captions, fonts, colours. Dozens of short
/// lines in a row, they read as a menu long enough to cut the article in two, and the paragraphs
/// above the player are lost. Two zero clocks a few lines apart mark the player; the short lines
/// glued around them are its labels: dropped, but weighing nothing in the body choice, as a
/// caption does not.
enum MediaPlayerControls {
    static let evidence = "a media player's control labels (clocks at zero among short labels)"
    /// The two zero clocks are at most this many lines apart.
    static let maxClockDistance = 8
    /// A clock line is at most this many bytes ("Remaining Time -0:00").
    static let maxClockBytes = 32
    /// A label of the player is at most this many words.
    static let maxLabelWords = 6
    /// The player's labels run at most this far from its clocks.
    static let maxReach = 150

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var previousClock: Int?
        var i = 0
        while i < lines.count {
            guard isZeroClock(lines[i]) else { i += 1; continue }
            if let first = previousClock, i - first <= maxClockDistance {
                let block = extent(first, i, lines, evidence)
                for k in block { markLabel(k, &evidence) }
                previousClock = nil
                i = block.upperBound
                continue
            }
            previousClock = i
            i += 1
        }
    }

    /// A short line ending on a clock at zero ("0:00", "00:00", "-0:00"): only its last bytes are read.
    @inline(__always)
    static func isZeroClock(_ line: TextLine) -> Bool {
        let bytes = line.text.utf8
        guard line.wordCount <= 4, bytes.count >= 4, bytes.count <= maxClockBytes else { return false }
        var index = bytes.endIndex
        for expected: UInt8 in [48, 48, 58, 48] {
            index = bytes.index(before: index)
            guard bytes[index] == expected else { return false }
        }
        // "00:00" is zero too; "10:00" or "1:00:00" is a time of day or a length.
        if index > bytes.startIndex, bytes[bytes.index(before: index)] == 48 { index = bytes.index(before: index) }
        guard index > bytes.startIndex else { return true }
        let before = bytes[bytes.index(before: index)]
        return !(before >= 48 && before <= 58)
    }

    /// The player's lines around its clocks at `first` and `last`: the short lines, up and down, until a longer line.
    private static func extent(_ first: Int, _ last: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Range<Int> {
        var start = first
        while start > 0, first - start < maxReach, isLabel(lines[start - 1], evidence[start - 1]) { start -= 1 }
        var end = last + 1
        while end < lines.count, end - last < maxReach, isLabel(lines[end], evidence[end]) { end += 1 }
        return start..<end
    }

    @inline(__always)
    private static func isLabel(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        line.wordCount <= maxLabelWords && ev.shape != .good && !ev.isTableRow
    }

    /// Dropped as the player's, its reading as a caption, a byline or a date ("Picture in picture",
    /// "Text Edge Style") undone.
    private static func markLabel(_ k: Int, _ evidence: inout [LineEvidence]) {
        evidence[k].isPlayerControl = true
        evidence[k].isCaption = false
        evidence[k].noise = .banner
        evidence[k].noiseSource = .rule(Self.evidence)
        evidence[k].byline = nil
        evidence[k].dateISO = nil
        evidence[k].publisher = nil
        evidence[k].isTimestamp = false
        evidence[k].isHeadlineLike = false
    }
}
