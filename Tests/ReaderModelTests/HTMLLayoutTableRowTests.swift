import Testing
@testable import ReaderModel

/// An old table-laid page: the article's text as bare lines in one cell and a boxed side essay, part
/// of the same article, nested deep in the next cell. The row holding both is the article.
@Suite struct HTMLLayoutTableRowTests {
    static let main = [
        "Mill towns along the river grew quickly once the canal opened, and for a while every family had a weaver, a carter or a boatman in it.",
        "The canal carried coal in, cloth out, and news both ways, so the towns knew of prices in the port a day before the farms around them did.",
        "When the railway came, the canal trade fell away within ten years, and the mills that had no siding of their own closed one by one.",
    ]
    static let side = [
        "A common story says the mill children never went to school, but the parish records, read closely, say otherwise in most towns.",
        "Half-day schools, paid for by the larger mills, taught reading, sums and some geography, and the registers survive for many of them.",
        "Attendance was patchy, of course, and fell in busy seasons, yet by the end of the period most young weavers could sign their names.",
        "So the picture is mixed, rather than bleak, and it differs from town to town, from mill to mill, and from one decade to the next.",
    ]

    static func page() -> String {
        let nav = (1...5).map { "<a href='/t/\($0)'>Topic \($0)</a><br>" }.joined()
        let box = side.map { "\($0)<br><br>" }.joined()
        return """
        <html><head><title>River mills</title></head><body><table><tr>
        <td>\(nav)</td>
        <td><b>River mills</b><br><br>\(main.map { "\($0)<br><br>" }.joined())</td>
        <td><table><tr><td><table><tr><td><b>The schooling question</b></td></tr>
        <tr><td>\(box)</td></tr></table></td></tr></table></td>
        </tr></table></body></html>
        """
    }

    @Test func theRowHoldsTheTextAndTheSideEssay() {
        let doc = HTMLFixtures.clean(Self.page())
        for line in Self.main + Self.side { #expect(doc.paragraphs.contains(line)) }
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains("layout table") })
        #expect(!doc.paragraphs.contains { $0.contains("Topic 1") })
    }
}
