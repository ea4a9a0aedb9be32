/// A preformatted figure in a copy that keeps its indentation (a plain-text specification, a
/// `<pre>` page): a request transcript, a header list or a data sample is set deeper than the
/// paragraphs around it. Its lines end in no code punctuation (`Host: example.org`, `"name": 3,`),
/// so only their depth says they are one block; read as code-shaped, they join the page's code
/// samples and go with the body instead of cutting it off. Shape only: leading spaces, no words.
enum IndentedFigureBlock {
    static let evidence = "preformatted block (lines set deeper than the page's paragraphs)"
    /// Columns deeper than the paragraphs a figure sits: a hard-wrapped list item's hanging indent
    /// is two, a figure or a code block three or more.
    static let minimumExtraIndent = 3
    /// Paragraphs that must share an indentation for the page to have one.
    static let minimumParagraphs = 3
    /// Deeper columns are not told apart: the counts stay in a small fixed table.
    private static let widestIndent = 32

    /// The indentation of the page's paragraphs, when a line other than a paragraph is set at least
    /// a figure's margin deep and most paragraphs share one indentation; nil otherwise (nearly
    /// every copy: nothing is read deeper).
    static func paragraphIndent(_ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        // A figure line is no paragraph and sits `minimumExtraIndent` columns deep or more; most
        // copies keep no leading space, and one byte before each line says so.
        guard lines.indices.contains(where: {
            isIndented(lines[$0].text) && evidence[$0].shape != .good && indentation(lines[$0].text) >= minimumExtraIndent
        }) else { return nil }
        var counts = [Int](repeating: 0, count: widestIndent + 1)
        var paragraphs = 0
        for i in lines.indices where evidence[i].shape == .good {
            counts[min(indentation(lines[i].text), widestIndent)] += 1
            paragraphs += 1
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }),
              counts[best] >= minimumParagraphs, counts[best] * 2 > paragraphs, best < widestIndent else { return nil }
        return best
    }

    /// Set deeper than the page's paragraphs by a figure's margin.
    static func isFigureLine(_ line: TextLine, paragraphIndent: Int) -> Bool {
        indentation(line.text) >= paragraphIndent + minimumExtraIndent
    }

    /// Leading spaces (a tab as four) between the line and the line break before it. `text` is a
    /// slice of the page, so the spaces trimmed off it are still there in front of it.
    static func indentation(_ text: Substring) -> Int {
        let bytes = text.base.utf8
        var i = text.startIndex
        var columns = 0
        while i > bytes.startIndex {
            let before = bytes.index(before: i)
            switch bytes[before] {
            case UInt8(ascii: " "): columns += 1
            case UInt8(ascii: "\t"): columns += 4
            default: return columns
            }
            i = before
        }
        return columns
    }

    private static func isIndented(_ text: Substring) -> Bool {
        let bytes = text.base.utf8
        guard text.startIndex > bytes.startIndex else { return false }
        let before = bytes[bytes.index(before: text.startIndex)]
        return before == UInt8(ascii: " ") || before == UInt8(ascii: "\t")
    }
}
