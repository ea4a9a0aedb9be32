import Testing
@testable import ReaderModel

/// Invented lines and pages: a bracket that closes a line names a photo's credit ("(Jane Doe)",
/// "(AFP)") unless the words before it spell its letters out (an organisation and its acronym):
/// such a line is the page's own, an entry of a list of organisations or a glossary.
@Suite struct BracketedAbbreviationTests: TextPageCleaning {
    func isCaption(_ text: String) -> Bool {
        let lines = LineSplitter.lines(of: text)
        #expect(lines.count == 1)
        return CaptionDetector.isCaption(lines[0])
    }

    @Test(arguments: [
        "Northern Lakes Fishing Federation (NLFF)",
        "Harbour Pilots Association, Ltd. (HPA)",
        "Tidewater Research and Survey Board (TRSB)",
        "Ordnance and Coastal Works -- National Records Office (OCW-NRO)",
        "Currency\tKestrel dollar ($) (KD)",
        "Société des Amis du Rail Léger (SARL)",
    ])
    func anAcronymTheWordsBeforeItSpellIsNoCredit(_ line: String) {
        #expect(BracketedAbbreviation.closes(Substring(line)))
        #expect(!isCaption(line))
    }

    @Test(arguments: [
        "Firefighters tackle a blaze at a warehouse in the port (AFP)",
        "A crowd waits at a fire in Paris (AFP)",
        "Delegates leave the conference hall in Geneva on Tuesday (Mara Lindqvist)",
        "Rowers carry their boat past the old boathouse at dawn (Splashline Pictures / Harbour Daily)",
        "Rescue teams search the harbour after the storm (KNA)",
    ])
    func aCreditStaysACaption(_ line: String) {
        #expect(!BracketedAbbreviation.closes(Substring(line)))
        #expect(isCaption(line))
    }

    static let page = [
        "Living with a stiff shoulder", "",
        "A stiff shoulder can come on slowly over months, and most people notice it first when they reach for a high shelf or turn to look behind them in the car.",
        "",
        "The exercises below were written with physiotherapists who treat the condition every week, and they are meant to be done gently, a little every day.",
        "",
        "Where to find help", "",
        "Northern Shoulder and Joint Society (NSJS)", "",
        "Kestrel Bay Physiotherapy Network (KBPN)", "",
        "Association of Hand and Arm Therapists (AHAT)", "",
        "Most of these groups keep a list of clinics, and several run evening classes where you can practise the movements with others who have the same trouble.",
        "",
    ]

    @Test func anOrganisationListBetweenParagraphsStaysInTheArticle() {
        let doc = clean(Self.page)
        #expect(doc.paragraphs.contains("Northern Shoulder and Joint Society (NSJS)"))
        #expect(doc.paragraphs.contains("Association of Hand and Arm Therapists (AHAT)"))
        #expect(!doc.captions.contains("Kestrel Bay Physiotherapy Network (KBPN)"))
        let block = doc.blocks.first { $0.text == "Kestrel Bay Physiotherapy Network (KBPN)" }
        #expect(block?.evidence?.contains(BracketedAbbreviation.evidence) == true)
    }
}

/// The byte gate in front of `BracketedAbbreviation.spelledOut` refuses only lines the Character
/// walk refuses too.
@Suite struct BracketedAbbreviationGateTests {
    @Test(arguments: [
        "Firefighters tackle a blaze at a warehouse in the port (Jane Doe)",
        "Delegates leave the hall (Reuters)",
        "Boats in the harbour at dawn (photo: KD)",
        "Northern Lakes Fishing Federation (NLFF )",
        "Northern Lakes Fishing Federation (nlff)",
        "A line with no bracket at its end",
        "Northern Lakes Fishing Federation (NLFF)",
        "Société des Amis du Rail Léger (SARL)",
        "Currency\tKestrel dollar ($) (KD)",
        "Ordnance and Coastal Works -- National Records Office (OCW-NRO)",
    ])
    func gateRefusesOnlyWhatTheWalkRefuses(_ line: String) {
        let text = Substring(line)
        if !BracketedAbbreviation.mayClose(text) { #expect(!BracketedAbbreviation.spelledOut(text)) }
        #expect(BracketedAbbreviation.closes(text) == BracketedAbbreviation.spelledOut(text))
    }
}
