import Testing
@testable import ReaderModel

/// A page whose own paragraphs are one line each but which quotes a document hard-wrapped at
/// about 74 columns (a briefing transcript): the quoted part is joined into paragraphs, the
/// page's own glued lines are not.
@Suite struct PartlyWrappedPageTests {
    static let question = [
        "QUESTION: The harbour board said this morning that the ferry service to",
        "the outer islands will not resume before the spring, and the island",
        "councils are not pleased at all. How would you describe the talks between",
        "the board and the councils?",
    ]
    static let answer = [
        "MR. ALDER: Well, I think our talks with the councils right now are very",
        "much focused on making sure that the new timetable meets the needs of the",
        "people who live on the islands, including the schoolchildren who cross",
        "every morning, including the fishermen who need the early boat, and",
        "including the visitors who keep the small shops open through the summer",
        "months.",
    ]
    /// Glued one-line comments, each longer than the quoted document's wrap width.
    static let comments = [
        "The ferry matters more to the islands than any road ever could, and the board seems to forget it.",
        "My daughter crosses every weekday in term time, and the winter boat has been late most weeks so far.",
        "Nobody on the outer islands was asked about the new timetable before the board agreed on it last month.",
        "If the spring date slips again the shops will lose the first part of the season, as they did before.",
        "I hope the councils keep pressing the board, because a written promise is worth more than a speech.",
        "Thanks for posting the briefing in full, it is far more useful than the short reports in the papers.",
    ]
    static let opening = "The harbour board held its weekly briefing on Friday, and because the ferry question keeps coming up in the comments here, the relevant part of the transcript follows as the board published it."

    static func page(_ quoted: [[String]]) -> String {
        ([opening, ""] + quoted.flatMap { $0 + [""] } + comments).joined(separator: "\n")
    }

    @Test func quotedWrappedDocumentIsJoinedAndOneLineCommentsStay() {
        let text = Self.page([Self.question, Self.answer])
        let lines = WrappedLineJoiner.join(LineSplitter.lines(of: text), in: text)
        let flat = lines.map { $0.joinedLines > 1 ? WrappedLineJoiner.flattened($0.text) : String($0.text) }
        #expect(flat.contains(Self.question.joined(separator: " ")))
        #expect(flat.contains(Self.answer.joined(separator: " ")))
        for comment in Self.comments { #expect(flat.contains(comment)) }
        #expect(lines.count == 1 + 2 + Self.comments.count)
    }

    @Test func wrapBandBelowLongerGluedLinesIsPartial() {
        let band = WrappedLineJoiner.wrapWidth([71, 67, 73, 71, 73, 70, 67, 71, 97, 100, 103, 100, 99])
        #expect(band?.width == 73)
        #expect(band?.partial == true)
        let whole = WrappedLineJoiner.wrapWidth([71, 67, 73, 71, 73, 70, 67, 71])
        #expect(whole?.width == 73)
        #expect(whole?.partial == false)
    }

    @Test func shortLinesThatStartNewSentencesAreNotAPartialWrap() {
        // Verse of even line length above the same comments: more than a fifth of its breaks start
        // a new sentence, which a wrapping editor's breaks seldom do.
        let verse = [
            "The boat comes in at seven and the gulls are waiting on the old pier",
            "for the nets, the crates, the gutted fish the cook throws from the deck.",
            "Nobody on the quay remembers when the winter boat was last on time.",
            "the harbour master counts the crates and writes them in his little book",
            "Every island has a story of the long storm that kept the ferry home,",
            "and every child can tell you which of the captains turned back first.",
            "Light goes early from the water and the lamps come on along the wall.",
            "The last crossing leaves at four and the pier is empty by the five.",
            "when the captain locks the wheelhouse door and walks home up the hill.",
            "Morning brings the same grey water and the same long wait for spring.",
        ]
        #expect(WrappedLineJoiner.wrapWidth(([verse.dropLast()] + [Self.comments.dropLast()]).flatMap { $0 }.map { $0.count })?.partial == true)
        let text = Self.page([verse])
        let lines = LineSplitter.lines(of: text)
        #expect(WrappedLineJoiner.join(lines, in: text).count == lines.count)
    }
}
