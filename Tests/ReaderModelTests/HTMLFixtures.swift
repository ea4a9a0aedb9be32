@testable import ReaderModel

/// Small original HTML pages for the HTML cleaner tests: an article of invented prose plus
/// whatever furniture a test adds around or inside it.
enum HTMLFixtures {
    static let prose = [
        "The town council of Marrow Bay voted on Tuesday evening to rebuild the old ferry pier, ending a debate that had run for almost three years.",
        "Engineers told the meeting that the timber piles, driven in the 1950s, had rotted below the waterline and could no longer carry the weight of delivery trucks.",
        "Residents who spoke against the plan said the money, roughly four million in local currency, would be better spent on the flooded coastal road.",
        "The mayor, who cast the deciding vote, said the pier was the only way to keep the island ferry running through the winter storms.",
        "Construction is expected to start next spring, and the council promised to publish the full contract before any work begins.",
    ]

    static func paragraphs(_ items: [String] = prose) -> String {
        items.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    /// A page whose `<article>` holds the prose, with `inside` placed among its paragraphs and
    /// `outside` after the article.
    static func page(head: String = "", before: String = "", inside: String = "", outside: String = "") -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8">\(head)</head><body>
        \(before)
        <article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(paragraphs(Array(prose.prefix(2))))
        \(inside)
        \(paragraphs(Array(prose.dropFirst(2))))
        </article>
        \(outside)
        </body></html>
        """
    }

    static func clean(_ html: String) -> Document {
        Cleaner().clean(Article(source: "fixture.html", format: .html, text: html))
    }
}
