import Foundation
import Testing
@testable import ReaderModel

/// An invented gardening post whose comments put the reply link right under the author and date, so
/// each comment's text follows its action line: the article above stays the body and the long last
/// comment is not taken for it.
@Suite struct ActionLedCommentLayoutTests {
    static let article = [
        "Our allotment finally produced a proper crop of beans this summer, after three years of slugs, late frosts and a neighbour's goat that found a gap in the fence every single week.",
        "The trick turned out to be simple: we raised the beds by a hand's width, mulched them with straw from the farm down the lane, and planted a fortnight later than the seed packet suggested.",
        "Next year we will try the same with courgettes, which suffered just as badly, and we will report back here whether the straw keeps the slugs away from them as well.",
    ]

    static let comments: [(String, String)] = [
        ("hedgehog_fan", "Straw worked for us too, although the mice moved in over winter and we had to clear it all out before spring. We lost a few early seedlings but the beans that followed were the best we have grown, tall and full, and the picking lasted well into September."),
        ("Marta K", "Raising the beds is the part people skip. Ours are only a little higher than the path but the difference in drainage after heavy rain is remarkable, and the soil warms up weeks earlier."),
        ("old digger", "Goats are a menace. A neighbour of mine lost an entire row of cabbages in one afternoon and the owner simply laughed about it over the fence, which did not help matters at all."),
        ("Marta K", "Late planting is underrated. The soil needs time to warm, and beans sown into cold ground just sit there and rot, however good the seed was and however carefully you water them."),
        ("plotholder42", "We tried the straw mulch two years running and the difference was striking. The first year we had barely a handful of pods because the slugs took every seedling within days of planting, but after mulching and raising the beds we picked beans every other day from July to the first frost and gave bags of them away to the neighbours. The courgettes are harder in our experience, since they sprawl over the straw and the fruit rots where it touches damp ground, so we lift them on a tile or a slate."),
    ]

    static let page: [String] = {
        var page = ["Home", "Garden diary", "About", "Log In", "", "Ines · Vegetables · 5 Comments · 12.08.2025", "", "Beans at last", ""]
            + article.flatMap { [$0, ""] }
            + ["About the author", "Ines", "", "5 Comments", ""]
        for (k, (name, text)) in comments.enumerated() {
            page += [name, "", "1\(k).08.2025", "", "Log in to Reply", "", text, ""]
        }
        return page + ["Leave a Reply", "", "You must be logged in to post a comment."]
    }()

    @Test func commentsLedByTheirReplyLineAreAThread() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page.joined(separator: "\n")))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("We tried the straw") }?.evidence ?? ""
        #expect(explained.contains("reply line that leads"))
    }

    @Test func aDateLikeLineIsMostlyDigits() {
        #expect(["10.29.2012", "#12 · 3/4/11", "2025-08-12", "Marta K", "plotholder42", "7"].map { ActionLedCommentLayout.isDateLike($0[...]) }
            == [true, true, true, false, false, false])
    }
}
