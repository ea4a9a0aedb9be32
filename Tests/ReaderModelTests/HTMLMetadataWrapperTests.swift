import Testing
@testable import ReaderModel

/// Metadata words mark a byline or dateline, which is a line: a small post wrapper whose
/// generated class names its author ("post author-admin") or whose id says "meta" holds the
/// story's paragraphs, and they are its body.
@Suite struct HTMLMetadataWrapperTests {
    @Test func shortPostInAnAuthorClassedWrapperIsBody() {
        let html = """
        <html><head><title>Gull season</title></head><body>
        <div id="content"><div class="hentry post author-editor">
        <h2 class="entry-title">Gull season</h2>
        <div class="entry-content"><p>The gulls came back to the pier this week.</p>
        <p>They nest on the old crane by the fish market.</p></div></div></div>
        </body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.contains("The gulls came back to the pier this week."))
        #expect(doc.paragraphs.contains("They nest on the old crane by the fish market."))
    }

    @Test func oneLineBylineIsStillMetadata() {
        let html = HTMLFixtures.page(inside: "<div class='article-byline'><p>By Ada Mersey</p></div>")
        let doc = HTMLFixtures.clean(html)
        #expect(!doc.paragraphs.contains("By Ada Mersey"))
        #expect(doc.byline == "Ada Mersey")
    }

    /// A blog template names each short post's box for its date and its writer
    /// ("entry_date", "entry_author_<name>"); the box holds the post's body box, which no byline does.
    private static func datedPost(_ date: String, _ writer: String, _ first: String, _ second: String) -> String {
        """
        <div class="log_entry_date"><h3 class="log_date">\(date)</h3>
        <h4 class="log_title"><a href="/notes/x.html">Harbour note</a></h4>
        <div class="log_entry log_entry_author_\(writer)">
        <div class="log_entry_body">\(first)<br /><br />
        \(second)</div>
        <div class="log_entryFooter">Posted at <a href="/notes/x.html">20:15</a></div>
        </div></div>
        """
    }

    @Test func shortPostsInsideDateAndAuthorNamedBoxesAreBody() {
        let html = """
        <html><head><title>Harbour notes</title></head><body><div id="main">
        \(Self.datedPost("Tuesday, March 4. 2025", "Anna-Berg", "The harbour lights were switched on again last night after the long repair.",
                         "Come down and see them before the fog rolls in."))
        \(Self.datedPost("Monday, March 3. 2025", "Tomas-Lind", "The winter ferry keeps its Sunday crossing until the end of April.",
                         "The early boat leaves twenty minutes later than last year."))
        \(Self.datedPost("Friday, February 28. 2025", "Anna-Berg", "The old net lofts on the east quay are open to visitors every Saturday.",
                         "Bring a warm coat, the lofts have no heating."))
        </div></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(doc.paragraphs.contains("The harbour lights were switched on again last night after the long repair."))
        #expect(doc.paragraphs.contains("The winter ferry keeps its Sunday crossing until the end of April."))
        #expect(doc.paragraphs.contains("Bring a warm coat, the lofts have no heating."))
    }

    /// A note named "post-text" inside a metadata box is no body box: the box stays a metadata line.
    @Test func metadataBoxAroundANoteIsStillMetadata() {
        let html = HTMLFixtures.page(inside: "<div class='entry-meta'><div class='post-text-note'>Filed under Harbour</div></div>")
        let doc = HTMLFixtures.clean(html)
        #expect(!doc.paragraphs.contains("Filed under Harbour"))
    }

    /// A share widget's "content" pane of buttons inside a dateline box is no post body: the box
    /// stays a metadata line, and its date is the article's.
    @Test func shareWidgetPaneInsideADatelineIsNoPostBody() {
        let html = """
        <html><head><title>Ferry timetable changes</title></head><body>
        <div class="post single"><h2>Ferry timetable changes</h2>
        <div class="meta"><div class="left">Filed as News on March 4, 2025 9:15 am</div>
        <div class="sociable"><div class="popup"><div class="content"><ul>
        <li><a href="/share?fb">Facebook</a></li><li><a href="/share?tw">Twitter</a></li></ul></div></div></div></div>
        <div class="entry"><p>The winter ferry keeps its Sunday crossing until the end of April, the harbour board said.</p>
        <p>The early boat leaves twenty minutes later than last year, to wait for the first train.</p></div>
        </div></body></html>
        """
        let doc = HTMLFixtures.clean(html)
        #expect(!doc.paragraphs.contains { $0.contains("Filed as News") })
        #expect(doc.published?.hasPrefix("2025-03-04") == true)
    }
}
