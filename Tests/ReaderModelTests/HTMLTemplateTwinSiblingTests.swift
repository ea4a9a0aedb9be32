import Testing
@testable import ReaderModel

/// An old club site's news front: each day's items in a bare `<table>` of its own, the day's date
/// in a small table before it, no class anywhere. The day tables the template repeats join the one
/// that scored, with the date lines between them; a plainer table beside them does not.
@Suite struct HTMLTemplateTwinSiblingTests {
    static let days: [(date: String, items: [(title: String, paragraphs: [String])])] = [
        ("Monday, 3 March", [("Lantern walk moved indoors", [
            "The club's spring lantern walk will meet in the old library this year, since the river path is closed for repairs until May, and the council has not yet said when it will open again.",
            "Bring your own lantern, and a flask if you like; the caretaker has promised to leave the heating on until nine, and there will be soup, bread, and cake for anyone who stays to help clear up.",
            "Members who cannot make the evening can join the short walk on Sunday morning instead, which starts at the bridge, follows the canal, and ends at the cafe by the lock.",
        ])]),
        ("Sunday, 2 March", [
            ("Minutes of the winter meeting", ["Twelve members came to the winter meeting, which voted to keep the fee where it is."]),
            ("Lost and found", ["A blue scarf and one walking pole were left in the hut."]),
        ]),
        ("Friday, 28 February", [("Hut roof fixed", [
            "The roof over the hut's back room no longer leaks after the repair, and the builder says the gutters should last another twenty winters if we clear them each autumn.",
        ])]),
        ("Thursday, 27 February", [
            ("Birdwatching notes", ["Members on the marsh walk counted forty-one kinds of bird."]),
            ("Maps for sale", ["The new walking maps are on sale at the hut for a small sum."]),
        ]),
    ]

    static let plainNote = "The hut is open on Saturdays from ten until four in the winter months and until six in summer. Keys are kept by the secretary and by two of the walk leaders, who take turns to open up."

    static func item(_ title: String, _ paragraphs: [String]) -> String {
        "<table><tr><td></td><td></td></tr><tr><td></td><td><a href='/story/\(title.count)'>\(title)</a> [ <a href='/c'>Comment</a> ]<br>"
            + paragraphs.joined(separator: "<br><br>") + "<br><i>-- posted by the secretary</i></td></tr></table>"
    }

    static func page(after: String = "") -> String {
        let center = days.map { day in
            "<p><table><tr><td><b>\(day.date)</b></td></tr></table><br><table><tr><td>"
                + day.items.map { item($0.title, $0.paragraphs) }.joined(separator: "<br>") + "</td></tr></table>\n"
        }.joined()
        let nav = (1...8).map { "<a href='/s/\($0)'>Section \($0)</a><br>" }.joined()
        let foot = (1...6).map { "<a href='/f/\($0)'>Footer link \($0)</a>" }.joined(separator: " | ")
        return """
        <html><head><title>Riverside Walkers - News</title></head><body>
        <table><tr><td>\(nav)</td><td><center>\(center)\(after)</center></td></tr></table><table><tr><td>\(foot)</td></tr></table></body></html>
        """
    }

    @Test func everyDayTableOfTheTemplateJoins() {
        let doc = HTMLFixtures.clean(Self.page())
        let text = doc.paragraphs.joined(separator: "\n")
        for day in Self.days {
            for item in day.items {
                for paragraph in item.paragraphs { #expect(text.contains(paragraph)) }
            }
        }
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains(TemplateTwinSibling.evidence) })
        #expect(!text.contains("Footer link"))
        #expect(!text.contains("Section 1"))
    }

    @Test func dateLinesBetweenTheDaysJoin() {
        let doc = HTMLFixtures.clean(Self.page())
        for date in ["Sunday, 2 March", "Friday, 28 February", "Thursday, 27 February"] {
            #expect(doc.paragraphs.contains(date))
            #expect(doc.blocks.contains { $0.text == date && ($0.evidence ?? "").contains(TemplateTwinSibling.gapEvidence) })
        }
    }

    @Test func aPlainerTableBesideTheDaysStaysOut() {
        let doc = HTMLFixtures.clean(Self.page(after: "<table><tr><td>\(Self.plainNote)</td></tr></table>"))
        #expect(!doc.paragraphs.contains(Self.plainNote))
    }

    @Test func shapeNeedsEnoughBlockElements() {
        let plain = HTMLDocument.parse("<html><body><table><tr><td>One cell only, with some words in it.</td></tr></table></body></html>")
        let table = plain.nodes.firstIndex { $0.tag == "table" }!
        #expect(TemplateTwinSibling.shape(of: table, nodes: plain.nodes) == nil)
        let twins = HTMLDocument.parse("<html><body><div>" + Self.item("First", ["A line."]) + Self.item("Second", ["Another line, longer than the first."])
            + "</div></body></html>")
        let tables = twins.nodes.indices.filter { twins.nodes[$0].tag == "table" }
        // Each item table alone has six block elements below it (two rows of two cells): short of a template's shape.
        #expect(TemplateTwinSibling.shape(of: tables[0], nodes: twins.nodes) == nil)
        let days = HTMLDocument.parse("<html><body><center><table><tr><td>" + Self.item("First", ["A line."]) + "</td></tr></table>"
            + "<table><tr><td>" + Self.item("Second", ["Another line, longer."]) + Self.item("Third", ["More."]) + "</td></tr></table></center></body></html>")
        let outer = days.nodes.indices.filter { days.nodes[$0].tag == "table" && days.nodes[days.nodes[$0].parent].tag == "center" }
        #expect(outer.count == 2)
        #expect(TemplateTwinSibling.shape(of: outer[0], nodes: days.nodes) != nil)
        #expect(TemplateTwinSibling.shape(of: outer[0], nodes: days.nodes) == TemplateTwinSibling.shape(of: outer[1], nodes: days.nodes))
    }
}
