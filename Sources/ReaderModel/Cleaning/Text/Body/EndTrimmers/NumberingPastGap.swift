/// A listicle's numbering that goes on past a gap of furniture: the article's numbered sections
/// ("1. …" to "5. …") stand above a gallery or a video player, and "6. …" comes under it. The
/// next number of the same format says the box sits inside the article, whatever the little prose
/// past it weighs; a footer, a teaser box or a site blurb does not go on with the article's count.
/// Markers only (`MarkedListRun.marker`): no word list, so it reads every language alike.
enum NumberingPastGap {
    static let evidence = "the body's numbering goes on past a gap of furniture (a number following on the last one above): a box inside the article, not its end"
    /// Numbered lines in sequence from one the body keeps above the gap, so that there is a count to go on.
    static let minimumNumberedAbove = 2

    /// The first numbered line from the gap on (its own last line may be the heading) numbered on from the last numbered line above it, in the same format
    /// and skipping no more than a list may (`MarkedListRun.maximumSkip`: a section the box ran over is
    /// not yet kept here), when the kept lines above number in sequence from one (or zero); nil otherwise.
    /// `kept` says which lines above the body keeps: a box of numbered teasers is no count of the article's.
    static func continuation(above: Range<Int>, tail: Range<Int>, _ lines: [TextLine], kept: (Int) -> Bool) -> Int? {
        var last: [Substring: (number: Int, count: Int)] = [:]
        for k in above where kept(k) {
            guard let m = MarkedListRun.marker(lines[k].text) else { continue }
            if let run = last[m.key], m.number > run.number, m.number - run.number <= MarkedListRun.maximumSkip + 1 {
                last[m.key] = (m.number, run.count + 1)
            } else {
                last[m.key] = m.number <= 1 ? (m.number, 1) : nil
            }
        }
        guard last.values.contains(where: { $0.count >= minimumNumberedAbove }) else { return nil }
        for k in tail {
            guard let m = MarkedListRun.marker(lines[k].text), let run = last[m.key] else { continue }
            // The first number of a counted format decides: a later "6." is some other list's.
            let step = m.number - run.number
            return run.count >= minimumNumberedAbove && step >= 1 && step <= MarkedListRun.maximumSkip + 1 ? k : nil
        }
        return nil
    }
}
