import Testing
@testable import ReaderModel

/// One tiny invented news page per kind of noise, cleaned through `Cleaner`.
@Suite struct PlainTextCleanerTests {
    static let p1 = "The harbour council voted on Tuesday to rebuild the old sea wall before the next winter storms arrive."
    static let p2 = "Engineers told members of the council that the present wall was built for lower tides than the coast now sees."
    static let p3 = "Work on the new wall is expected to begin in the spring and to last for about eighteen months in total."
    static let p4 = "Residents who spoke at the meeting said they were relieved that a decision had finally been taken by the town."

    func clean(_ text: String, site: SiteContext? = nil) -> Document {
        Cleaner().clean(Article(source: "t.txt", format: .text, text: text), site: site)
    }

    func page(head: [String] = [], middle: [String] = [], tail: [String] = []) -> String {
        (head + ["Harbour town votes to rebuild its sea wall", "", Self.p1, "", Self.p2] + middle
            + ["", Self.p3, "", Self.p4] + tail).joined(separator: "\n")
    }

    func reasons(_ doc: Document) -> Set<NoiseReason> { Set(doc.removed.map(\.reason)) }
    var body: [String] { [Self.p1, Self.p2, Self.p3, Self.p4] }

    @Test func membershipAppealAtTheEnd() {
        let doc = clean(page(tail: [
            "Independent reporting like this is funded by readers like you.",
            "Only a tiny share of our readers make a financial contribution. Become a member today and help fund our mission for the year ahead.",
            "Become a member Gift membership",
        ]))
        #expect(doc.paragraphs == body)
        #expect(reasons(doc).contains(.membership))
    }

    @Test func newsletterFormAndFeedAfterTheArticle() {
        let doc = clean(page(tail: [
            "", "News Feed", "", "9:15 AM", "", "Rail union calls off weekend strike after late offer.",
            "The union said members would vote on the new offer next week, a spokesman told reporters outside the depot.",
            "8:02 AM", "Storm warning issued for the northern islands.",
            "Enter your email to subscribe", "Subscribe", "* indicates required", "Subscribe", "* indicates required",
        ]))
        #expect(doc.paragraphs == body)
        #expect(reasons(doc).isSuperset(of: [.feed, .newsletter]))
    }

    @Test func advertisementAndReadMoreInsideTheArticle() {
        let doc = clean(page(middle: ["", "Advertisement", "", "Read more: Why coastal towns are raising their sea defences across the region this decade."]))
        #expect(doc.paragraphs == body)
        #expect(reasons(doc).isSuperset(of: [.advertisement, .related]))
    }

    @Test func navigationAndBrowserWarningBeforeTheTitle() {
        let doc = clean(page(head: [
            "Your browser is not supported. For the best experience please use another browser.", "Skip to content",
            "Home", "News", "Sport", "Weather", "Menu", "",
        ]))
        #expect(doc.title == "Harbour town votes to rebuild its sea wall")
        #expect(doc.paragraphs == body)
        #expect(reasons(doc).contains(.navigation))
    }

    @Test func teaserBlockBetweenParagraphsIsRelated() {
        let doc = clean(page(middle: [
            "", "Lighthouse keepers return to the northern cape", "MORE STORIES YOU MAY LIKE",
            "Lighthouse keepers return to the northern cape",
            "After decades of automation, two families have moved back to run the lamp by hand, the trust said.",
        ]))
        #expect(doc.paragraphs == body)
        #expect(reasons(doc).contains(.related))
    }

    @Test func briefsUnderAnOtherNewsHeaderAreRelated() {
        let doc = clean(page(tail: [
            "", "In Other News", "",
            "* A regional airline said it would add two daily flights to the islands from June, citing strong demand.",
            "* The fisheries agency extended the ban on cod fishing in the bay for another season after a survey.",
        ]))
        #expect(doc.paragraphs == body)
        #expect(doc.removed.filter { $0.reason == .related }.count == 3)
    }

