/// A headline's prefix label set on its own line right above it ("LIVE", "BREAKING", "EXCLUSIVE"
/// over the headline): the same mark as "LIVE: headline" in one line, split by the layout. The
/// label stands alone (a blank line above it) and the headline is glued under it; the page's stamp
/// ("Updated 2 minutes ago") may close the headline's block, as a live page prints it there.
enum LonePrefixLabel {
    static let evidence = "headline: right under a lone headline label (live, breaking, exclusive), as its prefix on its own line"

    /// The line at `i` sits glued under a lone label line whose words are a title prefix.
    static func heads(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard i > 0, !lines[i].blankBefore, lines[i].wordCount >= 3 else { return false }
        let label = lines[i - 1]
        // Cheap shape first: one or two short words, alone in their block.
        guard label.wordCount <= 2, label.text.utf8.count <= 24, label.blankBefore || i - 1 == 0,
              let first = label.words.first, MetadataPatterns.titlePrefixFirstWords.contains(first) else { return false }
        // The headline closes the block, or its stamp right under it does: a label over a run of
        // lines heads a list.
        var end = i + 1
        if end < lines.count, !lines[end].blankBefore, evidence[end].isTimestamp { end += 1 }
        guard end >= lines.count || lines[end].blankBefore else { return false }
        return MetadataPatterns.titlePrefixes.contains(label.words.joined(separator: " "))
    }
}
