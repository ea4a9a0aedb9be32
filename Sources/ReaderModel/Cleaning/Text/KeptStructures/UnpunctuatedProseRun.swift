/// Chinese and Japanese blog posts often write one clause a line with spaces for commas and no
/// closing 。 at all (a photo diary: a line under each picture). Each such line looks like a
/// headline; a long run of them, each standing apart (blank lines between, where the pictures
/// were), is the article. Teaser lists are glued, so they never qualify.
enum UnpunctuatedProseRun {
    /// Lines a run needs.
    static let minimumRun = 8

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        // Pages without ideographs (nearly all of them) are done after one look at each line.
        guard lines.contains(where: { $0.script.ideographic > 0 }) else { return }
        var run: [Int] = []
        func close() {
            let apart = run.filter { lines[$0].blankBefore }.count
            if run.count >= minimumRun, apart * 10 >= run.count * 7 {
                // Glued lines inside the run (a teaser list just above it) stay as they are.
                for i in run where lines[i].blankBefore { evidence[i].shape = .good }
            }
            run.removeAll()
        }
        for i in lines.indices {
            if isUnpunctuatedClause(lines[i], evidence[i]) {
                // One stray line (a date, a label) between two clauses does not break the run.
                if let last = run.last, i - last > 2 { close() }
                run.append(i)
            }
        }
        close()
    }

    private static func isUnpunctuatedClause(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard ev.noise == nil, !ev.isCaption, !ev.isMetadata, line.script.ideographic >= 10, !line.endsSentence else { return false }
        return ev.shape != .good && line.wordCount >= 8
    }
}