    @Test func captionsAndCreditsStayOutOfTheBody() {
        let caption1 = "Image: Waves break over the harbour wall during a storm on Jan. 12, 2024."
        let caption2 = "Waves broke over the wall twice in January, flooding the lower town.Regional Press Office via AP"
        let caption3 = "The mayor and engineers inspect the damaged wall on Monday (Town Hall)"
        let caption4 = "A crane lifts concrete blocks into place near the pier. WIRE-PHOTO/JANE EXAMPLE"
        let doc = clean(page(middle: ["", caption1, caption2, "", caption3, "", caption4]))
        #expect(doc.paragraphs == body)
        #expect(doc.captions == [caption1, caption2, caption3, caption4])
    }

    @Test func bannersAreRemoved() {
        let doc = clean(page(head: ["Reading Time: 3 minutes", "This audio is created with AI assistance",
                                    "Editor's note: This story has been updated with new figures.", ""]))
        #expect(doc.paragraphs == body)
        #expect(reasons(doc).contains(.banner))
    }

    @Test func cookieNoticeAndCommentsAreRemoved() {
        let doc = clean(page(head: ["We use cookies to personalise content and ads. By continuing you consent to our cookies.", "Accept all", ""],
                             tail: ["", "Comments", "Leave a comment", "Sam 3 hours ago",
                                    "I grew up by that wall and it has needed work for years, glad to see it done.", "Reply"]))
        #expect(doc.paragraphs == body)
        #expect(reasons(doc).isSuperset(of: [.cookie, .comments]))
    }

    @Test func linesRepeatedInThePageAreRemoved() {
        let doc = clean(page(middle: ["", "Share on social", "", "Share on social"], tail: ["", "Share on social"]))
        #expect(doc.paragraphs == body)
    }

    @Test func linesSharedAcrossPagesOfOneSiteAreSiteChrome() {
        let chrome = "Harbour Gazette Coastal Edition Weekly"
        let a = Article(source: "a.txt", format: .text, text: chrome + "\n" + page())
        let b = Article(source: "b.txt", format: .text,
                        text: chrome + "\nFerry timetable changes\n\nThe ferry company said on Monday that the timetable would change from next week because of repairs.")
        let doc = Cleaner().clean(a, site: SiteContext(articles: [a, b]))
        #expect(doc.removed.contains(RemovedBlock(text: chrome, reason: .repeated)))
        #expect(doc.paragraphs == body)
    }

    @Test func metadataFromBylineSourceAndDateline() {
        let text = [
            "UPDATED: Port strike ends after three days", "",
            "Dock workers return as talks yield a new pay deal for the coming year.",
            "/ Source: Example Wire", "",
            "by Ana Example April 29, 2024 3:10 PM 2 min read", "",
            "HAMBURG, April 20 (Wire) – Dock workers returned to the port on Thursday after unions accepted a revised offer from employers.",
            "", "The strike had halted container traffic for three days, according to the port authority, which said ships were queueing offshore.",
        ].joined(separator: "\n")
        let doc = clean(text)
        #expect(doc.title == "Port strike ends after three days")
        #expect(doc.standfirst == "Dock workers return as talks yield a new pay deal for the coming year.")
        #expect(doc.publisher == "Example Wire")
        #expect(doc.byline == "Ana Example")
        #expect(doc.published == "2024-04-29T15:10")
        #expect(doc.paragraphs.count == 2)
    }

    @Test func datelineTakesTheYearFromAnotherDateOnThePage() {
        let text = [
            "Port strike ends after three days", "",
            "HAMBURG, April 20 (Wire) – Dock workers returned to the port on Thursday after unions accepted a revised offer from employers.",
            "", "The unions first called the strike on 17 April 2023, saying wages had fallen behind prices for two years in a row.",
        ].joined(separator: "\n")
        let doc = clean(text)
        #expect(doc.published == "2023-04-20")
        #expect(doc.publisher == "Wire")
    }

    @Test func pageWithoutTitleLineHasNoTitle() {
        let doc = clean([Self.p1, "", Self.p2, "", Self.p3].joined(separator: "\n"))
        #expect(doc.title == nil)
        #expect(doc.paragraphs == [Self.p1, Self.p2, Self.p3])
    }

