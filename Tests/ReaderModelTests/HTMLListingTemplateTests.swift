import Testing
@testable import ReaderModel

/// Listings and old table layouts: items a template numbers, a listing split across table rows,
/// and the opening of a text above the table its middle is boxed in.
@Suite struct HTMLListingTemplateTests {
    @Test func templateNumberedNamesShareAKey() {
        #expect(TemplateNumberedName.key("list_ctl04_blurb") == "list_ctl_blurb")
        #expect(TemplateNumberedName.key("blurb") == nil)
        #expect(TemplateNumberedName.key("row3 teaser") == TemplateNumberedName.key("row12 teaser"))
        #expect(TemplateNumberedName.key("row3 teaser") != TemplateNumberedName.key("row3 promo"))
    }

    /// A page of listed offers: each offer's summary sits in a box its template numbers and names
    /// "teaser"; one summary is long enough to be lifted as prose, the others follow it.
    static let listing = """
        <!DOCTYPE html><html><head><title>Rooms to let in the valley</title></head><body>
        <div class='menu'><a href='/'>Home</a> <a href='/rooms'>Rooms</a> <a href='/help'>Help</a></div>
        <table class='offers'>
        <tr class='odd'><td><a id='offer_1_title' href='/o/1'>Attic room above the bakery</a>
          <div id='offer_1_teaser'>A bright attic room with a sloping ceiling, its own washbasin and a view of the river, let by the month to a quiet tenant who does not mind the smell of bread at dawn or the ovens running late on Fridays.</div></td>
          <td id='offer_1_town'>Millbrook</td><td><span id='offer_1_age'>Two days old</span></td></tr>
        <tr class='even'><td><a id='offer_2_title' href='/o/2'>Garden flat near the station</a>
          <div id='offer_2_teaser'>Ground floor flat with a small garden, shared laundry, bicycles welcome, ten minutes on foot from the station, bills included.</div></td>
          <td id='offer_2_town'>Millbrook</td><td><span id='offer_2_age'>Two days old</span></td></tr>
        <tr class='odd'><td><a id='offer_3_title' href='/o/3'>Room in a shared farmhouse</a>
          <div id='offer_3_teaser'>Large room in an old farmhouse shared with two gardeners, meals optional, a dog on the premises, no smoking indoors please.</div></td>
          <td id='offer_3_town'>Eastfield</td><td><span id='offer_3_age'>Two days old</span></td></tr>
        </table>
        </body></html>
        """

    @Test func numberedTeaserBoxesOfAListingStayWithTheLongOne() {
        let doc = HTMLFixtures.clean(Self.listing)
        #expect(doc.paragraphs.contains { $0.contains("A bright attic room") })
        #expect(doc.paragraphs.contains { $0.contains("Ground floor flat with a small garden") })
        #expect(doc.paragraphs.contains { $0.contains("Large room in an old farmhouse") })
        #expect(!doc.paragraphs.contains { $0.contains("Help") })
    }

    /// Numbered teasers after a story, none of them long enough to be prose: still furniture.
    @Test func numberedShortTeasersAfterAStoryStayRemoved() {
        let teasers = (1...3).map { "<div id='more_\($0)_teaser'><a href='/s/\($0)'>Another story number \($0)</a> A short summary of it.</div>" }.joined()
        let page = HTMLFixtures.page(outside: teasers)
        let doc = HTMLFixtures.clean(page)
        #expect(!doc.paragraphs.contains { $0.contains("A short summary of it") })
    }

    /// A list of sections cut in two by a short jump link, each half in a box of the same class in
    /// its own row of a layout table.
    static let splitList = """
        <!DOCTYPE html><html><head><title>Beekeeping topics</title></head><body>
        <table>
        <tr><td><a href='/'>Home</a> <a href='/shop'>Shop</a> <a href='/forum'>Forum</a> <a href='/about'>About us</a></td></tr>
        <tr><td id='first'><h2>Sections</h2><div class='sections'>
          <p><a href='/s/hives'>Hives and frames (12)</a><br>How to choose a hive, which wood lasts, how frames are wired, and why the spacing between them matters so much to the colony.</p>
          <p><a href='/s/swarms'>Swarms (7)</a><br>What a swarm is, why colonies split in late spring, and how a beekeeper can collect one safely from a hedge or a fence post.</p>
        </div></td></tr>
        <tr><td><a href='#more'>More sections below</a></td></tr>
        <tr><td id='second'><h2>Sections</h2><div class='sections'>
          <p><a href='/s/honey'>Honey (9)</a><br>Extracting, filtering and jarring honey, with notes on crystallisation, on labels, and on the rules for selling at a market stall.</p>
          <p><a href='/s/winter'>Wintering (5)</a><br>Keeping a colony alive through the cold months: insulation, feeding with fondant, ventilation, and checking the weight of the hive without opening it.</p>
          <p><a href='/s/pests'>Pests (8)</a><br>Mites, moths and wasps: how to recognise each, how to count mites on a board, and which treatments suit which season of the beekeeping year.</p>
          <p><a href='/s/plants'>Plants for bees (6)</a><br>Trees, shrubs and flowers that feed bees from early spring to autumn, and how to plan a garden so that something is always in bloom for them.</p>
        </div></td></tr>
        <tr><td><a href='/privacy'>Privacy</a> | <a href='/terms'>Terms of use</a> | <a href='/contact'>Contact the editors of the site</a></td></tr>
        </table>
        </body></html>
        """

