/// The last lines of a transcript: a broadcast or an interview printed as speaker-labelled turns
/// ("LEE: ...", "KOWALCZYK: ...", "Q:", "Moderatorin:") closes on short turns ("Thank you.",
/// "Merci.") and a cue in brackets ("(SOUNDBITE OF MUSIC)", "[Musik]", "(Applause)"). Short, and
/// past the last long turn, they read as the page's furniture and fall outside the body's run.
/// What makes them the transcript's is that their labels are the speakers the body already gave
/// several turns to, and that a cue stands between the transcript's turns, in brackets alone.
enum TranscriptClosingTurns {
    static let evidence = "a closing turn or cue of the transcript: a speaker the body gives turns to, or a bracketed cue"
    /// The body is a transcript when it holds this many labelled turns...
    static let minimumTurns = 4
    /// ...of which this many speakers have two turns or more.
    static let minimumSpeakers = 2
    /// At most this many lines are taken under the body.
    static let maximumLines = 6
    /// A speaker label is at most this many words and bytes.
    static let maximumLabelWords = 3
    static let maximumLabelBytes = 32
    /// A cue is at most this many words.
    static let maximumCueWords = 8

    /// The body widened over the transcript's closing turns and cues right under it; `body` unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let last = body.last, body.upperBound < lines.count, evidence[last].noise == nil,
              isTurnOrCue(lines[last]), isTurnOrCue(lines[body.upperBound]) else { return body }
        let speakers = repeatedSpeakers(lines, evidence, body: body)
        guard speakers.count >= minimumSpeakers else { return body }
        var end = body.upperBound
        while end < lines.count, end - body.upperBound < maximumLines, evidence[end].noise == nil, !evidence[end].isMetadata {
            if let label = speaker(of: lines[end].text) {
                guard speakers.contains(label) else { break }
            } else if !isCue(lines[end]) {
                break
            }
            end += 1
        }
        guard end > body.upperBound, UnderLastParagraph.closesBlock(at: end, lines, evidence) else { return body }
        for k in body.upperBound..<end { evidence[k].listItem = .transcriptTurn }
        return body.lowerBound..<end
    }

    /// The labels of the speakers with two turns or more in the body, when it holds enough turns.
    private static func repeatedSpeakers(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Set<Substring> {
        var turns: [Substring: Int] = [:]
        var count = 0
        for i in body where evidence[i].noise == nil {
            guard let label = speaker(of: lines[i].text) else { continue }
            turns[label, default: 0] += 1
            count += 1
        }
        guard count >= minimumTurns else { return [] }
        return Set(turns.filter { $0.value >= 2 }.keys)
    }

    @inline(__always)
    private static func isTurnOrCue(_ line: TextLine) -> Bool {
        speaker(of: line.text) != nil || isCue(line)
    }

    /// The speaker label opening a turn: one to three words before a colon (ASCII or full-width)
    /// with words after it, opening with a letter in capitals where the script has case, no figure.
    static func speaker(of text: Substring) -> Substring? {
        guard mayHoldLabelColon(text), let first = text.first, first.isLetter, !first.isLowercase else { return nil }
        var words = 1
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == ":" || c == "：" {
                let label = text[..<index]
                let rest = text[text.index(after: index)...]
                guard label.utf8.count <= maximumLabelBytes, rest.contains(where: { $0.isLetter }),
                      label.last != " " else { return nil }
                return label
            }
            if c == " " {
                words += 1
                if words > maximumLabelWords { return nil }
            } else if c.isNumber || c == "." || c == "," || c == "?" || c == "!" {
                return nil
            }
            if text.utf8.distance(from: text.startIndex, to: index) > maximumLabelBytes { return nil }
            index = text.index(after: index)
        }
        return nil
    }

    /// A colon's first byte (":" 3A, "：" EF BC 9A) where a label's colon can stand: the body scan
    /// for turns passes over most lines, which have none, without reading their Characters.
    @inline(__always)
    private static func mayHoldLabelColon(_ text: Substring) -> Bool {
        var remaining = maximumLabelBytes + 3
        for byte in text.utf8 {
            if byte == 0x3A || byte == 0xEF { return true }
            remaining -= 1
            if remaining == 0 { return false }
        }
        return false
    }

    /// A cue: the whole line in brackets or parentheses, a few words, no sentence of its own inside.
    static func isCue(_ line: TextLine) -> Bool {
        let text = line.text
        guard line.wordCount >= 1, line.wordCount <= maximumCueWords, let open = text.first, let close = text.last,
              (open == "(" && close == ")") || (open == "[" && close == "]") else { return false }
        let inner = text.dropFirst().dropLast()
        return !inner.contains { $0 == "(" || $0 == ")" || $0 == "[" || $0 == "]" || $0 == "." }
    }
}
