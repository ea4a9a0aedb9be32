/// A byline whose label stands on a line of its own ("By", "Por", "Von", "Autor:") with the
/// author's name on the line glued under it: a header layout that sets the label and the name in
/// separate elements. The name alone reads as a short line of the body; the label above it says
/// whose name it is.
enum LoneBylineLabel {
    static let evidence = "a name under a byline label on its own line"

    /// The first name line in `top` under a bare byline label, with its index. The name line's
    /// counts are read first: a head holds hundreds of short menu lines, and only a short line
    /// glued over two to four capitalised words is worth comparing with the labels.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], in top: Range<Int>,
                     isName: (TextLine, LineEvidence) -> Bool) -> (index: Int, name: String)? {
        for i in top where i + 1 < lines.count {
            let next = lines[i + 1]
            guard !next.blankBefore, lines[i].wordCount <= 2, (2...4).contains(next.wordCount),
                  next.capitalizedCount == next.wordCount, isBareLabel(lines[i]), isName(next, evidence[i + 1]) else { continue }
            return (i + 1, String(next.text))
        }
        return nil
    }

    /// The labels with and without a closing colon, for one lookup per line.
    private static let bareLabels: Set<String> = Set(BylineLabels.labels.flatMap { label in
        label.last == ":" || label.last == "：" ? [label, String(label.dropLast())] : [label]
    })

    /// The line is one of `BylineLabels.labels` and nothing else (a closing colon aside). The
    /// length test comes first: most lines are far longer than any label.
    static func isBareLabel(_ line: TextLine) -> Bool {
        let text = line.text
        guard text.utf8.count <= 16, line.wordCount <= 2 else { return false }
        var lower = text.lowercased()
        if lower.last == ":" || lower.last == "：" { lower.removeLast() }
        return bareLabels.contains(lower)
    }
}
