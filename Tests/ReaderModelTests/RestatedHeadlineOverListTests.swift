import Testing
@testable import ReaderModel

/// Invented pages: a recipe post prints its headline again as the name of its recipe card, over
/// the ingredients and under the story; the card's name and its items are the article's. The same
/// headline over the "more salads" teasers at the page's foot stays out.
@Suite struct RestatedHeadlineOverListTests: TextPageCleaning {
    static let items = [
        "1 cup pearl barley", "3 cups water", "1 lemon, zested and juiced", "4 sprigs fresh thyme",
        "1 small red onion, sliced thin", "2 tablespoons olive oil", "1 handful flat-leaf parsley",
        "1/2 cup crumbled feta", "salt and black pepper",
    ]

    static let recipe: [String] = {
        var lines = [
            "Home", "Recipes", "About", "Contact", "",
            "Barley Salad with Lemon and Thyme", "",
            "March 4, 2025", "",
            "Every spring the first thing I want is something green and sharp after a winter of stews, and this salad has become the dish I bring to every picnic from April onwards.",
            "",
            "The barley keeps its bite for two days in the fridge, so I make a double batch on Sunday and eat it for lunch most of the week with whatever cheese is left over.",
            "",
            "My neighbour Ottilie taught me to toast the barley in the dry pan before it goes into the water, which gives it a nutty smell that fills the whole kitchen for an hour.",
            "",
            "Barley Salad with Lemon and Thyme", "",
            "serves four as a side", "",
        ]
        for item in items { lines += [item, ""] }
        lines += [
            "Toast the barley in a dry saucepan over medium heat for four minutes, stirring, until it smells of hazelnuts and darkens a shade or two.",
            "",
            "Add the water and a pinch of salt, bring it to a boil and simmer for thirty minutes until the grains are tender but still firm in the middle.",
            "",
            "Drain the barley, toss it with the lemon, oil, onion and thyme while it is still warm, and leave it to cool before you add the parsley and the feta.",
            "",
            "Share", "Tweet", "Pin it", "",
            "Barley Salad with Lemon and Thyme",
            "More salads",
            "Green Bean and Walnut Salad",
            "Roast Carrot Salad",
        ]
        return lines
    }()

    /// The texts of the blocks whose evidence names this rule.
    static func markedByRule(_ doc: Document) -> [String] {
        doc.blocks.filter { $0.evidence?.contains(RestatedHeadlineOverList.evidence) == true }.map(\.text)
    }

    @Test func theRestatedHeadlineAndItsItemsAreKept() {
        let doc = clean(Self.recipe)
        #expect(doc.title == "Barley Salad with Lemon and Thyme")
        #expect(doc.paragraphs.contains("Barley Salad with Lemon and Thyme"))
        #expect(Self.markedByRule(doc) == ["Barley Salad with Lemon and Thyme"])
        for item in Self.items { #expect(doc.paragraphs.contains(item), "\(item)") }
        #expect(doc.paragraphs.contains("serves four as a side"))
    }

    @Test func theItemsFollowTheCardInOrder() {
        let paragraphs = clean(Self.recipe).paragraphs
        let card = paragraphs.firstIndex(of: "Barley Salad with Lemon and Thyme")
        let first = paragraphs.firstIndex(of: "1 cup pearl barley")
        #expect(card != nil && first != nil && card! < first!)
    }

    @Test func theSameHeadlineOverTheFootsTeasersStaysOut() {
        let doc = clean(Self.recipe)
        #expect(doc.paragraphs.filter { $0 == "Barley Salad with Lemon and Thyme" }.count == 1)
        #expect(!doc.paragraphs.contains("Green Bean and Walnut Salad"))
        #expect(!doc.paragraphs.contains("More salads"))
    }

    /// A copy of another line than the headline (a section label the page prints twice) is not read so.
    @Test func aRepeatedLineThatIsNotTheHeadlineIsNotKeptByThisRule() {
        let lines = Self.recipe.enumerated().map { $0.offset == 15 ? "Recipes" : $0.element }
        let doc = clean(lines)
        #expect(Self.markedByRule(doc).isEmpty)
    }

    /// Over two short lines (a heading and its sub-heading over a paragraph) the copy is no list's
    /// heading: a stack that short is `HeadingPastFurniture`'s to read.
    @Test func aCopyOverTwoShortLinesIsNotReadAsAListsHeading() {
        let lines = Array(Self.recipe[0..<19]) + ["1 cup pearl barley", ""] + Array(Self.recipe[(19 + 2 * Self.items.count)...])
        let doc = clean(lines)
        #expect(Self.markedByRule(doc).isEmpty)
    }

    /// With no paragraph right above it (the card opens the body), the copy is left to the other rules.
    @Test func aCopyWithoutAParagraphAboveIsNotReadAsTheListsHeading() {
        let lines = Array(Self.recipe[0..<9]) + Array(Self.recipe[15...])
        let doc = clean(lines)
        #expect(Self.markedByRule(doc).isEmpty)
    }
}
