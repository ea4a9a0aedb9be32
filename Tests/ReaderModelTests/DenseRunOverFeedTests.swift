import Testing
@testable import ReaderModel

/// Invented news portal copied whole: a feed of teasers, each a section, a source, a reaction
/// count, a headline and a one-paragraph summary, then a community box, a weather strip and the
/// footer links; past them the article opened as an overlay: headline, reporter, source glued to
/// its date, a photo counter, then nine paragraphs in a row and a "read next" list.
@Suite struct DenseRunOverFeedTests {
    static let feed: [String] = [
        "Home",
        "Mail",
        "News",
        "Sport",
        "Weather",
        "Search",
        "Sign in",
        "News Home",
        "Local",
        "World",
        "Science",
        "",
        "Science",
        "Harbour Wire",
        "48 reactions",
        "Tidal observatory records its highest spring reading in decades",
        "",
        "Staff at the small tidal observatory on the east breakwater logged their highest spring reading in decades on Monday morning, and the keepers say the gauge was checked twice by hand before anyone believed it. The reading came just after a week of steady onshore wind, and older records kept in the harbour office suggest a similar surge only once before, in a winter that many fishing families still talk about when the boats are hauled up for repairs.",
        "",
        "Local",
        "Valley Courier",
        "12 reactions",
        "Ferry timetable changes for the winter months",
        "",
        "The island ferry will run four crossings a day instead of six from the first week of November, the operator said on Tuesday, citing lower passenger numbers and the cost of keeping a second crew on standby. Commuters who rely on the early boat said they were worried about the change, and the parish council has asked the operator to keep one late crossing on Fridays so that students can get home from the mainland college before dark.",
        "",
        "Food",
        "Kitchen Table",
        "301 reactions",
        "A bakery that only opens when the oven is warm",
        "",
        "A bakery in the old mill quarter opens only when its wood oven has reached the right heat, which can be at six in the morning or at noon depending on the weather and the wood. Regulars check a small flag on the roof before they set out, and the owner says she has no plans to change a habit that has kept her loaves the same for thirty years, even though visitors often arrive to find the door still locked.",
        "",
        "Sport",
        "Harbour Wire",
        "7 reactions",
        "Rowing club wins back its river trophy",
        "",
        "The town rowing club won back the river trophy on Saturday after three years of finishing second, beating the college crew by less than a boat length in a race rowed against a strong headwind. The coach said the crew had trained through the winter on the flooded reservoir because the river was closed, and that the younger rowers had learned more from those cold mornings than from any race they had entered in the past two seasons.",
        "",
        "Culture",
        "Valley Courier",
        "88 reactions",
        "Library puts its oldest maps on display",
        "",
        "The county library has put its oldest maps on display for the first time in twenty years, including a hand drawn chart of the estuary made by a surveyor who walked the marshes with a chain and a compass. Curators said the maps had been kept in a dry room while the roof was repaired, and that visitors would be able to see how far the shoreline has moved since the surveyor first marked the sandbanks and the old ferry landing on paper.",
        "",
        "Weather",
        "Kitchen Table",
        "19 reactions",
        "Frost warning issued for the upland farms",
        "",
        "Forecasters issued a frost warning for the upland farms on Wednesday evening, advising growers to cover late crops and bring young animals into shelter before the temperature drops below freezing after midnight. The warning is the first of the season, and farmers said it had come earlier than usual, leaving some of them to harvest the last of their potatoes by lamplight so that the crop would not be lost to the cold before the weekend market.",
        "",
        "Nature",
        "Valley Courier",
        "41 reactions",
        "Seals return to the sandbar after a quiet year",
        "",
        "Seals have returned in good numbers to the sandbar off the point after a quiet year, and the wardens who count them from the dunes say the young ones look healthy and well fed. Boat trips to see the colony will start again next month, though skippers have been asked to keep further back than before, so that the animals are not disturbed while they rest on the sand between tides during the breeding season.",
        "",
        "Popular in the Community",
        "1",
        "Lantern festival moved to the harbour green",
        "2130 messages",
        "2",
        "Parking fees rise at the station",
        "940 messages",
        "3",
        "Swans return to the mill pond",
        "512 messages",
        "4",
        "Night market gets a new home",
        "377 messages",
        "North Quay",
        "Today",
        "8° 3°",
        "Sat",
        "9° 4°",
        "Sun",
        "7° 2°",
        "Mon",
        "6° 1°",
    ]
    static let footer: [String] = [
        "Help",
        "Privacy",
        "Terms",
        "About our Ads",
        "Entering a modal",
    ]
    static let header: [String] = [
        "Barge runs aground on shifting sandbank near river mouth",
        "MARA ELLSWORTH",
        "Harbour WireMarch 3, 2024",
        "4 Comments",
        "1 / 3",
        "More",
        "",
    ]
    static let article: [String] = [
        "NORTH QUAY (Harbour Wire) — A cargo barge carrying timber for the new footbridge ran aground on a sandbank near the river mouth on Thursday, and crews spent most of the day waiting for the tide to lift it free.",
        "The barge had left the sawmill wharf at first light and was expected at the building site by mid-morning, the harbour master said in a short statement issued after the vessel was refloated late in the afternoon.",
        "Nobody was hurt, and the timber was not damaged, but the delay means the first span of the footbridge will now be lifted into place next week instead of on Saturday as the council had planned.",
        "Local boatmen said the sandbank had shifted after the autumn storms and was no longer where the charts placed it, a problem they say they raised with the harbour office several weeks ago.",
        "The harbour master said a survey boat would be sent out on Monday to measure the channel again, and that buoys marking the new edge of the bank would be moved before the next barge sails.",
        "Work on the footbridge began in the spring and has already been held up once by high water, when the river burst its banks and covered the site with mud for nearly a fortnight in April.",
        "Council engineers said the bridge should still open before the end of the year, provided the weather holds and the remaining timber arrives from the sawmill without further trouble on the river.",
        "Boatmen on the quay said the barge crew had done well to keep the vessel upright as the water fell away, and that a smaller craft would have tipped onto its side and spilled its load into the channel.",
        "The sawmill said it would send the next load on a shallower barge and at high water only, and that it had asked the council to pay for a pilot to guide the boats through the river mouth until the survey is done.",
    ]
    static let readNext: [String] = [
        "What to Read Next",
        "Footbridge crews race the tide",
        "Harbour Wire",
        "Sandbanks on the move after storms",
        "Valley Courier",
        "New buoys for the estuary channel",
        "Kitchen Table",
    ]