    @Test func subheadingsAndListItemsBetweenParagraphsStay() {
        let doc = clean(page(middle: ["", "What happens next", "", "The plan includes:", "A taller wall with storm gates",
                                      "A new pumping station", "Raised footpaths along the quay"]))
        #expect(doc.paragraphs.contains("What happens next"))
        #expect(doc.paragraphs.contains("A new pumping station"))
    }

    @Test func everyBlockIsExplainedAndOffsetsAreVerbatim() {
        let text = "  \r\n" + page(head: ["Skip to content", ""], tail: ["", "Advertisement"]) + "\n"
        let doc = clean(text)
        #expect(doc.blocks.count == text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }.count)
        #expect(doc.blocks.allSatisfy { $0.evidence != nil })
        #expect(doc.blocks.filter { $0.role == .removed }.allSatisfy { $0.reason != nil })
        let utf8 = Array(text.utf8)
        for field in doc.fields {
            let offset = try! #require(doc.sourceOffsets[field])
            let value = Array(doc.text(of: field).utf8)
            #expect(Array(utf8[offset..<(offset + value.count)]) == value)
        }
    }

    @Test func oddInputsNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let bytes = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = clean(String(decoding: bytes, as: UTF8.self))
        }
        _ = clean("")
        _ = clean("\n\n\n")
        _ = clean(String(repeating: "word ", count: 200_000))
        _ = clean(String(repeating: "(", count: 5_000) + String(repeating: "/", count: 5_000))
        _ = clean("By\nSource:\n( ) –\n1:\n:00\nImage:\n* \n•")
    }
}

/// Pages whose shape differs from a typical English article.
@Suite struct PlainTextCleanerLayoutTests {
    func clean(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
    }

    @Test func pageInAnotherLanguageKeepsItsProse() {
        let paragraphs = [
            "Le conseil municipal a voté mardi soir la construction de douze kilomètres de pistes cyclables dans le centre.",
            "Les travaux commenceront au printemps prochain et dureront environ trois ans selon la mairie.",
            "Plusieurs commerçants craignent toutefois la disparition de places de stationnement devant leurs boutiques.",
        ]
        let doc = clean(["Accueil", "Politique", "Sport", "", "Le conseil vote de nouvelles pistes cyclables", ""] + paragraphs
            + ["", "Mentions légales", "Contact"])
        #expect(doc.title == "Le conseil vote de nouvelles pistes cyclables")
        #expect(doc.paragraphs == paragraphs)
    }

    @Test func liveBlogEntriesAreTheArticle() {
        let entries = [
            "The ferry company says every crossing to the islands is cancelled until tomorrow because of the waves.",
            "Several schools in the east of the city are sending pupils home early so families can travel before dark.",
            "The river agency says water levels are still rising and should peak around midnight in the lower town.",
        ]
        let doc = clean(["LIVE: Storm floods the southern coast", "", "16:05", entries[0], "15:40", entries[1], "15:10", entries[2],
                         "", "Related Topics", "Weather"])
        #expect(doc.title == "Storm floods the southern coast")
        for entry in entries { #expect(doc.paragraphs.contains(entry)) }
    }

    @Test func pullQuoteIsDroppedButItsParagraphStays() {
        let paragraph = "“We cannot keep patching pipes that our grandparents laid,” the chair of the committee told reporters."
        let doc = clean(["Water bill advances in committee", "",
                         "A committee advanced a bill on Tuesday that would pay for repairs to ageing dams and pipes across rural areas.",
                         "“We cannot keep patching pipes that our grandparents laid.”", paragraph,
                         "The full chamber is not expected to vote on the measure before the summer recess begins in July."])
        #expect(doc.paragraphs.contains(paragraph))
        #expect(doc.removed.contains { $0.reason == .repeated })
    }
}

@Suite struct PlainTextCleanerEndingTests {
    @Test func shortClosingSentenceStaysInTheBody() {
        let text = ["Ferry strike ends", "",
                    "Ferry crews returned to work on Monday after the operator agreed to a new rota for the summer season.",
                    "", "The union said members would vote on the deal within a fortnight, and most were expected to back it.",
                    "", "The operator declined to comment.", "", "Related", "Bridge repairs start in June"].joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(doc.paragraphs.last == "The operator declined to comment.")
        #expect(doc.paragraphs.count == 3)
    }
}

@Suite struct PlainTextCleanerCommentButtonTests {
    @Test func aCommentsButtonBetweenParagraphsDoesNotEndTheArticle() {
        let paragraphs = [
            "The regional council said on Monday that the coastal road would stay closed for another week after the landslide.",
            "Engineers are still checking the cliff above the road, and the council said safety had to come first for drivers.",
            "Local businesses said the closure had cut their trade by half during what is normally a busy holiday period.",
        ]
        let text = (["Coastal road stays shut after landslide", "", paragraphs[0], "", "Comments", "", paragraphs[1], "", paragraphs[2]])
            .joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(doc.paragraphs == paragraphs)
    }
}

@Suite struct PlainTextCleanerTeaserListTests {
    @Test func headlineAndSummaryPairsUnderAHeaderAreRelated() {
        let paragraphs = [
            "The regional council said on Monday that the coastal road would stay closed for another week after the landslide.",
            "Engineers are still checking the cliff above the road, and the council said safety had to come first for drivers.",
        ]
        let text = (["Coastal road stays shut after landslide", ""] + paragraphs + [
            "", "More from the coast",
            "Harbour wall repairs begin",
            "Work on the damaged harbour wall started this week and should take about three months to finish.",
            "Ferry timetable changes for summer",
            "The ferry company will add an evening crossing on weekdays from the start of June until September.",
        ]).joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: text))
        #expect(doc.paragraphs == paragraphs)
    }
}

