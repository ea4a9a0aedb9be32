import Foundation
import Testing
@testable import ReaderModel

/// An invented blog post followed by a trackback list (linking posts, each with a summary and a
/// "Tracked on" date) and then a long comment thread: the thread outweighs the article, and the
/// run it makes opens at the trackbacks, yet the article above them is the body.
@Suite struct CommentSectionGuardTrackbackTests {
    static let article = [
        "Every spring the allotment society holds a seed swap in the church hall, and this year more than two hundred gardeners brought packets of beans, squash and old tomato varieties to trade.",
        "The swap began fifteen years ago with a single table and a biscuit tin of runner beans, and it has grown because nobody is allowed to sell anything: every packet must be given or traded.",
        "Several growers keep varieties that no catalogue sells any more, such as a purple pea that a retired teacher has saved from her own plot every autumn since she first took it on.",
        "The society now keeps a small library of seeds in a cool cupboard, so that a variety lost to a bad summer on one plot can be grown again from the packets another member returned.",
        "Next year the organisers want to add a table for cuttings and young plants, and they are asking members to label everything clearly with the name, the year it was saved and the plot.",
    ]

    /// The first entries carry clipped summaries (no closing stop), the later ones whole sentences:
    /// the clipped ones part the article from the rest, which the thread below then joins.
    static let trackbacks: [(String, String)] = [
        ("» Swapping seeds in a small town from The Compost Heap",
         "A lovely write-up of the spring swap, which I visited for the first time this (continued)"),
        ("» Why seed libraries matter from Green Notes",
         "Local seed libraries keep old varieties alive in a way that no single (continued)"),
        ("» Spring round-up from Plot Forty",
         "Links to this week's best gardening stories, including a report on the (continued)"),
        ("» A morning among the bean packets from Hedgerow Diary",
         "I went along to the seed swap with a bag of my own runner beans and came home with a dozen varieties I had never grown before, and a long list of people to thank."),
        ("» Notes from the seed swap from Second Dig",
         "The swap was busier than ever this year, and the new seed library in the cupboard by the stage looked well stocked with packets that members had returned in the autumn."),
    ]

    static let comments = [
        "I have been going to this swap for years and it really is the best morning of the gardening calendar. The purple peas did wonderfully on my plot last summer, and I saved enough from them to bring a packet back this year for somebody else to try, which feels like the whole point of the event.",
        "Does anyone know whether the seed library accepts packets from people outside the society? I have a climbing bean that came from my grandmother's garden and I would hate for it to disappear if I ever have to give up my own plot, because nobody else in the family grows vegetables any more.",
        "Great to read about this. Our village tried something similar last year but the hall was too small and people queued out into the rain for most of the morning. We will try a bigger room and a second table next spring, and perhaps ask people to bring their packets already sorted by crop.",
        "Please remind people to write the year on every packet. I took home some squash seed last time with no date on it, and almost none of it came up, which cost me a whole bed for the season. Older seed is fine for beans but not for everything, so a date makes a real difference.",
        "The cuttings table is a wonderful idea. I have far more rosemary and sage than I could ever use and would be happy to pot some up for the swap if the organisers let us know how many to bring and whether they want them labelled with the variety as well as the plant's name.",
        "Thank you for writing this up so carefully. I could not go this year because of work, and it is good to hear that the society is still growing and that the old varieties are being looked after. I hope to bring my own packets next spring and meet some of the people who keep them going.",
    ]

    static func page() -> [String] {
        var page = ["Home", "Archives", "About", "", "Seed swap fills the church hall", ""]
            + article.flatMap { [$0, ""] }
            + ["Posted by Lena on April 2, 2025 | Link to this post", "", "Pings", "",
               "Address for pings to this post:", "https://blog.example.org/trackback/4411", "",
               "Other blogs that wrote about this post:", ""]
        for (k, entry) in trackbacks.enumerated() {
            page += [entry.0, entry.1, "", "Pinged Apr \(3 + k), 2025 9:1\(k):05 AM", ""]
        }
        page += ["Comments", ""]
        let names = ["Gwen Tester", "Rafael Example", "Oona Sample", "Piet de Demo", "Maya Placeholder", "Ivo Fixture"]
        for (k, text) in comments.enumerated() {
            page += [text, "", "Posted by: \(names[k]) | Apr \(3 + k), 2025 \(k + 1):22:10 PM", ""]
        }
        return page + ["Post a comment", "Name:", "Email Address:", "URL:"]
    }

    @Test func theArticleAboveTheTrackbacksIsTheBody() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page().joined(separator: "\n")))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("The swap began") }?.evidence ?? ""
        #expect(explained.contains(CommentSectionGuard.heavierAboveEvidence))
    }
}
