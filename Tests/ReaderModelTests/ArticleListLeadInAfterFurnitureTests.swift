import Testing
@testable import ReaderModel

/// Invented pages: a colon lead-in under a share row ends the article instead of continuing it, so
/// the reading suggestions it introduces are no list of the article; a list whose lead-in opens the
/// body under the page's header furniture is still the article's own.
@Suite struct ArticleListLeadInAfterFurnitureTests: TextPageCleaning {
    static let article = [
        "The lighthouse keepers' cottages on the point have stood empty since the light was automated, and the parish council has now agreed to let a small museum use the ground floors.",
        "Volunteers spent the winter clearing the rooms, and a retired keeper lent the logbooks he kept during his twenty years on the point, which will be shown in the front room.",
        "The museum opens on the first Saturday of May, and entry will be free for the first season while the council decides whether it can pay for itself in the summers.",
    ]
    static let leadIn = "If you liked this story, you might also want to read:"
    static let suggestions = [
        "Ten quiet walks along the northern cliffs",
        "Why the old ferry slipway is crumbling",
        "Is this the best chip shop on the coast?",
    ]

    @Test func suggestionsUnderALeadInPastTheShareRowGo() {
        let page = ["Home", "News", "", "Keepers' cottages to become a museum", ""] + Self.article.flatMap { [$0, ""] }
            + ["Tweet", Self.leadIn, ""] + Self.suggestions + ["", "Popular posts", "Archive", "About this site"]
        let doc = clean(page)
        #expect(Array(doc.paragraphs.prefix(Self.article.count)) == Self.article)
        // The last suggestion, a question, reads as a sentence of its own; the others were kept only as list items.
        for line in Self.suggestions.dropLast() { #expect(!doc.paragraphs.contains(line)) }
    }

    @Test func aListWhoseLeadInOpensTheBodyUnderTheShareRowStays() {
        let opening = "Join us at the cottages on the opening Saturday, when the volunteers will show visitors around the rooms and we will cover:"
        let points = ["the keepers' daily round of the lamp", "how the logbooks were kept in storms", "what the council plans for the upper floors"]
        let page = ["Home", "News", "", "Keepers' cottages open their doors", "Tweet", opening, ""] + points
            + ["", "Sign up for our newsletter to hear about the next open day.", "", "Tweet", "Popular posts", "Archive"]
        let doc = clean(page)
        #expect(doc.paragraphs.contains(opening))
        for line in points { #expect(doc.paragraphs.contains(line)) }
    }
}