@Suite struct PlainTextCleanerHeadTests {
    let paragraphs = [
        "Volunteers from across the region have spent a month rebuilding the village library that burned down last spring.",
        "Publishers donated more than five thousand new books, and a carpenter made the shelves from salvaged wood.",
    ]

    func clean(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "t.txt", format: .text, text: lines.joined(separator: "\n")))
    }

    @Test func feedSidebarBeforeTheArticleDoesNotSwallowItsTitle() {
        let doc = clean(["Latest news", "14:02", "Bridge inspection finds cracks", "13:47", "Budget vote delayed again",
                         "All news", "Volunteers rebuild the village library", "20 April 2023, 12:40"] + paragraphs)
        #expect(doc.title == "Volunteers rebuild the village library")
        #expect(doc.published == "2023-04-20T12:40")
        #expect(doc.paragraphs == paragraphs)
    }

    @Test func questionHeadlineIsTheTitle() {
        let doc = clean(["Opinion", "Who will pay to rebuild the library?"] + paragraphs)
        #expect(doc.title == "Who will pay to rebuild the library?")
        #expect(doc.paragraphs == paragraphs)
    }

}

/// The article's own header: where the article starts, its title, caption and publisher.
extension PlainTextCleanerTests {
    /// A site appeal and a browser notice above the headline read like prose; the headline over
    /// a byline says where the article starts.
    @Test func proseAboveTheHeadlineAndBylineIsNotTheArticle() {
        let text = [
            "Six winters of reporting on the northern coast, paid for by readers — join today and keep the desk open.",
            "This browser is no longer supported. Please switch to a supported browser to keep reading the Gazette.",
            "Skip to content", "",
            "Harbour town votes to rebuild its sea wall", "",
            "by Ana Example June 2, 2025 8:15 AM 3 min read",
            "", Self.p1, "", Self.p2, "", Self.p3, "", Self.p4,
        ].joined(separator: "\n")
        let doc = clean(text)
        #expect(doc.title == "Harbour town votes to rebuild its sea wall")
        #expect(doc.byline == "Ana Example")
        #expect(doc.published == "2025-06-02T08:15")
        #expect(doc.paragraphs == body)
        #expect(reasons(doc).contains(.membership) && reasons(doc).contains(.navigation))
    }

    /// A video player's fallback notice where the player did not load is chrome, above the body or in it.
    @Test func mediaPlayerFallbackNoticesAreChrome() {
        let text = [
            "Harbour town votes to rebuild its sea wall", "",
            "by Ana Example June 2, 2025 8:15 AM",
            "Sorry, this video is unavailable in the format your device plays.", "",
            Self.p1, "", Self.p2, "",
            "Your browser does not support the video tag.", "",
            Self.p3, "", Self.p4,
        ].joined(separator: "\n")
        let doc = clean(text)
        #expect(doc.title == "Harbour town votes to rebuild its sea wall")
        #expect(doc.paragraphs == body)
        #expect(doc.removed.filter { $0.reason == .navigation }.count == 2)
    }

