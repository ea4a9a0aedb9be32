/// Whether the chosen run already starts right under a header of its own (a headline with a byline
/// or date line, in either order, just above its first line). Then a second header further down the
/// run heads the next post of a blog's front page or the next entry of a diary, and the prose above
/// it is a post as well, not page furniture to cut away.
enum RunUnderOwnHeader {
    /// How far above the run's first line the header's metadata line may sit.
    static let maxLead = 4

    static func holds(_ run: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let first = run.lowerBound
        for k in stride(from: first - 1, through: max(0, first - maxLead), by: -1) {
            guard HeaderMetadataLine.matches(k, lines, evidence, allowing: .cleanOrRepeated) else { continue }
            // The headline over the metadata line, or between it and the run.
            if HeaderMetadataLine.headline(over: k, lines, evidence, minimumWords: ArticleHeadline.minimumWords) != nil { return true }
            if ((k + 1)..<first).contains(where: { ArticleHeadline.matches(lines[$0], evidence[$0]) }) { return true }
        }
        return false
    }
}
