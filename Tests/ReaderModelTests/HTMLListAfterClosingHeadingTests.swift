import Testing
@testable import ReaderModel

/// The article's closing heading and its list split apart by the template: the chosen element ends
/// on "What can volunteers do?" and the list after it holds the answer, item by item.
@Suite struct HTMLListAfterClosingHeadingTests {
    static let items = [
        "Walk the north shore path once a week and note any fallen fences.",
        "Count the nesting terns on the shingle bank in May and June.",
        "Help at the visitor hut on summer weekends when the ferry runs.",
        "Clear litter from the dunes after the spring storms have passed.",
    ]

    static func page(heading: String, list: String) -> String {
        """
        <html><head><title>Island volunteers</title></head><body>
        <div class='wrap'>
        <div>\(HTMLFixtures.paragraphs())<h3>\(heading)</h3></div>
        \(list)
        </div>
        </body></html>
        """
    }

    static func list(_ items: [String], linked: Bool = false) -> String {
        "<ul>" + items.map { "<li><div>" + (linked ? "<a href='/x'>\($0)</a>" : $0) + "</div></li>" }.joined() + "</ul>"
    }

    @Test func plainListAfterAQuestionHeadingIsKept() {
        let doc = HTMLFixtures.clean(Self.page(heading: "What can volunteers do?", list: Self.list(Self.items)))
        #expect(doc.paragraphs == HTMLFixtures.prose + ["What can volunteers do?"] + Self.items)
    }

    @Test func linkedListStaysOut() {
        let doc = HTMLFixtures.clean(Self.page(heading: "Related stories:", list: Self.list(Self.items, linked: true)))
        #expect(!doc.paragraphs.contains(Self.items[0]))
    }

    @Test func listOfLabelsStaysOut() {
        let doc = HTMLFixtures.clean(Self.page(heading: "Share this:", list: Self.list(["Mail", "Print", "Post", "Save"])))
        #expect(!doc.paragraphs.contains("Mail"))
    }
}
