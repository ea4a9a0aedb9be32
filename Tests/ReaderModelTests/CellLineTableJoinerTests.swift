import Testing
@testable import ReaderModel

/// Invented articles whose data table was copied one cell a line without tabs: a run of short lines
/// of a fixed period under a header of labels, figures in the same cells of each row. The rows are
/// joined, tab-separated, and kept between the paragraphs; teaser lists and menus of short lines
/// between paragraphs are not tables.
@Suite struct CellLineTableJoinerTests: TextPageCleaning {
    static let intro = "The spring league closed on Sunday with three sides level on points going into the final round, and the title was settled only by goal difference in the last ten minutes."
    static let outro = "The two bottom clubs drop to the district division next season, while the winners of the cup play-off on Saturday take the last place in the league for the autumn."

    static let standings = [
        ["Club", "Played", "Won", "Points"],
        ["Harbour Rovers", "18", "12", "39"],
        ["Millbrook Athletic", "18", "11", "38"],
        ["Quarry Lane", "18", "11", "37"],
        ["Old Foundry", "18", "7", "24"],
        ["Kestrel Park", "18", "3", "11"],
    ]

    static func page(_ rows: [[String]], intro: String = intro, outro: String = outro, caption: [String] = []) -> [String] {
        ["Local sport", "", "Rovers take the spring title on goal difference", "", intro, ""]
            + caption + rows.flatMap { $0 } + ["", outro]
    }

    @Test func standingsTableIsKeptWithItsRowsTabSeparated() {
        let doc = clean(Self.page(Self.standings, caption: ["Final table"]))
        for row in Self.standings {
            #expect(doc.paragraphs.contains(row.joined(separator: "\t")))
        }
        #expect(doc.paragraphs.contains(Self.intro))
        #expect(doc.paragraphs.contains(Self.outro))
        #expect(doc.evidence(of: "Quarry Lane\t18\t11\t37").contains("a table row of 4 cells copied one a line without tabs"))
    }

    @Test func timetableOfTimesIsKept() {
        let intro = "From the first of June the valley line runs a reduced service on weekdays while the viaduct is repainted, and the last train of the evening leaves forty minutes earlier than before."
        let outro = "Passengers for the coast should change at the junction, where a bus replaces the branch train until the works on the viaduct are finished at the end of August."
        let rows = [
            ["Service", "Departs", "Arrives", "Platform"],
            ["Valley Stopper", "06:12", "07:05", "2"],
            ["Morning Express", "07:40", "08:18", "1"],
            ["Valley Stopper", "09:12", "10:05", "2"],
            ["Evening Express", "17:35", "18:14", "1"],
        ]
        let doc = clean(Self.page(rows, intro: intro, outro: outro))
        #expect(doc.paragraphs.contains("Morning Express\t07:40\t08:18\t1"))
        #expect(doc.paragraphs.contains("Service\tDeparts\tArrives\tPlatform"))
        #expect(doc.paragraphs.contains(outro))
    }

    /// An election result in Cyrillic: the labels are read by their shape, not their language.
    @Test func electionResultInCyrillicIsKept() {
        let intro = "Избирательная комиссия района в понедельник утром опубликовала окончательные итоги голосования по выборам в городской совет, явка составила чуть больше половины избирателей."
        let outro = "Новый состав совета соберётся на первое заседание через две недели, когда депутаты выберут председателя и утвердят бюджет города на следующий год."
        let rows = [
            ["Список", "Голоса", "Доля"],
            ["Зелёный берег", "4 812", "38,2 %"],
            ["Союз ремесленников", "3 307", "26,3 %"],
            ["Народный выбор", "2 115", "16,8 %"],
            ["Новая улица", "1 204", "9,6 %"],
        ]
        let doc = clean(Self.page(rows, intro: intro, outro: outro))
        #expect(doc.paragraphs.contains("Союз ремесленников\t3 307\t26,3 %"))
        #expect(doc.paragraphs.contains("Список\tГолоса\tДоля"))
        #expect(doc.paragraphs.contains(intro))
    }

    /// Teasers with a date each have a figure in a fixed place but no header of labels above them.
    @Test func teaserListWithDatesIsNoTable() {
        let teasers = [
            "Council approves the new cycle lane on Marsh Road", "12 May 2024", "By Iris Vane",
            "Library reopens after a year of repairs to its roof", "9 May 2024", "By Tom Reade",
            "Ferry timetable changes for the summer months", "3 May 2024", "By Iris Vane",
            "Bakery on the square celebrates fifty years", "28 April 2024", "By Lena Oduya",
        ]
        let text = (["Local sport", "", Self.intro, "", "More from the valley"] + teasers + ["", Self.outro]).joined(separator: "\n")
        let lines = LineSplitter.lines(of: text)
        #expect(CellLineTableJoiner.join(lines, in: text).count == lines.count)
    }

    /// A menu of short labels has no figure column; a card list repeats one cell in every card.
    @Test func menusAndCardsAreNoTables() {
        let menu = ["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel", "Opinion", "Obituaries",
                    "Letters", "Puzzles", "Podcasts", "Archive"]
        let cards = ["Team", "Result", "Link",
                     "Harbour Rovers", "won 2-1", "Read more",
                     "Quarry Lane", "drew 0-0", "Read more",
                     "Kestrel Park", "lost 0-3", "Read more"]
        for run in [menu, cards] {
            let text = ([Self.intro] + run + [Self.outro]).joined(separator: "\n")
            let lines = LineSplitter.lines(of: text)
            #expect(CellLineTableJoiner.join(lines, in: text).count == lines.count)
        }
    }

    @Test func headerShiftedByALineLosesToTheAlignedOne() {
        let text = ([Self.intro, "Final table"] + Self.standings.flatMap { $0 } + [Self.outro]).joined(separator: "\n")
        let lines = LineSplitter.lines(of: text)
        let run = 1..<(lines.count - 1)
        let figures = lines[run].map { CellLineTableJoiner.hasFigure($0.text) }
        #expect(CellLineTableJoiner.table(lines, run, figures: figures) == .init(header: 2, cells: 4, rows: 5))
        #expect(CellLineTableJoiner.hasFigure("٣٤") && CellLineTableJoiner.hasFigure("１２") && !CellLineTableJoiner.hasFigure("Club"))
    }
}
