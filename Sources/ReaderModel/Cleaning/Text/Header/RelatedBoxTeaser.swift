/// A teaser card inside a related-stories box set between the article's header and its text
/// ("Related" / kicker / teaser headline / its byline / kicker / teaser headline / its byline):
/// each card's headline stands over a byline as the article's own does, so the teaser run detector
/// leaves the box alone, and the last card, right above the body, echoes the body as any story on
/// the same subject does. A headline-shaped line under a related label, with another card's byline
/// or date between the two and no prose or blank line breaking the box, heads a card, not the page.
enum RelatedBoxTeaser {
    /// How far above a card's headline its box's label may sit.
    static let maxReach = 8

    /// Line `i` is a card headline past another card inside a box under a related-stories label.
    static func holds(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        var sawCardHeader = false
        var k = i - 1
        while k >= max(0, i - maxReach) {
            // A blank line or a paragraph closes the box before the label is reached.
            if lines[k + 1].blankBefore || evidence[k].shape == .good { return false }
            if evidence[k].noise == .related, evidence[k].noiseSource == .vocabulary {
                return sawCardHeader && lines[k].wordCount <= 8
            }
            // Other furniture (a comments or share label) is no card of the box: the box ended above it.
            if let noise = evidence[k].noise, noise != .related, noise != .repeated { return false }
            // Another card: a headline over its byline or date line. A date line under the box's
            // links alone dates the post whose headline comes next.
            if evidence[k].byline != nil || evidence[k].dateISO != nil, k - 1 > i - maxReach, k >= 1,
               TextMetadataExtractor.isTitleCandidate(lines[k - 1], evidence[k - 1]) { sawCardHeader = true }
            k -= 1
        }
        return false
    }
}
