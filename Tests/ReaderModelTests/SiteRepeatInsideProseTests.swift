import Foundation
import Testing
@testable import ReaderModel

/// A site's template labels and quoted sentences inside an article's own prose stay when the page is
/// cleaned with its site (`SiteRepeatInsideProse`): the article keeps what it keeps alone, past the
/// label, while the site's menus, footers and teaser blocks still go. All text is invented: a
/// cooking blog (the Hedgerow Kitchen) with three recipe posts, and a village paper (the Fenwick
/// Gazette) with three stories, two of which quote the same statement.
@Suite struct SiteRepeatInsideProseTests {
    static let kitchenHead = ["The Hedgerow Kitchen", "Recipes", "Preserves", "About Marta", "Shop", ""]
    static let kitchenFoot = ["", "You might also like", "Rosehip syrup for the winter", "Sloe gin the slow way",
                              "Elderflower cordial", "The Hedgerow Kitchen 2024", "Privacy"]

    static func recipe(_ title: String, _ intro: [String], _ items: [String], _ steps: [String]) -> [String] {
        kitchenHead + [title, ""] + intro.flatMap { [$0, ""] } + ["Ingredients:"] + items
            + ["", "Method:"] + steps.flatMap { [$0, ""] } + kitchenFoot
    }

    static let kitchen: [(name: String, text: [String])] = [
        ("kitchen-crumble.txt", recipe("Bramble and apple crumble", [
            "The brambles along the lane were late this year, but by the second week of September the hedges were heavy with them and the children came home with purple hands.",
            "A crumble is the easiest thing to make with a basket of fruit, and this one keeps its crunch because the topping is baked on its own for ten minutes before it goes on.",
        ], ["500 g cooking apples", "300 g blackberries", "2 tbsp brown sugar", "150 g plain flour", "100 g cold butter"], [
            "Peel and slice the apples, toss them with the berries and the sugar, and spread them in a buttered dish.",
            "Rub the butter into the flour until it looks like coarse sand, bake it on a tray for ten minutes, then scatter it over the fruit and bake for half an hour.",
        ])),
        ("kitchen-chutney.txt", recipe("Green tomato chutney", [
            "Every autumn the last tomatoes refuse to ripen, and rather than leave them on the vine for the frost I turn them into a chutney that lasts until spring.",
            "The secret is patience: the pan needs a good two hours on a low heat, stirred now and then, until a spoon drawn across the bottom leaves a clear path.",
        ], ["1 kg green tomatoes", "2 onions", "250 g brown sugar", "300 ml cider vinegar", "1 tsp mustard seeds"], [
            "Chop the tomatoes and onions, put everything into a heavy pan and bring it slowly to the boil, stirring until the sugar has gone.",
            "Simmer for about two hours until thick, then spoon into warm sterilised jars and seal them while the chutney is still hot.",
        ])),
        ("kitchen-jelly.txt", recipe("Crab apple jelly", [
            "The old crab apple tree by the gate gives more fruit than anyone could eat, and for years it simply fell on the path until a neighbour showed me her jelly.",
            "It sets firmly because crab apples are full of pectin, and the colour depends on the fruit: ours turns a deep amber, hers a clear and glowing pink.",
        ], ["2 kg crab apples", "Water to cover", "Granulated sugar"], [
            "Wash the apples, cover them with water and simmer until soft, then leave the pulp to drip through a jelly bag overnight.",
            "Measure the juice, add 450 g of sugar for each 600 ml, and boil hard until it sets on a cold saucer before pouring into jars.",
        ])),
    ]

    static let statement = "\"The footbridge will reopen once the new handrails have been fitted and checked,\" a spokesman for the parish council said."
    static let gazetteHead = ["Fenwick Gazette", "News", "Sport", "Letters", "Notices", ""]
    static let gazetteFoot = ["", "Most read", "Allotment waiting list grows again", "Cricket club wins the league",
                              "Fenwick Gazette, 12 Market Row", "Contact the newsroom"]

