import Testing
@testable import ReaderModel

/// The HTML cleaner's hash-only noise judgement must agree with the shared word-based one.
@Suite struct BlockNoisePhrasesTests {
    // Original lines covering each rule: whole lines, anchored and free phrases, counters,
    // comment widgets, a roundup header, prose that mentions a phrase, and plain prose.
    static let lines = [
        "Share this article", "SHARE", "Advertisement", "Sign up for our weekly letter", "3 of 12", "Image 4 of 9",
        "photo 2 of x", "Elsewhere in the valley", "Elsewhere in the valley.", "Read 41 comments", "Comments (7)",
        "We use cookies to measure traffic. Accept all", "Read more: the ferry timetable changes again",
        "The harbour master said the ferry would share its berth with the fishing fleet from next spring.",
        "Minutes ago the council voted; hours ago nobody expected it", "Follow us on the river path",
        "Café owners in Lyon said the terrace rules changed", "Подписаться на рассылку", "", "   ", "of of of",
        "The readers' letters page returns next week, the editor wrote in a short note to subscribers.",
    ]

    @Test func agreesWithTheSharedVocabulary() {
        for line in Self.lines {
            #expect(BlockNoisePhrases.reason(for: line) == NoiseVocabulary.reason(for: line), "\(line)")
        }
    }
}