    @Test func aListingSplitAcrossRowsByAJumpLinkIsOneListing() {
        let doc = HTMLFixtures.clean(Self.splitList)
        #expect(doc.paragraphs.contains { $0.contains("How to choose a hive") })
        #expect(doc.paragraphs.contains { $0.contains("What a swarm is") })
        #expect(doc.paragraphs.contains { $0.contains("Extracting, filtering") })
        #expect(!doc.paragraphs.contains { $0.contains("More sections below") })
        #expect(!doc.paragraphs.contains { $0.contains("Terms of use") || $0.contains("Forum") })
    }

    /// The same jump link before a row of other prose (a different box): the walk stops there.
    @Test func aJumpLinkBeforeAnotherBoxStillEndsTheArticle() {
        let page = Self.splitList.replacingOccurrences(of: "<tr><td id='first'><h2>Sections</h2><div class='sections'>",
                                                       with: "<tr><td id='first'><h2>Sections</h2><div class='adverts'>")
        let doc = HTMLFixtures.clean(page)
        #expect(doc.paragraphs.contains { $0.contains("Extracting, filtering") })
        #expect(!doc.paragraphs.contains { $0.contains("How to choose a hive") })
    }

    /// A sales letter on an old page: a heading and two short lists open it in the layout cell,
    /// and its middle is boxed in a nested table whose paragraphs win.
    static let boxedMiddle = """
        <!DOCTYPE html><html><head><title>Window cleaning for shops</title></head><body>
        <table><tr><td class='left'><a href='/'>Home</a><br><a href='/prices'>Prices</a><br><a href='/area'>Area we cover</a><br><a href='/contact'>Contact</a></td>
        <td>
          <h2>Clean windows bring customers in, and we clean them before you open.</h2>
          <p><b>Your windows will be</b><ul><li>Spotless</li><li>Streak free</li><li>Done before nine</li></ul>
          <p><b>We manage this with:</b><ol><li>Pure water poles</li><li>Two person teams</li></ol>
          <div><center><table border='1'><tr><td>
            <p>Most window cleaners arrive when it suits them, leave a ladder against your door, and drip water over the display while your first customers try to get in.</p>
            <p>We work from a rota agreed with you, start at six, and are gone before the shutters go up, so the glass is dry and clear when the first customer looks in.</p>
            <p>Every visit ends with a check of the frames and sills, and a note through the letterbox if anything needs a repair, whether or not we are the ones to do it.</p>
          </td></tr></table></center></div>
        </td></tr></table>
        </body></html>
        """

    @Test func theOpeningAboveABoxedTableJoinsIt() {
        let doc = HTMLFixtures.clean(Self.boxedMiddle)
        #expect(doc.paragraphs.contains { $0.hasPrefix("Most window cleaners arrive") })
        #expect(doc.paragraphs.contains { $0.hasPrefix("Clean windows bring customers in") })
        #expect(doc.paragraphs.contains("Streak free"))
        #expect(!doc.paragraphs.contains { $0.contains("Area we cover") })
    }

    /// The same cell with a menu of links above the box: the cell is no opening of the text.
    @Test func aLinkedMenuAboveTheBoxIsNoOpening() {
        let menu = "<p>" + (1...8).map { "<a href='/p\($0)'>Service page number \($0)</a>" }.joined(separator: " ") + "</p>"
        let page = Self.boxedMiddle.replacingOccurrences(of: "<p><b>We manage this with:</b>", with: menu + "<p><b>We manage this with:</b>")
        let doc = HTMLFixtures.clean(page)
        #expect(doc.paragraphs.contains { $0.hasPrefix("Most window cleaners arrive") })
        #expect(!doc.paragraphs.contains("Streak free"))
    }

    /// A word processor's export marks list bullets with downlevel-revealed conditional comments;
    /// the markers are no text, the bullet between them is.
    @Test func conditionalCommentMarkersAreNoText() {
        let items = HTMLFixtures.prose.map { "<p class=MsoList><![if !supportLists]>- <![endif]>\($0)</p>" }.joined()
        let doc = HTMLFixtures.clean("<!DOCTYPE html><html><head><title>Pier</title></head><body><div>\(items)</div></body></html>")
        #expect(doc.paragraphs.contains { $0.contains("The town council of Marrow Bay") })
        #expect(!doc.paragraphs.contains { $0.contains("supportLists") || $0.contains("endif") })
        let raw = Array("a<![if !x]>b<![endif]>c<![CDATA[d]]>".utf8)
        let stripped = raw.withUnsafeBufferPointer { RawTextStripper.strip($0) }
        #expect(stripped.map { String(decoding: $0, as: UTF8.self) } == "abc<![CDATA[d]]>")
    }
}
