import Foundation
import Testing
@testable import ReaderModel

/// Invented letters printed as the page's article: a closing formula alone on its line (no comma)
/// over the writer's name and office stays with the letter; a formula-like word inside a longer
/// line, or a formula over a line that is no name, does not widen the body.
@Suite struct LetterClosingTests: TextPageCleaning {
    static let letter = [
        "The harbour board has read the survey of the eastern moorings and agrees that the chains laid in the autumn have held through the winter storms without a single failure.",
        "We would still ask the contractor to report on the state of the buoys at the mouth of the channel, where the tide runs hardest and the paint has worn away on three of them.",
        "We look forward to discussing the spring dredging at the meeting of the board on the twelfth of April.",
    ]

    static func head() -> [String] {
        ["Eastport Harbour Board", "Home", "Notices", "Archive", "", "Reply on the eastern moorings", "", "4 March 2019", ""]
            + letter.flatMap { [$0, ""] }
    }

    static let footer = ["", "Back to notices", "", "This page was last updated 6 March 2019", "", "| Home | Notices | Contact |"]

    @Test func aFormulaWithoutACommaAndTheSignatureStayWithTheLetter() {
        let doc = clean(Self.head() + ["Yours sincerely", "", "Mrs Ada Lind Marsh", "Harbour Master (Eastern District)"] + Self.footer)
        #expect(doc.paragraphs == Self.letter + ["Yours sincerely", "Mrs Ada Lind Marsh", "Harbour Master (Eastern District)"])
        let formula = doc.evidence(of: "Yours sincerely")
        #expect(formula.contains(LetterClosing.evidence))
        let office = doc.evidence(of: "Harbour Master (Eastern District)")
        #expect(office.contains(LetterClosing.signatureEvidence))
        #expect(!doc.paragraphs.contains("Back to notices"))
    }

    @Test func formulasInOtherLanguagesAreRead() {
        let german = clean(Self.head() + ["Mit freundlichen Grüßen", "", "Jana Wessel"] + Self.footer)
        #expect(german.paragraphs.contains("Mit freundlichen Grüßen"))
        #expect(german.paragraphs.contains("Jana Wessel"))
        let russian = clean(Self.head() + ["С уважением", "Олег Седов", "Начальник порта"] + Self.footer)
        #expect(russian.paragraphs.contains("С уважением"))
        #expect(russian.paragraphs.contains("Начальник порта"))
    }

    @Test func aLineHoldingAFormulaWordAmongOthersIsNoFormula() {
        let doc = clean(Self.head() + ["Sincerely Yours Tour Dates", "", "Mrs Ada Lind Marsh"] + Self.footer)
        #expect(!doc.paragraphs.contains("Sincerely Yours Tour Dates"))
        #expect(!LetterClosing.isFormula(LineSplitter.lines(of: "Sincerely Yours Tour Dates")[0]))
        #expect(LetterClosing.isFormula(LineSplitter.lines(of: "Yours faithfully,")[0]))
    }

    @Test func aFormulaOverNoNameLeavesTheBodyAlone() {
        let doc = clean(Self.head() + ["Kind regards", "", "Click here to read more notices from the board"] + Self.footer)
        #expect(!doc.paragraphs.contains("Kind regards"))
        #expect(doc.paragraphs == Self.letter)
    }
}
