import Testing
@testable import ReaderModel

/// A list between the article's paragraphs whose linked items each carry words of their own (a
/// time, a figure) and one of which the article keeps goes back into the article whole; a list with
/// a bare link, or one that ends the article, stays a box of links.
@Suite struct HTMLTailedListItemsTests {
    static let lead = "We timed each saw on the same oak plank, and the results surprised the whole crew."
    static let linked = [
        "Why the old bow saw still earns its hook in the shed",
        "A crosscut saw inherited from a grandfather who never oiled it",
        "The cordless circular saw that everyone borrowed and nobody returned",
        "A Japanese pull saw bought on a whim at the county fair last spring",
    ]
    static let minutes = ["14", "11", "6", "8"]
    static let keptItem = "Jigsaw, with the fine blade after two false starts – 9 min"

    /// The list; `bareFirst` leaves the first item's link without words of its own.
    static func list(bareFirst: Bool = false) -> String {
        let items = zip(linked, minutes).enumerated().map { i, pair in
            "<li><a href=\"/saw/\(i)\">\(pair.0)</a>\(bareFirst && i == 0 ? "" : " – \(pair.1) min")</li>"
        }
        return "<p>\(lead)</p><ul>\(items.joined())<li><a href=\"/saw/j\">Jigsaw</a>, with the fine blade after two false starts – 9 min</li></ul>"
    }

    static func expectedItems() -> [String] {
        zip(linked, minutes).map { "\($0) – \($1) min" }
    }

    @Test func listBetweenParagraphsIsKept() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.list()))
        for item in Self.expectedItems() { #expect(doc.paragraphs.contains(item), "\(item)") }
        let first = doc.paragraphs.firstIndex(of: Self.expectedItems()[0])
        let kept = doc.paragraphs.firstIndex(of: Self.keptItem)
        #expect(first != nil && kept != nil && first! < kept!)
        let block = doc.blocks.first { $0.text == Self.expectedItems()[1] }
        #expect(block?.evidence == TailedListItems.evidence)
    }

    @Test func bareLinkKeepsTheListOut() {
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: Self.list(bareFirst: true)))
        #expect(!doc.paragraphs.contains(Self.linked[0]))
        #expect(!doc.paragraphs.contains(Self.expectedItems()[1]))
    }

    @Test func listEndingTheArticleStaysOut() {
        let html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
        <article><h1>Marrow Bay votes to rebuild the ferry pier</h1>
        \(HTMLFixtures.paragraphs())
        \(Self.list())
        </article></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(!doc.paragraphs.contains(Self.expectedItems()[1]))
    }

    @Test func shapeAlone() {
        // Nodes: 0 body, 1 p (kept), 2 ul, 3 li, 4 li, 5 li, 6 p (kept) — a flat stand-in tree.
        var nodes = [("body", -1), ("p", 0), ("ul", 0), ("li", 2), ("li", 2), ("li", 2), ("p", 0)].map { HTMLNode(tag: $0.0, parent: $0.1) }
        nodes[0].firstChild = 1
        nodes[2].firstChild = 3
        for (node, next) in [(1, 2), (2, 6), (3, 4), (4, 5)] { nodes[node].nextSibling = next }
        let removed = [(node: 3, length: 40, linkLength: 30), (node: 4, length: 40, linkLength: 32)]
        #expect(TailedListItems.restored(removed, kept: [1, 5, 6], nodes: nodes) == [true, true])
        #expect(TailedListItems.restored(removed, kept: [1, 6], nodes: nodes) == [false, false])
        let bare = [(node: 3, length: 40, linkLength: 38), (node: 4, length: 40, linkLength: 32)]
        #expect(TailedListItems.restored(bare, kept: [1, 5, 6], nodes: nodes) == [false, false])
    }
}