    /// A photo line under the byline that ends in a "(Photographer / Outlet)" credit is a caption,
    /// never the title, and a site crediting itself names the publisher.
    @Test func captionWithAPhotographerAndOutletCredit() {
        let text = [
            "Harbour town votes to rebuild its sea wall", "",
            "by Ana Example June 2, 2025 8:15 AM 3 min read",
            "Waves break over the old sea wall at high tide on June 1, 2025. (Ana Example / The Coast Gazette)",
            "", Self.p1, "", Self.p2, "", Self.p3, "", Self.p4, "",
            "Support independent journalism on the coast.",
            "The Coast Gazette is read by thousands but funded by a few hundred members.",
            "Become a member today!",
        ].joined(separator: "\n")
        let doc = clean(text)
        #expect(doc.title == "Harbour town votes to rebuild its sea wall")
        #expect(doc.captions.count == 1)
        #expect(doc.captions.first?.hasSuffix("(Ana Example / The Coast Gazette)") == true)
        #expect(doc.paragraphs == body)
        #expect(doc.publisher == "The Coast Gazette")
    }

    @Test(arguments: ["Interview", "Explainer", "Analysis", "Review", "BREAKING", "UPDATED"])
    func titleLabelsAreStripped(label: String) {
        let text = ["\(label): Harbour town votes to rebuild its sea wall", "", "by Ana Example June 2, 2025",
                    "", Self.p1, "", Self.p2, "", Self.p3, "", Self.p4].joined(separator: "\n")
        #expect(clean(text).title == "Harbour town votes to rebuild its sea wall")
    }

    /// Sentences glued inside an appeal box take the box's reason.
    @Test func sentencesInsideAnAppealBox() {
        let doc = clean(page(tail: [
            "", "Support independent journalism from the coast.",
            "Thousands read the Gazette every week, but few of them pay for it, and that keeps our reporters at their desks.",
            "Three reporters. One boat. All thanks to our members.",
            "Become a member today!",
        ]))
        #expect(doc.paragraphs == body)
        #expect(doc.removed.filter { $0.reason == .membership }.count >= 3)
    }

    /// "Elsewhere in ..." heads a roundup of other stories, not a section of this one.
    @Test func roundupOfOtherStoriesAfterTheArticle() {
        let doc = clean(page(tail: [
            "", "Elsewhere in the region", "",
            "* The ferry to the islands will run a winter timetable from next month, the operator said.", "",
            "* A fishing boat ran aground near the lighthouse on Sunday; its crew of four was rescued unhurt.",
        ]))
        #expect(doc.paragraphs == body)
        #expect(reasons(doc).contains(.related))
    }

    /// Photo lines with the usual kinds of credit, between the byline and the text.
    @Test(arguments: [
        "Workers stack concrete blocks on the sea wall, June 1, 2025. (Harbour Authority)",
        "Workers stack concrete blocks on the sea wall on Sunday. Photo: Ana Example",
        "Workers stack concrete blocks on the sea wall on Sunday via AP",
        "Workers stack concrete blocks on the sea wall on Sunday. Ana Example / Getty Images",
        "Workers stack concrete blocks on the sea wall on Sunday, June 1, 2025. EPA-EFE/ANA EXAMPLE",
        "Workers stack concrete blocks on the sea wall, June 1, 2025. (Ana Example / The Coast Gazette)",
    ])
    func creditedPhotoLineUnderTheBylineIsACaption(caption: String) {
        let text = ["Skip to content", "", "Harbour town votes to rebuild its sea wall", "", "by Ana Example June 2, 2025",
                    caption, "", Self.p1, "", Self.p2, "", Self.p3, "", Self.p4].joined(separator: "\n")
        let doc = clean(text)
        #expect(doc.title == "Harbour town votes to rebuild its sea wall")
        #expect(doc.captions == [caption])
        #expect(doc.paragraphs == body)
    }
}
