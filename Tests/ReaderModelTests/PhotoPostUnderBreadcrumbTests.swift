import Testing
@testable import ReaderModel

/// Invented photo posts: a section's list of teaser headlines runs on across the breadcrumb trail
/// into the post's headline and standfirst, and the post's only text is its photo's caption.
@Suite struct PhotoPostUnderBreadcrumbTests {
    static let headline = "Lanterns Light Up The Old Harbour"
    static let standfirst = "Thousands lined the quay for the parade of paper lanterns."
    static let caption = "Paper lanterns drift past the fish market as the parade reaches the old harbour on Saturday night, watched by families along the sea wall. (Harbour Press)"

    static func page(trail: String = "Home > Travel") -> String {
        let teasers = ["Ferry Fares Rise For Summer", "New Cafe Opens On The Pier", "Gulls Return To The Cliffs",
                       "Sea Wall Repairs Begin Monday", "Tall Ships Due In August", "Lifeboat Crew Wins Award"]
        var page = ["Harbour News", "Home", "Travel", "Sports", "Travel Headlines"] + teasers
        page += [trail, Self.headline, Self.standfirst, "Lantern Parade Photos", "", Self.caption, "Like it. Share it."]
        page += ["Harbour News on Facebook", "Back to top", "Privacy Policy", "Contact us"]
        return page.joined(separator: "\n")
    }

    static func clean(_ text: String) -> Document {
        Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
    }

    @Test func trailsAreShortStepsParted() {
        #expect(PhotoPostUnderBreadcrumb.isTrail(LineSplitter.lines(of: "Home > Travel")[0]))
        #expect(PhotoPostUnderBreadcrumb.isTrail(LineSplitter.lines(of: "Accueil › Voyages › Photos")[0]))
        #expect(!PhotoPostUnderBreadcrumb.isTrail(LineSplitter.lines(of: "Ferries > buses, says the new report on the harbour")[0]))
        #expect(!PhotoPostUnderBreadcrumb.isTrail(LineSplitter.lines(of: "Home")[0]))
    }

    @Test func thePhotoPostIsItsHeadlineStandfirstAndCaption() {
        let doc = Self.clean(Self.page())
        #expect(doc.paragraphs.prefix(2) == [Self.headline, Self.standfirst])
        #expect(doc.paragraphs.contains(Self.caption))
        // The caption shows once, as the post's text.
        #expect(!doc.captions.contains(Self.caption))
        #expect(doc.blocks.contains { ($0.evidence ?? "").contains(PhotoPostUnderBreadcrumb.evidence) })
    }

    @Test func noTrailNoPost() {
        let doc = Self.clean(Self.page(trail: "Photo Galleries"))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains(PhotoPostUnderBreadcrumb.evidence) })
    }
}
