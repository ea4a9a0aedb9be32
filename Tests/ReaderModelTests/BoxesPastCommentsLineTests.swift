import Foundation
import Testing
@testable import ReaderModel

/// Invented posts where the run scored as the body goes on past a comment-section line into a
/// sidebar of headed boxes (a blurb, a podcast, a sponsor): too much prose for `CommentsLineTail`,
/// but shaped as boxes, a short heading over a paragraph or two each. The article ends at the line.
@Suite struct BoxesPastCommentsLineTests: TextPageCleaning {
    static let boxes: [(String, [String])] = [
        ("Harbour Notes", ["Harbour Notes is written by a small group of volunteers who live around the bay and share the news that matters to them."]),
        ("Our podcast", ["Every other week two of us sit on the sea wall with a microphone and talk about tides, boats and the people who work on them.",
                         "New episodes come out on Thursdays."]),
        ("Supported by", ["The chandlery on the quay keeps this site running and has done so since the first issue, for which we are grateful."]),
        ("Learn to sail", ["The sailing club runs evening courses for beginners from April, with boats and life jackets lent to anyone who joins."]),
    ]

    @Test func headedBoxesPastTheCommentsLineAreDropped() {
        let tail = Self.boxes.flatMap { box in [box.0, ""] + box.1.flatMap { [$0, ""] } }
        let page = CommentsLineTailTests.head() + ["Comments are closed.", ""] + tail
        let doc = clean(page)
        #expect(doc.paragraphs == CommentsLineTailTests.post)
        let explained = doc.evidence(of: Self.boxes[2].1[0])
        #expect(explained.contains(BoxesPastCommentsLine.evidence))
    }

    @Test func readsBoxesByTheirShape() {
        let lines = (["Heading one", "A paragraph that runs on for long enough to be read as prose by the line shapes, surely.",
                      "Heading two", "Another paragraph that runs on for long enough to be read as prose by the shapes."]).map { TextLine(text: Substring($0), offset: 0, blankBefore: true, lineNumber: 1) }
        let evidence = lines.map { LineEvidence(shape: $0.wordCount >= 10 ? .good : .short) }
        #expect(BoxesPastCommentsLine.isBoxStack(0..<4, lines, evidence))
        // A byline among them starts a listing's next post.
        var listing = evidence
        listing[2] = LineEvidence(shape: .short, byline: "Morwenna Example")
        #expect(!BoxesPastCommentsLine.isBoxStack(0..<4, lines, listing))
        let paragraphs = Array(repeating: evidence[1], count: 4)
        #expect(!BoxesPastCommentsLine.isBoxStack(0..<4, lines, paragraphs))
    }
}
