import Testing
@testable import ReaderModel

/// Invented pages whose reader comments outweigh a short article: the article wins, the thread is
/// removed as comments and `--explain` names the comment thread.
@Suite struct CommentThreadTests: TextPageCleaning {
    static let article = [
        "Lighthouse keeper's cottage opens as a small museum",
        "",
        "By Morwenna Example, June 3, 2024",
        "",
        "The cottage beside the old north lighthouse opened to visitors on Saturday after two years of careful repair by volunteers from the village.",
        "",
        "Its three rooms now hold the keeper's logbooks, a brass foghorn and letters written to the mainland during the long winter of 1911.",
        "",
        "The trust that runs it hopes the museum will bring walkers to the headland outside the busy summer months.",
    ]

    static let paragraphs = Array(article[4...].filter { !$0.isEmpty })

    /// One comment: its author line, its text and the action bar, in the layout of the page's theme.
    static func wordpressComment(_ name: String, _ day: Int, _ text: [String]) -> [String] {
        ["", "\(name) says:", "June \(day), 2024 at \(day % 12 + 1):15 pm", ""] + text.flatMap { [$0, ""] } + ["Reply"]
    }

    static let commentTexts = [
        ["My grandmother used to walk out to the lighthouse every Sunday with a basket of bread for the keeper and his family, and she always said the foghorn kept her awake on winter nights."],
        ["We visited last weekend with the children and they loved the logbooks. The volunteer who showed us round knew the story of every storm written in them, and we stayed far longer than we planned."],
        ["It is wonderful to see the cottage saved at last.", "I remember when the roof was falling in and nobody thought it would ever be repaired, so well done to everyone who gave their time to it."],
        ["Does anyone know whether the museum will be open on weekday mornings in the autumn? We are hoping to come up from the city for a few days in October and would love to see it."],
        ["The letters from 1911 sound fascinating. I hope the trust puts some of them online for those of us who live too far away to make the journey to the headland."],
    ]

    @Test func wordpressThreadLongerThanTheArticle() {
        var page = Self.article + ["", "5 Comments"]
        for (k, text) in Self.commentTexts.enumerated() {
            page += Self.wordpressComment(["Alys Example", "Tomasz", "harbourwatcher", "Pip R.", "Jean-Luc Sample"][k], 4 + k, text)
        }
        page += ["", "Leave a Reply", "Your email address will not be published."]
        let doc = clean(page)
        #expect(doc.paragraphs == Self.paragraphs)
        #expect(doc.title == "Lighthouse keeper's cottage opens as a small museum")
        let explained = doc.blocks.filter { $0.text.hasPrefix("My grandmother") }.first?.evidence ?? ""
        #expect(explained.contains("comment thread"))
    }

    @Test func dashDatedHeadersClosedByReply() {
        var page = Self.article + ["", "Comments"]
        for (k, text) in Self.commentTexts.enumerated() {
            page += ["", "Reader\(k + 1) — June \(5 + k)th, 2024, 6:\(10 + k) pm", ""] + text.flatMap { [$0, ""] } + ["Reply"]
        }
        let doc = clean(page)
        #expect(doc.paragraphs == Self.paragraphs)
        #expect(doc.removed.contains { $0.reason == .comments && $0.text.hasPrefix("We visited") })
    }

    @Test func relativeTimeHeadersWithActionBars() {
        var page = Self.article
        for (k, text) in Self.commentTexts.enumerated() {
            page += ["", "reader_\(k) • \(k + 2) days ago"] + text + ["Like · Reply · Report"]
        }
        let doc = clean(page)
        #expect(doc.paragraphs == Self.paragraphs)
    }

    @Test func lastCommentWithoutActionLineIsStillAComment() {
        var page = Self.article
        for (k, text) in Self.commentTexts.prefix(3).enumerated() {
            page += ["", "Reader\(k) — June \(5 + k)th, 2024, 6:1\(k) pm", ""] + text + ["Reply"]
        }
        page += ["", "Last Reader — June 9th, 2024, 8:40 pm", ""] + Self.commentTexts[3] + Self.commentTexts[4]
        let doc = clean(page)
        #expect(doc.paragraphs == Self.paragraphs)
    }

