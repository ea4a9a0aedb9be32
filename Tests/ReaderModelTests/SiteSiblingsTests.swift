import Foundation
import Testing
@testable import ReaderModel

/// Pages of several sites cleaned together: only pages of a page's own site say what is its chrome
/// (`SiteSiblings`). A paragraph quoted on other sites' pages, or a page's list whose items another
/// site uses as its share buttons, stays as it does when the page is cleaned alone.
/// All text is invented: three local papers (the Moorland Courier, the Riverside Post, the Valley
/// Herald), two articles each.
@Suite struct SiteSiblingsTests {
    static let statement = "\"The quarry will stay closed until the engineers have checked every face of the old workings, and we will publish their report in full before any lorry is allowed back on the lane,\" the council said in a statement."

    static let courierHead = ["Moorland Courier", "News", "Sport", "Farming", "What's on", "Contact", "Subscribe to the Courier", ""]
    static let courierFoot = ["", "More from the Courier", "Sheep sales rise at the autumn market", "New vicar arrives at St Aidan's",
                              "Moorland Courier Ltd, 4 Bridge Street", "Privacy", "Terms of use"]
    static let postHead = ["The Riverside Post", "Home", "Local", "Business", "Contact", "Share this story", "Facebook", "WhatsApp", "Instagram", "Email", ""]
    static let postFoot = ["", "Most read on the Post", "Ferry fares frozen for another year", "Boatyard wins heritage grant",
                           "Riverside Post Media, Quay House", "Cookie settings", "Accessibility"]
    static let heraldHead = ["Valley Herald", "Latest", "Weather", "Letters", "Contact", ""]
    static let heraldFoot = ["", "Herald picks", "Brass band plays its last concert", "Bus route to the coast restored",
                             "Valley Herald, Mill Lane", "Advertise with us", "Jobs at the Herald"]

    static let pages: [(name: String, text: [String])] = [
        ("courier-quarry.txt", courierHead + [
            "Quarry lane closed after rock fall", "",
            "A section of the old quarry face at Harrow Scar collapsed on Tuesday night, sending rocks across the lane that serves three farms on the far side of the valley.",
            "",
            "Nobody was hurt, but one farmer said he had heard the fall from his kitchen and found the lane blocked when he went out with a torch shortly after midnight.",
            "", statement, "",
            "The farms can still be reached by the longer road over the moor, which adds about twenty minutes to the journey and is often closed by snow in winter.",
        ] + courierFoot),
        ("courier-phones.txt", courierHead + [
            "Older farmers take to their phones", "",
            "A survey of farming households across the moor found that most now keep in touch with family, vets and buyers through a handful of apps rather than by calling.",
            "", "Asked which they used every day, the households named three more than any others:",
            "WhatsApp", "Facebook", "Instagram", "",
            "The survey's authors said the change had come quickly, with many of those asked saying they had only started using the apps during the long winter of two years ago.",
            "", "Several added that the signal on the high farms was still too weak for anything but messages, and that they walked up the nearest hill to send photographs.",
        ] + courierFoot),
        ("post-quarry.txt", postHead + [
            "Hauliers count the cost of the quarry closure", "",
            "Haulage firms along the river say the closure of the lane to Harrow Scar quarry has cost them a week of loads and left drivers waiting for news.",
            "", statement, "",
            "One firm's owner said she had moved two lorries to a job on the coast and would bring them back only when the council gave a date for reopening.",
            "", "The quarry supplies stone for most of the new sea defences being built below the town, and the contractor said the work would slow without it.",
        ] + postFoot),
        ("post-market.txt", postHead + [
            "Riverside market moves to the quay", "",
            "The Saturday market will move from the church square to the old quay next month, giving its forty stalls more room and a view of the boats.",
            "", "Traders voted for the move last winter after complaints that the square was too small for the food vans that joined the market two years ago.",
            "", "The council said the quay would be closed to cars from seven in the morning until four in the afternoon on market days.",
        ] + postFoot),
        ("herald-quarry.txt", heraldHead + [
            "Walkers warned away from Harrow Scar", "",
            "Walkers are being asked to keep off the footpath along the top of Harrow Scar after the rock fall that closed the quarry lane this week.",
            "", statement, "",
            "The path is part of the long-distance valley walk, and the ramblers' club said it would put up signs at both ends and suggest a route along the river instead.",
            "", "The club's secretary said members had reported cracks near the edge of the path several times over the past year.",
        ] + heraldFoot),
        ("herald-band.txt", heraldHead + [
            "Brass band plays its last concert", "",
            "The town's brass band played its last concert on Sunday after ninety years, to a full hall and a standing ovation that lasted several minutes.",
            "", "The band's conductor said there were no longer enough young players to fill the seats of those who had retired, and the instruments would go to the school.",
            "", "Several former members travelled from across the country to hear the final programme, which ended with the march the band had played at its first concert.",
        ] + heraldFoot),
    ]

