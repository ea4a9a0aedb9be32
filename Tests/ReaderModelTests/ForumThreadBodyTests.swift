import Testing
@testable import ReaderModel

/// Invented forum threads copied as text: every post opens with the poster's name and a dated
/// header, later posts quote earlier ones. The whole thread is the body, quotes included; an
/// article with a comment thread under it keeps only the article.
@Suite struct ForumThreadBodyTests: TextPageCleaning {

    static let posts: [(name: String, text: [String])] = [
        ("kettlebird", ["Has anyone here tried growing chillies on a north-facing windowsill through the winter?",
                        "Mine survived last year but never flowered, and I wonder whether a small lamp would help them along."]),
        ("Rowan_T", ["A lamp makes all the difference in my experience, even a cheap one left on for ten hours a day."]),
        ("mossyfence", ["I gave up on the windowsill and moved mine into the spare room where the radiator keeps the pots warm.",
                        "They flowered in February, which surprised everyone in the house."]),
        ("Pell", ["Warmth matters more than light until the first buds appear, or so the old gardener at our allotment always said."]),
        ("kettlebird", ["Thank you all, I will try the spare room and a lamp and report back in the spring."]),
    ]

    /// The thread as a select-all copy: a breadcrumb, the thread title, then each post under its header.
    /// A reply quotes the first post, so its lines occur twice on the page.
    static func thread() -> [String] {
        var page = ["Garden Talk Forum > Indoor growing > Winter chillies", "", "Pages: [1] 2 3", ""]
        for (k, post) in posts.enumerated() {
            page += [post.name, "0\(k + 1)-12-2025, \(k + 7):1\(k) PM"]
            if k == 2 { page += ["Originally posted by kettlebird"] + posts[0].text }
            page += post.text + [""]
        }
        page += ["Powered by an invented board engine", "Contact us - Privacy"]
        return page
    }

    @Test func wholeThreadIsTheBody() {
        let doc = clean(Self.thread())
        for post in Self.posts {
            for line in post.text { #expect(doc.paragraphs.contains(line), "missing: \(line)") }
        }
        // The quote inside the third post is kept where it stands.
        #expect(doc.paragraphs.filter { $0 == Self.posts[0].text[0] }.count == 2)
        #expect(!doc.paragraphs.contains("Contact us - Privacy"))
        let explained = doc.blocks.first { $0.text.hasPrefix("Has anyone here") }?.evidence ?? ""
        #expect(explained.contains("forum thread"))
    }

    @Test func articleWithCommentsIsNotAThread() {
        var page = ["Village hall reopens after the winter floods", ""]
        page += ["The village hall reopened on Saturday after three months of drying out, new flooring and a rewired kitchen paid for by a spring appeal.",
                 "",
                 "Volunteers worked most weekends since January, and the committee says the hall is now better prepared for the next high water than it has ever been.",
                 "",
                 "The first event back is the seed swap in March, followed by the quiz night that had to be cancelled in the autumn.",
                 "", "Comments", ""]
        for (k, post) in Self.posts.enumerated() {
            page += [post.name, "0\(k + 1)-12-2025, \(k + 7):1\(k) PM"] + post.text + ["Reply", ""]
        }
        let doc = clean(page)
        #expect(doc.paragraphs.first?.hasPrefix("The village hall reopened") == true)
        #expect(!doc.blocks.contains { $0.evidence?.contains("forum thread") == true })
    }

    /// A column of timed headlines above an article is a feed: no post holds a sentence.
    @Test func timedHeadlinesAreNotPosts() {
        var page: [String] = []
        for k in 0..<5 { page += ["Latest", "\(k + 9):0\(k) AM", "Harbour news item number \(k + 1)"] }
        page += ["", "The ferry timetable changes next week as the winter service begins, with two crossings fewer on weekdays and none after dark on Sundays.",
                 "", "The operator says the change follows a fall in passengers since the bridge opened, and that the summer service will return in May."]
        let doc = clean(page)
        #expect(!doc.blocks.contains { $0.evidence?.contains("forum thread") == true })
    }
}
