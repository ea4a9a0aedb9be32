import Testing
@testable import ReaderModel

/// Invented stories with a pull quote set apart between paragraphs: a sentence repeated from inside
/// a nearby paragraph goes and the paragraph keeps it; a sentence far from any paragraph that holds
/// it, a short refrain, and a line that only shares some words with a paragraph stay.
@Suite struct PullQuoteCopyTests: TextPageCleaning {
    static let paragraphs = [
        "The old signal box at Ashby Junction was saved from demolition last spring by a group of retired railway workers who had once worked its levers.",
        "They raised the money for a new roof within a month. Every lever in that box was pulled by someone we knew by name. Now they want to open it to visitors on Sundays.",
        "The council has agreed to lease the building to the group for a peppercorn rent, on condition that the box is open to schools at least twice a term.",
        "Volunteers have repainted the frame and rewired the block instruments, which will ring again for the first time in forty years at the opening in June.",
    ]
    static let quote = "Every lever in that box was pulled by someone we knew by name."

    static func page(_ body: [String]) -> [String] {
        ["Valley Courier", "Home", "Local", "", "Volunteers save the signal box", "", "By Ruth Example", "March 3, 2025", ""]
            + body.flatMap { [$0, ""] } + ["Comments (3)", "Log in to comment"]
    }

    @Test func aSentenceRepeatedFromInsideAParagraphGoes() {
        let body = [Self.paragraphs[0], Self.paragraphs[1], Self.paragraphs[2], "\u{201C}\(Self.quote)\u{201D}", Self.paragraphs[3]]
        let doc = clean(Self.page(body))
        #expect(doc.paragraphs == Self.paragraphs)
        #expect(doc.evidence(of: "\u{201C}\(Self.quote)\u{201D}").contains(PullQuoteCopy.evidence))
    }

    @Test func aSentenceOnlyAlikeOrShortStays() {
        let alike = "Every lever in that box was pulled by hand until the line closed."
        #expect(clean(Self.page([Self.paragraphs[0], Self.paragraphs[1], alike, Self.paragraphs[2]])).paragraphs.contains(alike))
        #expect(!PullQuoteCopy.holds(["every", "lever", "in", "that", "box"], ["lever", "in", "this"], head: "lever"))
        #expect(PullQuoteCopy.holds(["every", "lever", "in", "that", "box"], ["lever", "in", "that"], head: "lever"))
        #expect(!PullQuoteCopy.holds(["lever", "in"], ["lever", "in", "that"], head: "lever"))
    }

    @Test func aCopyGluedToItsNeighboursIsNoPullQuote() {
        // Set in the paragraph's run with no blank line around it, the line is the story's own.
        let lines = ["Valley Courier", "Home", "", "Volunteers save the signal box", "", "By Ruth Example", "March 3, 2025", "",
                     Self.paragraphs[0], "", Self.paragraphs[1], Self.quote, Self.paragraphs[2], "", Self.paragraphs[3]]
        #expect(clean(lines).paragraphs.contains(Self.quote))
    }
}