    static func page(header: [String] = header) -> String {
        (feed + footer + header + article.flatMap { [$0, ""] } + readNext).joined(separator: "\n")
    }

    @Test func theArticleUnderItsHeaderBeatsTheFeedOfLoneSummaries() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page()))
        #expect(doc.paragraphs == Self.article)
        #expect(doc.title == Self.header[0])
        let explained = doc.evidence(of: Self.article[3])
        #expect(explained.contains("9 paragraphs in a row under its own headline"))
        #expect(explained.contains("a feed of"))
    }

    @Test func withoutAHeaderTheDenseRunMakesNoClaim() {
        let headless = Array(Self.header.dropFirst(3))
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page(header: headless)))
        #expect(!doc.blocks.contains { ($0.evidence ?? "").contains("paragraphs in a row under its own headline") })
    }

    @Test func islandsBreakAtFurnitureButNotAtCaptions() {
        let scores: [Double] = [40, -2, 30, 0, 25, 0, 20, -4, 50]
        var evidence = [LineEvidence](repeating: LineEvidence(shape: .good), count: scores.count)
        evidence[3].isCaption = true
        let islands = DenseRunOverFeed.islands(in: 0..<scores.count, scores: scores, evidence)
        #expect(islands.map { $0.paragraphs } == [1, 2, 1, 1])
        #expect(islands.map { $0.prose } == [40, 55, 20, 50])
    }

    @Test func aDateGluedToItsSourceIsReadFromTheSeam() {
        #expect(GluedSourceDateLine.hasGluedDate("Harbour WireMarch 3, 2024"))
        #expect(GluedSourceDateLine.hasGluedDate("Valley CourierNovember 21, 2019"))
        #expect(!GluedSourceDateLine.hasGluedDate("Harbour Wire"))
        #expect(!GluedSourceDateLine.hasGluedDate("McDonald Park reopens in 2024"))
        #expect(!GluedSourceDateLine.hasGluedDate("The iPhone of 2024"))
        #expect(GluedSourceDateLine.date(in: "Valley CourierNovember 21, 2019") == "2019-11-21")
    }

    @Test func aDateGluedToItsSourceIsThePagesPublishedDate() {
        // The line evidence reads the date from the seam, so the header gives the page its date.
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page()))
        #expect(doc.published == "2024-03-03")
        let plain = ["Ferry timetable changes for the winter", "", "Island TimesJanuary 9, 2023", ""]
            + Self.article.prefix(4).flatMap { [$0, ""] }
        let single = Cleaner().clean(Article(source: "s.txt", format: .text, text: plain.joined(separator: "\n")))
        #expect(single.published == "2023-01-09")
        #expect(single.paragraphs == Array(Self.article.prefix(4)))
        // A byline read off the glued line leaves the date's glued word behind.
        let signed = ["Ferry timetable changes for the winter", "", "By Ana Folau, Island TimesJanuary 9, 2023", ""]
            + Self.article.prefix(4).flatMap { [$0, ""] }
        let bylined = Cleaner().clean(Article(source: "s.txt", format: .text, text: signed.joined(separator: "\n")))
        #expect(bylined.published == "2023-01-09")
        #expect(bylined.byline?.contains("January") != true)
        #expect(GluedSourceDateLine.byline("Ana Folau, Island TimesJanuary", without: "January") == "Ana Folau, Island Times")
        #expect(GluedSourceDateLine.byline("Ana Folau", without: "January") == "Ana Folau")
    }
}
