import Foundation
import Testing
@testable import ReaderModel

/// Invented letters opening on their salutation right above the first paragraph: the salutation is
/// the letter's. A headline that merely starts with a greeting word, or a salutation over a subject
/// line (the letter's headline), does not widen the body.
@Suite struct LetterSalutationTests: TextPageCleaning {
    static let letter = [
        "The harbour board has read the survey of the eastern moorings and agrees that the chains laid in the autumn have held through the winter storms without a single failure.",
        "We would still ask the contractor to report on the state of the buoys at the mouth of the channel, where the tide runs hardest and the paint has worn away on three of them.",
        "We look forward to discussing the spring dredging at the meeting of the board on the twelfth of April.",
    ]

    static func page(_ opening: [String]) -> [String] {
        ["Eastport Harbour Board", "Home", "Notices", "Archive", "", "Reply on the eastern moorings", "", "4 March 2019", ""]
            + opening + letter.flatMap { [$0, ""] } + ["Back to notices", "", "| Home | Notices | Contact |"]
    }

    @Test func aSalutationRightAboveTheFirstParagraphIsTheLetters() {
        let doc = clean(Self.page(["Dear Captain Holm,", ""]))
        #expect(doc.paragraphs == ["Dear Captain Holm,"] + Self.letter)
        let block = doc.evidence(of: "Dear Captain Holm,")
        #expect(block.contains(LetterSalutation.evidence))
    }

    @Test func aSubjectLineBetweenKeepsTheSalutationOut() {
        // The subject line is the letter's headline: the header keeps it, and the body starts under it.
        let doc = clean(Self.page(["Dear Mr Falk", "", "Survey of the eastern moorings", ""]))
        #expect(!doc.paragraphs.contains("Dear Mr Falk"))
    }

    @Test func salutationsInOtherLanguages() {
        #expect(clean(Self.page(["Sehr geehrte Frau Lind,", ""])).paragraphs.first == "Sehr geehrte Frau Lind,")
        #expect(clean(Self.page(["Уважаемый Олег Петрович!", ""])).paragraphs.first == "Уважаемый Олег Петрович!")
    }

    @Test func aHeadlineOpeningOnAGreetingWordIsNoSalutation() {
        let line = LineSplitter.lines(of: "Sehr gute Aussichten für den Hafen")[0]
        #expect(!LetterSalutation.isSalutation(line, LineEvidence(shape: .short)))
        let lower = LineSplitter.lines(of: "Dear readers of the harbour notices and friends of the port")[0]
        #expect(!LetterSalutation.isSalutation(lower, LineEvidence(shape: .short)))
    }
}
