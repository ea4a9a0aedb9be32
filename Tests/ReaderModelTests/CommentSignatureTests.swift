import Foundation
import Testing
@testable import ReaderModel

/// An invented travel post whose comments open with their date and clock time and name their author
/// on the line below ("Name said,"): the thread is found, so the article above it wins.
@Suite struct CommentSignatureTests {
    static let article = [
        "The night train leaves the capital just after ten and reaches the mountains at dawn, when the first light turns the snow above the valley a pale shade of pink that lasts only a few minutes.",
        "We booked a sleeper cabin for two, and although the beds were narrow the sheets were fresh, the attendant brought tea at six, and the rattle of the wheels put both of us to sleep within minutes.",
        "From the station a small bus climbs to the village in forty minutes, stopping at every farm on the way, and the driver knows most of the passengers by name and waits for the ones who are late.",
    ]

    static let comments: [(String, String)] = [
        ("Wandering Kit", "Which month did you travel? We are thinking about late autumn and wonder whether the bus still runs then."),
        ("lucia_b", "The tea at six is the best part of that train. We did the same trip last spring and loved it."),
        ("Tom", "Did you need to book the sleeper far ahead, or could you buy it at the station on the day?"),
        ("Wandering Kit", "Thanks for the tips, we just booked our cabin for October and cannot wait to see the mountains."),
        ("Ravi P", "Lovely photos and a lovely trip. The village bakery is worth the detour if you go again next year."),
    ]

    static let page: [String] = {
        var page = ["Home", "Trips", "About", "", "Sleeping on the mountain train", "", "Posted on May 2nd, 2025 by Ines", ""]
            + article.flatMap { [$0, ""] }
            + ["Filed under: Trains | 5 Comments »", ""]
        for (k, (name, text)) in comments.enumerated() {
            page += ["May \(k + 3)rd, 2025 at \(k + 8):1\(k) am", "", "\(name) said,", "", text, ""]
        }
        return page + ["Leave a Reply", "Name", "Email", "Submit Comment"]
    }()

    @Test func dateFirstCommentsSignedBelowAreAThread() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page.joined(separator: "\n")))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("Which month") }?.evidence ?? ""
        #expect(explained.contains("comment thread"))
    }

    @Test func aSignatureIsAShortSayingLine() {
        let lines = LineSplitter.lines(of: ["Ravi P said,", "Ravi said that the bakery opens at six,", "Tom says:", "Said,"].joined(separator: "\n"))
        #expect(lines.map(CommentSignature.isSignature) == [true, false, true, false])
    }
}
