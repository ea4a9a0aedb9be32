/// A newsletter box set between two halves of a story: a heading ("Get our paper in your inbox"),
/// a sentence of pitch, a button ("Sign me up") and the small print under it. Only the small print
/// carries enough of the vocabulary to be marked; the pitch reads as a paragraph and the heading as
/// a sub-heading, so the copy keeps them inside the story. The box is read from its marked line:
/// the lines glued to it that each speak of signing up, with a paragraph of the story on both
/// sides of the whole. A story's own sentence about a newsletter is not glued to such small print.
enum SignUpBoxInStory {
    static let evidence = "in a sign-up box between two parts of the story: each line speaks of signing up, next to its small print"
    /// The box holds at most this many lines besides its marked one.
    static let maximumLines = 4
    /// A line longer than this is a sentence of the pitch...
    static let maximumLabelWords = 8
    /// ...which names signing up at least this many times.
    static let minimumSentenceTerms = 2

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices where evidence[i].noise == .newsletter && evidence[i].noiseSource == .vocabulary {
            // Cheap gate on the evidence alone: a paragraph of the story within reach on both sides.
            guard hasParagraph(around: i, step: -1, lines, evidence), hasParagraph(around: i, step: 1, lines, evidence) else { continue }
            var top = i
            while top > 0, i - top < maximumLines, !lines[top].blankBefore, isBoxLine(lines[top - 1], evidence[top - 1]) { top -= 1 }
            var bottom = i + 1
            while bottom < lines.count, bottom - top <= maximumLines, !lines[bottom].blankBefore,
                  isBoxLine(lines[bottom], evidence[bottom]) { bottom += 1 }
            // The box stands between two paragraphs of the story and holds more than its marked line.
            guard bottom - top >= 2, top > 0, bottom < lines.count,
                  isParagraph(lines[top - 1], evidence[top - 1]), isParagraph(lines[bottom], evidence[bottom]) else { continue }
            for k in top..<bottom where evidence[k].noise == nil || evidence[k].noise == .fragment {
                evidence[k].noise = .newsletter
                evidence[k].noiseSource = .rule(Self.evidence)
            }
        }
    }

    /// A paragraph within `maximumLines + 1` lines of line `i` in the direction `step`.
    private static func hasParagraph(around i: Int, step: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var k = i
        for _ in 0...maximumLines {
            k += step
            guard k >= 0, k < lines.count else { return false }
            if evidence[k].noise == nil, evidence[k].shape == .good, lines[k].endsSentence { return true }
        }
        return false
    }

    @inline(__always)
    private static func isParagraph(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        ev.noise == nil && ev.shape == .good && line.endsSentence
    }

    /// A clean line that speaks of signing up: a label or button once, a sentence of pitch twice.
    static func isBoxLine(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard ev.noise == nil || ev.noise == .fragment || ev.noise == .newsletter, !ev.isCaption else { return false }
        let terms = termCount(line.words)
        return line.wordCount <= maximumLabelWords ? terms >= 1 : terms >= minimumSentenceTerms
    }

    /// Words of signing up: "newsletter", "inbox", "subscribe", "email", and "sign" before "up" or "me".
    static func termCount(_ words: [String]) -> Int {
        var count = 0
        for k in words.indices {
            let word = words[k]
            if word.utf8.starts(with: "newsletter".utf8) || word == "inbox" || word.utf8.starts(with: "subscrib".utf8) || word == "email" || word == "signup" {
                count += 1
            } else if word == "sign", k + 1 < words.count, words[k + 1] == "up" || words[k + 1] == "me" {
                count += 1
            }
        }
        return count
    }
}
