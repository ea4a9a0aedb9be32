import Testing
@testable import ReaderModel

/// Invented listing pages copied as text: each record has a title, a field line, a snippet the site
/// cut short and the same closing link line. With no article beside it, the listing is the body;
/// an article with a list of excerpts under it keeps only the article.
@Suite struct RecordListingBodyTests: TextPageCleaning {

    static let records: [(title: String, field: String, snippet: String)] = [
        ("Night Baker", "Hours: evenings | Pay: hourly",
         "A family bakery near the river market is looking for a patient baker to shape loaves through the night before the morning..."),
        ("Bicycle Courier", "Hours: part time",
         "Deliver parcels across the old town on one of our cargo bikes, rain or shine, and learn every shortcut the map does not show..."),
        ("Library Assistant", "Hours: full time",
         "The county library needs a careful assistant to shelve returns, help readers find what they want and run the children's hour..."),
        ("Orchard Picker", "Hours: seasonal | Pay: by the crate",
         "Three weeks of apple picking on a hillside orchard with lodging in the farmhouse and meals cooked from what the garden gives..."),
        ("Boat Painter", "Hours: weekends",
         "A small boatyard wants someone with a steady hand to sand and paint the hulls of rowing boats before the summer regatta..."),
    ]

    /// A search-results page: a search form's chrome above, each record under the last, a footer.
    static func listingPage(link: String = "Read the whole offer | Save | Send to a friend") -> [String] {
        var page = ["Home | Find work | Post an offer | Sign in", "", "Search again", "Keywords:", "Place:", "",
                    "5 offers found near Millbrook", ""]
        for (k, record) in records.enumerated() {
            page += [record.title, record.field, record.snippet, "", link, "Millbrook \(k + 2) days ago", ""]
        }
        page += ["Page 1 of 1", "About us | Privacy | Terms"]
        return page
    }

    @Test func listingIsTheBody() {
        let doc = clean(Self.listingPage())
        for record in Self.records {
            #expect(doc.paragraphs.contains(record.snippet), "missing: \(record.snippet)")
        }
        // The first record's title and field line may be read as the page's header.
        for record in Self.records.dropFirst() {
            #expect(doc.paragraphs.contains(record.title), "missing: \(record.title)")
            #expect(doc.paragraphs.contains(record.field), "missing: \(record.field)")
        }
        #expect(!doc.paragraphs.contains("Read the whole offer | Save | Send to a friend"))
        #expect(!doc.paragraphs.contains("About us | Privacy | Terms"))
        let explained = doc.evidence(of: Self.records[2].field)
        #expect(explained.contains("record of a listing"))
    }

    @Test func articleWithExcerptsBelowKeepsItsArticle() {
        var page = ["The river market turns fifty", ""]
        page += ["The river market opened its first stalls fifty years ago this spring, when six farmers set up trestle tables under the old railway arches.",
                 "",
                 "Today more than eighty traders sell there every Saturday, and the market's committee is planning a week of music, cooking and boat races to mark the anniversary.",
                 "",
                 "The oldest trader, a cheesemaker who has not missed a Saturday since the second year, will cut the ribbon on the new covered hall.",
                 "",
                 "Visitors are asked to come by bicycle or on foot, since the car park will hold the festival's stage for the whole week.",
                 "",
                 "The committee hopes the celebrations will bring in younger traders, who have found the rents of the covered hall hard to meet in recent years.",
                 "", "More from the town", ""]
        for record in Self.records { page += [record.title, record.snippet, "Read more", ""] }
        let doc = clean(page)
        #expect(doc.paragraphs.first?.hasPrefix("The river market opened") == true)
        #expect(!doc.paragraphs.contains(Self.records[1].title))
        #expect(!doc.blocks.contains { $0.evidence?.contains("record of a listing") == true })
    }

    @Test func recordsWithoutCutSnippetsAreNoListing() {
        // Comments closed by the same "Reply" line: whole remarks, not snippets cut by the site.
        let remarks = ["I walked past the bakery this morning and the queue already reached the corner.",
                       "We went to the regatta last summer and the painted boats looked wonderful in the sun.",
                       "The library's children's hour is the best thing in town on a rainy afternoon.",
                       "My grandfather picked apples on that hillside when he was a boy, and he still talks about it.",
                       "Cargo bikes are everywhere in the old town now, and the streets are quieter for it."]
        var page: [String] = []
        for (k, remark) in remarks.enumerated() { page += ["reader\(k)", remark, "Reply", ""] }
        let lines = LineSplitter.lines(of: page.joined(separator: "\n"))
        #expect(RecordListingBody.find(lines, LineEvidenceCollector.collect(lines, site: nil)) == nil)
        // The same records with cut snippets are one.
        let listing = LineSplitter.lines(of: Self.listingPage().joined(separator: "\n"))
        #expect(RecordListingBody.find(listing, LineEvidenceCollector.collect(listing, site: nil))?.links.count == Self.records.count)
    }
}
