/// The headline printed again inside the article over a list of its own (a recipe card's name over
/// its ingredients, a printable box's title over its steps) heads that list. The page prints the
/// line more than once, so it reads as repeated chrome, and as furniture it parts the list from the
/// paragraph above: the items, too many for the sub-heading window, are dropped as fragments. Its
/// place says what it is: a copy of the title line inside the body, right under a full paragraph,
/// over a run of clean short lines that reaches a full paragraph of the body again. The same copy
/// over a teaser list at the page's foot, or over a byline, is followed by no such run.
enum RestatedHeadlineOverList {
    static let evidence = "the headline restated over a list of the article (a recipe card's name over its items)"
    /// The fewest items under the copy that make a list of it: more than the stack of short lines
    /// `HeadingPastFurniture` reads as a heading over its paragraph (a repeated label over a
    /// sub-heading is that rule's).
    static let minimumItems = HeadingPastFurniture.maximumHeadingLines + 1

    /// Clears the repeat's noise on each such copy of the title line, so the list's rules read it
    /// as a short clean line of the body and the items reach the paragraph above it.
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>, title: Int?) {
        guard let title, body.count > minimumItems + 2 else { return }
        for k in (body.lowerBound + 1)..<body.upperBound where k != title {
            // Stored counts first: the source and the text are read only on lines the page repeats.
            guard evidence[k].repeatsInPage >= 2, evidence[k].noise != nil, evidence[k].noiseSource?.isRepeatedInPage == true,
                  lines[k].text == lines[title].text,
                  isParagraph(k - 1, evidence), headsListReachingParagraph(k, evidence, body: body) else { continue }
            evidence[k].noise = nil
            evidence[k].noiseSource = nil
            evidence[k].keptNote = Self.evidence
        }
    }

    /// Under line `k`: at least `minimumItems` clean short lines, then a full paragraph of the body
    /// within `ArticleList.maximumReach`.
    private static func headsListReachingParagraph(_ k: Int, _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        var j = k + 1
        while j < body.upperBound, j - k <= ArticleList.maximumReach, isItem(evidence[j]) { j += 1 }
        return j - k - 1 >= minimumItems && j < body.upperBound && isParagraph(j, evidence)
    }

    @inline(__always)
    private static func isItem(_ ev: LineEvidence) -> Bool {
        ev.noise == nil && !ev.isCaption && !ev.isMetadata && ev.shape == .short
    }

    @inline(__always)
    private static func isParagraph(_ k: Int, _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[k]
        return ev.noise == nil && !ev.isCaption && !ev.isMetadata && ev.shape == .good
    }
}
