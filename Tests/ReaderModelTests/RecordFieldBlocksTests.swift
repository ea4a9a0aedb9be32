import Testing
@testable import ReaderModel

/// Invented catalogue pages copied as text: each record is a block of labelled lines (the same
/// labels record after record) around a paragraph of summary. The fields whose values recur
/// ("Language: English") stay with their records; a lone "See also:" line above a section, or a
/// contact box's two labelled lines, makes no record.
@Suite struct RecordFieldBlocksTests {
    func clean(_ lines: [String]) -> Document {
        Cleaner().clean(Article(source: "c.txt", format: .text, text: lines.joined(separator: "\n")))
    }

    static let records: [(id: String, title: String, author: String, year: String, kind: String, summary: String)] = [
        ("RX-1041", "Title: Growing Beans on Terraced Slopes.", "Author: Marlow, Edith", "Year: 1994", "Kind: Field report",
         "A three-year survey of hillside farms in the valley found that narrow terraces kept more water in the soil and gave steadier bean harvests than the broad fields below them."),
        ("RX-1107", "Title: Schoolyard Gardens and Lunch Habits.", "Author: Pell, Jonah; Ostrow, Mina", "Year: 1996", "Kind: Field report",
         "Children at four primary schools who tended a small garden plot chose vegetables at lunch more often by the end of the year, though the change faded over the summer holidays."),
        ("RX-1212", "Title: Rainwater Barrels in Town Allotments.", "Author: Quist, Harold", "Year: 1996", "Kind: Survey",
         "Allotment holders who collected rain from shed roofs used a third less tap water, and most said the barrels paid for themselves within two growing seasons."),
        ("RX-1300", "Title: Seed Swaps as Village Institutions.", "Author: Marlow, Edith", "Year: 1998", "Kind: Field report",
         "Seed swaps held in church halls and libraries kept old local varieties in circulation and drew gardeners who had never joined the formal growers' clubs."),
    ]

    /// A catalogue's search results: a header, then each record's labelled block, its summary and
    /// its subject line.
    static func cataloguePage() -> [String] {
        var page = ["Catalogue home | Search | Help", "", "Garden research index", "", "Search results for allotments, 1990-1999", ""]
        for record in records {
            page += [record.id, record.title, record.author, record.year, "Language: English", record.kind, "",
                     record.summary, "", "Subjects: Gardening; Food; Local history", "Access: Reading room only", ""]
        }
        page += ["About the index | Contact the librarian"]
        return page
    }

    @Test func recurringFieldsStayWithTheirRecords() {
        let doc = clean(Self.cataloguePage())
        for record in Self.records {
            #expect(doc.paragraphs.contains(record.summary), "missing: \(record.summary)")
        }
        for record in Self.records.dropFirst() {
            #expect(doc.paragraphs.contains(record.title), "missing: \(record.title)")
            #expect(doc.paragraphs.contains(record.kind), "missing: \(record.kind)")
        }
        // "Language: English" repeats word for word in every record and is still one of its fields.
        #expect(doc.paragraphs.filter { $0 == "Language: English" }.count >= 3)
        #expect(!doc.paragraphs.contains("About the index | Contact the librarian"))
        let explained = doc.blocks.first { $0.text == "Language: English" && $0.role == .body }?.evidence ?? ""
        #expect(explained.contains("field of a record"))
    }

    @Test func blocksNeedThreeSharedLabels() {
        // Address boxes under each section: two labels only ("Phone:", "Email:") make no records.
        let lines = ["Phone: 555 0101", "Email: desk@example.org", "x", "Phone: 555 0102", "Email: yard@example.org", "y",
                     "Phone: 555 0103", "Email: shop@example.org"].map { $0 }
        let text = lines.joined(separator: "\n")
        let textLines = LineSplitter.lines(of: text)
        var evidence = LineEvidenceCollector.collect(textLines, site: nil)
        for i in evidence.indices { evidence[i].noise = .repeated; evidence[i].noiseSource = .repeatedInPage(3) }
        RecordFieldBlocks.keep(textLines, &evidence, body: 0..<textLines.count)
        #expect(evidence.allSatisfy { $0.noise == .repeated })
    }

    @Test func loneLabelledLinesAreNoBlocks() {
        // "See also:" and "Main entry:" lines each stand alone above a paragraph: no block of fields.
        var page: [String] = []
        for k in 0..<4 {
            page += ["See also: Terraces \(k)", "The valley's farms were cut into the hillside over many generations, and each family kept its own walls in repair.",
                     "Main entry: Beans \(k)", "Beans were sown after the last frost and picked through the late summer by the whole household.",
                     "Note: revised \(k)", "The survey's figures were checked against the parish records kept in the town hall."]
        }
        let textLines = LineSplitter.lines(of: page.joined(separator: "\n"))
        var evidence = LineEvidenceCollector.collect(textLines, site: nil)
        for i in evidence.indices where RecordFieldLabels.label(textLines[i].text) != nil {
            evidence[i].noise = .fragment
        }
        RecordFieldBlocks.keep(textLines, &evidence, body: 0..<textLines.count)
        #expect(RecordFieldBlocks.labelledBlocks(textLines, body: 0..<textLines.count).isEmpty)
        #expect(evidence.indices.allSatisfy { RecordFieldLabels.label(textLines[$0].text) == nil || evidence[$0].noise == .fragment })
    }

    @Test func vocabularyNoiseInsideABlockStands() {
        // A share line glued to a record keeps its vocabulary label.
        var page: [String] = []
        for k in 0..<3 {
            page += ["Record \(k)", "Title: Report \(k)", "Author: Someone \(k)", "Year: 199\(k)", "Share: Email this record"]
        }
        let textLines = LineSplitter.lines(of: page.joined(separator: "\n"))
        var evidence = LineEvidenceCollector.collect(textLines, site: nil)
        for i in evidence.indices where textLines[i].text.hasPrefix("Share") {
            evidence[i].noise = .social
            evidence[i].noiseSource = .vocabulary
        }
        RecordFieldBlocks.keep(textLines, &evidence, body: 0..<textLines.count)
        for i in evidence.indices where textLines[i].text.hasPrefix("Share") { #expect(evidence[i].noise == .social) }
        #expect(evidence.indices.contains { textLines[$0].text.hasPrefix("Year") && evidence[$0].keptNote?.contains("field of a record") == true })
    }

    @Test func forumProfileBlocksAreNoRecords() {
        // Each post of a thread carries its poster's profile: the same labels post after post.
        var page: [String] = []
        for k in 0..<4 {
            page += ["gardener\(k)", "Joined: March 0\(k + 1), 2003", "Posts: \(120 + k)", "From: Hill farm \(k)",
                     "We tried the narrow terraces on our slope this year and the beans did far better than on the flat."]
        }
        let textLines = LineSplitter.lines(of: page.joined(separator: "\n"))
        var evidence = LineEvidenceCollector.collect(textLines, site: nil)
        for i in evidence.indices {
            evidence[i].keptNote = ForumThreadBody.evidence + ", 4 posts"
            if RecordFieldLabels.label(textLines[i].text) != nil { evidence[i].noise = .repeated; evidence[i].noiseSource = .repeatedInPage(4) }
        }
        RecordFieldBlocks.keep(textLines, &evidence, body: 0..<textLines.count)
        #expect(evidence.indices.allSatisfy { RecordFieldLabels.label(textLines[$0].text) == nil || evidence[$0].noise == .repeated })
    }
}
