import Testing
@testable import ReaderModel

/// Invented lines: a photo caption is a sentence or two closed by a credit. A paragraph of a
/// link roundup that cites its source in brackets, or a sentence that ends in a colon to
/// introduce a quote from an agency's reporter, is prose, not a caption.
@Suite struct CaptionLengthAndColonTests {
    func isCaption(_ text: String) -> Bool {
        let lines = LineSplitter.lines(of: text)
        #expect(lines.count == 1)
        return CaptionDetector.isCaption(lines[0])
    }

    static let longCitedParagraph = "Tidewatch (Coastal Survey Office) — This map is built to show how the harbour silts up over "
        + "the seasons. Readers can slide between years, pick a mooring and see how deep the water stood beneath it, "
        + "and what the dredgers took away. For example, you may follow a single sandbar from its birth in a storm to "
        + "the spring it joined the shore; or you may compare two winters side by side. (via Harbour Notes)"

    @Test func aLongParagraphThatCitesItsSourceInBracketsIsProse() {
        #expect(!isCaption(Self.longCitedParagraph))
    }

    @Test func aCaptionOfTwoSentencesClosedByABracketedNameStaysACaption() {
        #expect(isCaption("Ferry passengers wait on the quay at dawn. The crossing was delayed for four hours by fog. (Ines Marlowe)"))
        #expect(isCaption("Swimmers gather by the old pier before the winter race. The water was four degrees, and the "
            + "organisers handed out blankets at the finish. Most of the field came back again the year after. (Splashline Pictures)"))
    }

    @Test func aSentenceEndingInAColonAfterAnAgencyNameIntroducesAQuote() {
        #expect(!isCaption("The talks ended without a statement on Friday. From our correspondent at Reuters:"))
        #expect(isCaption("Delegates leave the hall after the vote on Friday. Reuters"))
    }
}