    static let gazette: [(name: String, text: [String])] = [
        ("gazette-bridge.txt", gazetteHead + [
            "Footbridge closed after handrail gives way", "",
            "The footbridge over the mill stream was closed on Monday after a section of its handrail came away when a walker leaned on it.",
            "", "Nobody fell, but the walker said the rail had felt loose for weeks and that she had reported it to the parish office in the spring.", "",
            statement, "",
            "Until then walkers must use the road bridge half a mile downstream, which has no pavement and is busy at school times.",
        ] + gazetteFoot),
        ("gazette-school.txt", gazetteHead + [
            "Parents worry about the school walk", "",
            "Parents at the village school say the closure of the footbridge has left their children walking along a road without a pavement.",
            "", statement, "",
            "The head teacher has asked the county to send a crossing patrol to the road bridge until the footbridge is open again.",
            "", "Several parents said they would drive their children to school instead, which would add to the traffic on the narrow road.",
        ] + gazetteFoot),
        ("gazette-fete.txt", gazetteHead + [
            "Fete raises record sum for the church roof", "",
            "The summer fete raised more than four thousand pounds for the church roof, the most in its forty years, helped by a dry and sunny afternoon.",
            "", "The cake stall sold out by three o'clock, and the tug of war between the two pubs drew the biggest crowd of the day.",
            "", "The organisers thanked the volunteers who set up the stalls at dawn and cleared the field long after the last visitors had gone.",
        ] + gazetteFoot),
    ]

    static func articles(_ pages: [(name: String, text: [String])]) -> [Article] {
        pages.map { Article(source: $0.name, format: .text, text: $0.text.joined(separator: "\n") + "\n") }
    }

    /// A recipe post's template labels ("Ingredients:", "Method:") are on every post of the blog,
    /// but between the post's own paragraphs: the method under them stays, as alone.
    @Test func templateLabelsDoNotCutTheRecipe() {
        let articles = Self.articles(Self.kitchen)
        let together = Corpus.clean(articles)
        for (article, doc) in zip(articles, together) {
            let alone = Cleaner().clean(article)
            #expect(doc.paragraphs == alone.paragraphs, "\(article.source)")
            #expect(doc.paragraphs.contains { $0.hasPrefix("Simmer") || $0.hasPrefix("Rub the butter") || $0.hasPrefix("Measure the juice") },
                    "\(article.source): \(doc.paragraphs)")
        }
        let explained = Cleaner().clean(articles[0], site: SiteContext(articles: articles))
        let label = explained.blocks.first { $0.text == "Method:" }?.evidence ?? ""
        #expect(label.contains(SiteRepeatInsideProse.evidence), "\(label)")
        // The blog's menu and its footer of other posts are still the site's chrome.
        #expect(explained.removed.contains(RemovedBlock(text: "Preserves", reason: .repeated)))
        #expect(!explained.paragraphs.contains("Sloe gin the slow way"))
    }

    /// A statement two stories of the paper quote stands between each story's own paragraphs: both keep it.
    @Test func quotedStatementStaysInBothStories() {
        let articles = Self.articles(Self.gazette)
        let together = Corpus.clean(articles)
        #expect(together.filter { $0.paragraphs.contains(Self.statement) }.count == 2)
        #expect(!together[2].paragraphs.contains("Cricket club wins the league"))
        DuplicateGuardTests.expectSameAsAlone(articles)
    }

    /// A teaser block the site repeats (headline, byline, summary) stays removed: a byline stands
    /// between its summary and any prose.
    @Test func teaserBlockWithBylinesStaysChrome() {
        let teaser = ["Fete raises record sum for the church roof", "By Ann Tolley",
                      "The summer fete raised more than four thousand pounds for the church roof, helped by a sunny afternoon."]
        var pages = Self.gazette
        pages[0].text.insert(contentsOf: [""] + teaser + [""], at: pages[0].text.count - Self.gazetteFoot.count)
        pages[1].text.insert(contentsOf: [""] + teaser + [""], at: pages[1].text.count - Self.gazetteFoot.count)
        let articles = Self.articles(pages)
        let doc = Cleaner().clean(articles[0], site: SiteContext(articles: articles))
        #expect(!doc.paragraphs.contains(teaser[2]), "\(doc.paragraphs)")
    }
}

/// The blog through `lede index`: each post stored as cleaned alone, the method included.
@Suite struct SiteRepeatInsideProseIndexTests {
    @Test func indexKeepsTheRecipeMethod() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let library = dir.path + "/library"
        for page in SiteRepeatInsideProseTests.kitchen + SiteRepeatInsideProseTests.gazette {
            dir.write("library/" + page.name, Array((page.text.joined(separator: "\n") + "\n").utf8))
        }
        let index = try LibraryIndex(library: library, indexPath: dir.path + "/index.sqlite")
        let summary = try SiteSampledAnalysis(root: library).indexer().run(index)
        #expect(summary.added == 6)
        for row in try index.rows() {
            let stored = try #require(try index.document(id: row.id))
            let alone = Cleaner().clean(try ArticleLoader().load(path: row.path))
            #expect(stored.paragraphs == alone.paragraphs, "\(row.path)")
        }
        #expect(try index.search("sterilised").count == 1)
        #expect(try index.search("handrails").count == 2)
    }
}
