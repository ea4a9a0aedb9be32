import Testing
@testable import ReaderModel

/// A table-laid page sets its date, headline and byline as lines of their own `<font>`, each ended
/// by one `<br>` (`StyledLineBreak`); a break inside running text, between links, or before a long
/// styled paragraph stays a space.
@Suite struct HTMLStyledLineBreakTests {
    static let story = [
        "HOLLOW CREEK - The county library reopened its upstairs reading room on Monday after a winter of repairs to the leaking roof and the old radiators.",
        "Volunteers carried some four thousand books back up the narrow stairs over the weekend, shelving them by hand in the order the card catalogue expects.",
        "The head librarian said the room would keep its evening hours on Thursdays, when the local history society meets around the long oak table.",
    ]

    static func cell(header: String, footer: String = "") -> String {
        """
        <html><head><title>Hollow Creek Courier - Library reading room reopens</title></head><body>
        <table><tr><td valign="top">
        \(header)
        \(story.map { "<font size=\"3\">\($0)</font><br><br>" }.joined(separator: "\n"))
        </td></tr>\(footer)</table></body></html>
        """
    }

    static let styledHeader = """
        <font size="1">Monday, March 4, 2002</font><br>
        <font size="5"><b>Library reading room reopens</b></font><br>
        <font size="2"><i>By Irma Castell<br>Courier Staff Writer</i></font><br><br>
        """

    @Test func styledHeaderLinesComeApart() {
        let doc = HTMLFixtures.clean(Self.cell(header: Self.styledHeader))
        #expect(doc.paragraphs == Self.story)
        #expect(doc.title == "Library reading room reopens")
        #expect(doc.blocks.contains { $0.role == .byline && $0.text.hasPrefix("By Irma Castell") })
        #expect(doc.blocks.contains { $0.text == "Monday, March 4, 2002" && $0.role != .body })
    }

    @Test func breakInsideOneElementStaysASpace() {
        let doc = HTMLFixtures.clean(Self.cell(header: Self.styledHeader))
        // The byline's two lines sit in one <i>: one line of metadata.
        #expect(doc.blocks.contains { $0.text == "By Irma Castell Courier Staff Writer" })
    }

    @Test func hardWrappedProseStaysOneParagraph() {
        let wrapped = """
            <p>The reading room was first opened in <b>1911</b><br>by a gift from the mill owner, and<br><i>its</i> windows face the creek.</p>
            """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: wrapped))
        #expect(doc.paragraphs.contains("The reading room was first opened in 1911 by a gift from the mill owner, and its windows face the creek."))
    }

    @Test func longStyledRunAfterALabelStaysWithIt() {
        let labelled = """
            <p><strong>Later</strong><br><span>\(HTMLFixtures.prose[0]) \(HTMLFixtures.prose[1])</span><br></p>
            """
        let doc = HTMLFixtures.clean(HTMLFixtures.page(inside: labelled))
        #expect(doc.paragraphs.contains("Later \(HTMLFixtures.prose[0]) \(HTMLFixtures.prose[1])"))
    }

    @Test func linkedLinesStayOneList() {
        let html = Self.cell(header: Self.styledHeader + """
            <b>Other stories:</b><br><a href="/a">Bridge vote delayed again</a><br><a href="/b">Fair returns in June</a><br><br>
            """)
        let doc = HTMLFixtures.clean(html)
        #expect(doc.blocks.contains { $0.text == "Other stories: Bridge vote delayed again Fair returns in June" && $0.role == .removed })
    }

    /// A row of the layout table after the article's row, flagged by a copyright notice, is the
    /// table's footer, however long its joined lines run.
    @Test func footerRowAfterTheArticleRowGoes() {
        let footer = """
            <tr><td align="center"><font size="1">You are visitor number 000981<br>Copyright &copy; 2002 Hollow Creek Courier. All rights reserved.<br>This site looks best at 800 by 600 pixels</font></td></tr>
            """
        let doc = HTMLFixtures.clean(Self.cell(header: Self.styledHeader, footer: footer))
        #expect(doc.paragraphs == Self.story)
        #expect(doc.blocks.contains { $0.role == .removed && $0.text.hasPrefix("You are visitor") && ($0.evidence ?? "").contains("footer row") })
    }
}
