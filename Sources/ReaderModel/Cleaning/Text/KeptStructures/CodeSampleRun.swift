/// A tutorial's code sample copies as a run of short lines that end in `{`, `;` or `}`, lines of
/// bare brackets and lines of markup. Each alone is a fragment (and a `});` repeated is "repeated
/// in the page"), yet the run is part of the article when it sits inside the body. Shape only:
/// the punctuation that ends and opens the lines, never the words in them.
enum CodeSampleRun {
    static let evidence = "code sample (run of code-shaped lines inside the body)"
    /// Code-shaped lines a sample needs: one or two may be a stray parenthesis or a smiley.
    static let minimumCodeLines = 3

    /// Whether each line of `body` belongs to a code sample; empty when the body holds none.
    static func lines(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> [Bool] {
        // Most pages have no code at all: one cheap look at each body line settles them.
        guard body.contains(where: { isCodeShaped(lines[$0].text) }) else { return [] }
        var marks = [Bool](repeating: false, count: lines.count)
        var start: Int?
        for i in body.lowerBound...body.upperBound {
            if i < body.upperBound, mayJoin(lines[i], evidence[i]) {
                if start == nil { start = i }
            } else if let first = start {
                markSample(first..<i, lines, evidence, &marks)
                start = nil
            }
        }
        return marks
    }

    /// Keeps the span from the run's first to its last code-shaped line when code dominates it.
    private static func markSample(_ run: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence], _ marks: inout [Bool]) {
        let code = run.filter { isCodeShaped(lines[$0].text) }
        guard code.count >= minimumCodeLines, let first = code.first, let last = code.last,
              code.count * 2 >= last - first + 1 else { return }
        for i in first...last where isSoft(evidence[i]) { marks[i] = true }
    }

    /// A line that may sit inside a sample: not a paragraph of prose (unless code-shaped) and no
    /// furniture named by its words.
    private static func mayJoin(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        if ev.noiseSource == .vocabulary || ev.isCaption { return false }
        return ev.shape == .short || isCodeShaped(line.text)
    }

    /// Noise that says only that the line is short, wordless or repeated in the page.
    private static func isSoft(_ ev: LineEvidence) -> Bool {
        guard ev.noise != nil, let source = ev.noiseSource else { return true }
        return source.isSoft
    }

    /// Ends like a statement or block (`{`, `}`, `;`, `(`, `[`), opens like a closing block, a
    /// comment or a tag (`}`, `)`, `//`, `/*`, `<x`, `</`), or is markup from `<` to `>`.
    static func isCodeShaped(_ text: Substring) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        switch last {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: "["): return true
        default: break
        }
        switch first {
        case UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"): return true
        case UInt8(ascii: "/"):
            let second = bytes.dropFirst().first
            return second == UInt8(ascii: "/") || second == UInt8(ascii: "*")
        case UInt8(ascii: "<"):
            guard last == UInt8(ascii: ">"), let second = bytes.dropFirst().first else { return false }
            return second == UInt8(ascii: "/") || second == UInt8(ascii: "!") || (second | 0x20 >= 97 && second | 0x20 <= 122)
        default: return false
        }
    }
}
