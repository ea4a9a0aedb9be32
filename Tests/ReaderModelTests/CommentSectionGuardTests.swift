import Foundation
import Testing
@testable import ReaderModel

/// Invented pages whose comments the thread detector cannot see (long comments under one-line
/// "Name | date | Reply" headers, or a widget of recent comments with no dates): a comments header
/// right after the article still ends it.
@Suite struct CommentSectionGuardTests: TextPageCleaning {
    static let headline = "Volunteers restore the old canal lock by hand"

    static let article = [
        "Over six summer weekends, a group of forty volunteers cleared the silt from the lower lock of the old canal, working with shovels, buckets and a borrowed winch because no machine could reach the towpath.",
        "The lock had not opened since the last cargo barge passed through it, and the gates had rotted where the water line rose and fell against the timber for more than half a century.",
        "A retired carpenter from the village drew new gates from the surviving ironwork, and a school in the next valley lent its workshop so that the oak could be cut and joined over the winter.",
        "The trust hopes that small boats will pass through the lock by next spring, once the engineers have checked the walls and the new gates have been hung and tested with a full chamber.",
    ]

    static let commentTexts = [
        "I walked the towpath last Sunday and could hardly believe the difference. When I was a boy the lock was a green pond full of reeds and shopping trolleys, and we used to dare each other to cross the broken gate. Seeing clean stone walls again after all these years made my whole week, and I would like to thank every one of the volunteers who gave up their weekends to the work.",
        "Does anyone know whether the trust needs more hands for the upper lock? I am free most Saturdays and I have some experience with lime mortar from repairing old barns on my uncle's farm. I could also bring a trailer if that helps with moving the silt away from the bank, because I understand that was the slowest part of the job this year.",
        "My grandfather worked the barges on this canal before the war and used to tell us about waiting at this very lock in the fog for the keeper to wake up. He would have loved to see it working again. If the trust ever collects stories from the old boat families I have a box of his photographs and letters that they are welcome to borrow and copy.",
        "Wonderful work, but I hope someone is thinking about the bats that roost in the old lock house. The survey last year found a colony in the roof, and the repairs to the walls should be timed so that they are not disturbed during the breeding season. The local wildlife group would be glad to advise, and it would be a shame to lose them now.",
        "We brought our children down to watch on the last weekend and the volunteers let them help fill the buckets. They talked about it for days afterwards and now want to know when the first boat will come through. Please put the date on the notice board by the bridge so that we can come and cheer, and perhaps bring a picnic for the crews.",
    ]

    static let names = ["Gwen Tester", "Rafael Example", "Oona Sample", "Piet de Demo", "Maya Placeholder"]

    static func head() -> [String] {
        ["Home", "News", "Walks", "About us", "", headline, "", "By Lena Writer | March 3, 2025", ""]
            + article.flatMap { [$0, ""] }
    }

    @Test func longCommentsBelowTheHeaderAreNotBridgedToTheArticle() {
        var page = Self.head() + ["Tags: canal, volunteers", "", "\(Self.names.count) Comments", ""]
        for (k, text) in Self.commentTexts.enumerated() {
            // Two paragraphs each: longer than the comments the thread detector accepts without actions.
            let second = Self.commentTexts[(k + 1) % Self.commentTexts.count]
            page += ["\(Self.names[k]) | March \(k + 4), 2025 \(k + 7):2\(k) PM | Reply", "", text, "", second, ""]
        }
        page += ["Leave a comment", "Name", "Email", "Post"]
        let doc = clean(page)
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("Does anyone know") }?.evidence ?? ""
        // The guard, or the thread detector now that headers opening with different names may run long.
        #expect(explained.contains(CommentSectionGuard.evidence) || explained.contains("comment thread"))
    }

    @Test func aRecentCommentsWidgetBelowTheHeaderLosesToTheArticle() {
        let titles = ["Ferry timetable changes", "Market hall reopens", "New cycle lane on the hill"]
        // The site's sections and other stories part the article from the widget.
        let sections = ["Walks", "Boats", "Wildlife", "Events", "History", "Maps", "Shop", "Volunteer", "Donate",
                        "Press", "Contact us"]
        var page = Self.head() + ["Share", "Tweet", "", "Add a Comment", "Your name", "Submit", "", "More stories", ""]
            + titles + sections + ["", "Recent comments", ""]
        for (k, text) in Self.commentTexts.enumerated() {
            page.append("\(titles[k % titles.count]) \(text)")
        }
        page += ["", "Contact", "Privacy"]
        let doc = clean(page)
        #expect(doc.paragraphs == Self.article)
    }

    @Test func aShortPostAboveAnEmptyThreadBeatsTheSidebarBlurb() {
        let post = "The gallery down by the river has hung a new series of ink drawings of herons and boats, and every one of them is worth a slow look."
        let page = ["Harbour Sketches", "", "ink drawings, rivers - Tags: drawing - posted at 14:05", "", post, "",
                    "Comments (0)", "No comments yet.", "", "RSS feed for comments on this post", "", "Leave a comment", "",
                    "Name (required)", "", "Mail (required)", "", "Website", "", "Submit", "",
                    "Say hello", "", "Follow my page", "",
                    "over here or find me on the other networks too, since the person behind this little blog writes about pictures and the people who make them most weeks and answers every letter that arrives.",
                    "", "About me", "Contact"]
        let doc = clean(page)
        #expect(doc.paragraphs == [post])
    }

    @Test func commentLinksOfSeveralPostsDoNotEndTheFirstPost() {
        var page = ["Weekly notes", ""]
        for (k, count) in [4, 11].enumerated() {
            page += ["Post number \(k + 1) of the week", ""] + Self.article.flatMap { [$0, ""] }
            page += ["Comments (\(count) posted)", "", "March \(k + 3), 2025 10:1\(k) AM", "March \(k + 3), 2025 11:1\(k) AM", "March \(k + 3), 2025 12:1\(k) PM", ""]
        }
        let lines = LineSplitter.lines(of: page.joined(separator: "\n"))
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let scores = BodySegment.scores(lines, evidence)
        let chosen = BodyCandidate.heaviest(0..<lines.count, scores: scores)
        #expect(CommentSectionGuard.candidate(lines, evidence, scores: scores, heaviest: chosen) == nil)
    }
}