    /// An article that quotes people ("Someone wrote:") without dates or reply buttons keeps them.
    @Test func quotedLettersInAnArticleAreNotAThread() {
        var page = Self.article
        for (k, text) in Self.commentTexts.prefix(4).enumerated() {
            page += ["", ["A reader", "Another reader", "A visitor", "A neighbour"][k] + " wrote:", ""] + text
        }
        let doc = clean(page)
        #expect(doc.paragraphs.contains { $0.hasPrefix("My grandmother") })
        #expect(!doc.removed.contains { $0.reason == .comments })
    }

    /// Timestamped updates of a live article are not comment headers: nothing closes them with a reply line.
    @Test func timestampedUpdatesAreNotAThread() {
        var page = Self.article
        for (k, text) in Self.commentTexts.prefix(4).enumerated() {
            page += ["", "Update, June 3, 2024 at \(k + 2):30 pm", ""] + text
        }
        let doc = clean(page)
        #expect(!doc.removed.contains { $0.reason == .comments })
    }

    /// Comments with no reply button: "Name on June 5, 2024 at 6:10 pm" headers, a few lines apart.
    @Test func namedTimedHeadersWithoutActionLines() {
        var page = Self.article
        for (k, text) in Self.commentTexts.enumerated() {
            page += ["", ["Alys", "Tomasz K", "harbourwatcher", "Pip", "Jean-Luc"][k] + " on June \(5 + k), 2024 at 6:1\(k) pm", ""]
                + text.flatMap { [$0, ""] }
        }
        let doc = clean(page)
        #expect(doc.paragraphs == Self.paragraphs)
        #expect(doc.removed.contains { $0.reason == .comments && $0.text.hasPrefix("Does anyone know") })
    }

    /// A blog's front page signs each long post with its author and time: posts, not comments.
    @Test func signedBlogPostsAreNotAThread() {
        let post = Self.paragraphs + Self.commentTexts.flatMap { $0 }
        var page: [String] = []
        for k in 0..<4 {
            page += ["", "Harbour notes, part \(k + 1)", ""] + post.flatMap { [$0, ""] } + ["-- Morwenna @ 2:3\(k)PM Wed 4 Jun 2024", "[ \(k + 2) Comments ]"]
        }
        let doc = clean(page)
        #expect(!doc.removed.contains { $0.reason == .comments && $0.text.hasPrefix("The cottage") })
    }

    @Test func detectorMarksActionLines() {
        #expect(CommentThreadDetector.isActionLine(["reply"]))
        #expect(CommentThreadDetector.isActionLine(["flag", "as", "inappropriate"]))
        #expect(CommentThreadDetector.isActionLine(["12reply"]))
        #expect(!CommentThreadDetector.isActionLine(["share"]))
        #expect(!CommentThreadDetector.isActionLine(["reply", "to", "the", "minister"]))
        #expect(CommentThreadDetector.hasClock("Name — July 17th, 2012, 6:18 pm"))
        #expect(!CommentThreadDetector.hasClock("A ratio of 3:2 here"))
    }

    /// A first comment far longer than the rest is still a comment when a comments header sits right above it.
    @Test func longFirstCommentUnderTheHeaderIsAComment() {
        var page = Self.article + ["", "6 Comments"]
        let long = Array(repeating: Self.commentTexts[1][0], count: 5).joined(separator: " ")
        for (k, text) in ([[long]] + Self.commentTexts).enumerated() {
            page += ["reader\(k)", "0\(k + 1)/06/2024", text.joined(separator: " "), "reply to this comment"]
        }
        let doc = clean(page)
        #expect(doc.paragraphs == Self.paragraphs)
        let explained = doc.evidence(of: long)
        #expect(explained.contains("comment thread"))
    }
}
