/// A byline whose label stands on a line of its own ("By", "Por", "Von", "Autor:") with the
/// author's name on the line glued under it: a header layout that sets the label and the name in
/// separate elements. The name alone reads as a short line of the body; the label above it says
/// whose name it is.
enum LoneBylineLabel {
    static let evidence = "a name under a byline label on its own line"

    /// The first name line in `top` under a bare byline label, with its index.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], in top: Range<Int>,
                     isName: (TextLine, LineEvidence) -> Bool) -> (index: Int, name: String)? {
        for i in top where i + 1 < lines.count && isBareLabel(lines[i]) {
            let next = i + 1
            guard !lines[next].blankBefore, isName(lines[next], evidence[next]) else { continue }
            return (next, String(lines[next].text))
        }
        return nil
    }

    /// The line is one of `BylineLabels.labels` and nothing else (a closing colon aside). The
    /// length test comes first: most lines are far longer than any label.
    static func isBareLabel(_ line: TextLine) -> Bool {
        let text = line.text
        guard text.utf8.count <= 16, line.wordCount <= 2 else { return false }
        var lower = text.lowercased()
        if lower.last == ":" || lower.last == "：" { lower.removeLast() }
        return BylineLabels.labels.contains(lower) || BylineLabels.labels.contains(lower + ":")
    }
}