    static var articles: [Article] {
        pages.map { Article(source: $0.name, format: .text, text: $0.text.joined(separator: "\n") + "\n") }
    }

    /// Each page cleaned with all six reads as it does alone, but for its site's chrome.
    @Test func quotedParagraphAndListStayAsAlone() {
        let articles = Self.articles
        let together = Corpus.clean(articles)
        for (article, doc) in zip(articles, together) {
            let alone = Cleaner().clean(article)
            #expect(DuplicateGuardTests.Reading(doc) == DuplicateGuardTests.Reading(alone), "\(article.source)")
        }
        let quarry = together.filter { $0.paragraphs.contains(Self.statement) }
        #expect(quarry.count == 3)
        let phones = together[1]
        #expect(phones.paragraphs.contains("WhatsApp") == Cleaner().clean(articles[1]).paragraphs.contains("WhatsApp"))
    }

    /// A line on pages of the same site is still its chrome; one on another site's page is not.
    @Test func siteChromeNeedsPagesOfTheSameSite() {
        let articles = Self.articles
        let site = SiteContext(articles: articles)
        let doc = Cleaner().clean(articles[0], site: site)
        #expect(doc.removed.contains(RemovedBlock(text: "Farming", reason: .repeated)))
        let explained = doc.blocks.first { $0.text == "Farming" }?.evidence ?? ""
        #expect(explained.contains("in 2 pages of the site"), "\(explained)")
        // "Contact" is on every page, but only one other page is the Courier's.
        let contact = doc.blocks.first { $0.text == "Contact" }?.evidence ?? ""
        #expect(!contact.contains("in 6 pages"))
    }

    @Test func siblingsShareAFifthOfTheSmallerPage() {
        var context = SiteContext()
        for article in Self.articles { context.add(article) }
        // Pages added one by one: a page finds its own siblings from the context's lines.
        #expect(context.siblings == nil)
        let alone = context.siblings(of: 0, keys: context.pages[0].keys)
        #expect(alone == [1])
        // Found once for every page: the same answer, both ways round.
        context.findSiblings()
        #expect(context.siblings(of: 0, keys: context.pages[0].keys) == [1])
        // The Post's market story is the Post's; the Courier's phones story lists the Post's share
        // buttons and shares its "Contact": a fifth of the smaller page, so it counts too.
        #expect(context.siblings(of: 3, keys: context.pages[3].keys) == [1, 2])
        // A page the context does not hold (an index cleans pages outside its sample): here a copy
        // of page 4 under another name, so page 4 is met too.
        #expect(context.siblings(of: nil, keys: context.pages[4].keys) == [4, 5])
        #expect(SiteSiblings.contains([1, 3, 5, 9], 5) && !SiteSiblings.contains([1, 3, 5, 9], 4))
    }
}

/// The same folder through `lede index`: each page stored as cleaned alone.
@Suite struct SiteSiblingsIndexTests {
    @Test func indexKeepsQuotedParagraphOnEverySite() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let library = dir.path + "/library"
        for page in SiteSiblingsTests.pages {
            dir.write("library/" + page.name, Array((page.text.joined(separator: "\n") + "\n").utf8))
        }
        let index = try LibraryIndex(library: library, indexPath: dir.path + "/index.sqlite")
        let summary = try SiteSampledAnalysis(root: library).indexer().run(index)
        #expect(summary.added == SiteSiblingsTests.pages.count)
        for row in try index.rows() {
            let stored = try #require(try index.document(id: row.id))
            let alone = Cleaner().clean(try ArticleLoader().load(path: row.path))
            #expect(DuplicateGuardTests.Reading(stored) == DuplicateGuardTests.Reading(alone), "\(row.path)")
        }
        #expect(try index.search("engineers").count == 3)
    }
}
