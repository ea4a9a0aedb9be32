import Foundation
import Testing
@testable import ReaderModel

/// Invented fact checks whose claim and verdict boxes stand above the first paragraph and whose
/// summary and verdict sentence close it: short lines that read as the header's and as teasers,
/// which the pair of box labels (one claim, one verdict) makes the article's (`FactCheckBoxes`).
@Suite struct FactCheckBoxesTests: TextPageCleaning {
    static let paragraphs = [
        "Ein Landtagsabgeordneter schrieb am Montag in einem Beitrag, die Zahl der Ärztinnen und Ärzte auf dem Land sei seit 2015 um ein Drittel gesunken. Wir haben die Zahlen der Kassenärztlichen Vereinigung angesehen.",
        "Demnach arbeiteten 2015 in den ländlichen Kreisen 1.840 Hausärztinnen und Hausärzte, im vergangenen Jahr waren es 1.710. Das ist ein Rückgang um gut sieben Prozent, nicht um ein Drittel.",
    ]

    static func page(boxes: [String], closing: [String] = []) -> [String] {
        ["Faktencheck", "Politik", "Gesundheit", "Über uns", "",
         "Nein, die Zahl der Landärzte ist nicht um ein Drittel gesunken", "", "Von Lena Vogt", "4. März 2025", "",
         "Teilen", "Facebook", "E-Mail", ""]
            + boxes + [""] + paragraphs.flatMap { [$0, ""] } + closing
            + ["Fehler gefunden? Schreiben Sie uns", "", "Mehr Faktenchecks", "Was eine Wärmepumpe wirklich kostet", "Wie viele Windräder stehen im Wald?"]
    }

    static let germanBoxes = ["Die Behauptung", "Die Zahl der Landärzte ist seit 2015 um ein Drittel gesunken.", "Ein Landtagsabgeordneter auf Facebook", "",
                              "Unsere Bewertung", "Falsch"]

    @Test func claimAndVerdictBoxesOpenTheBody() {
        let doc = clean(Self.page(boxes: Self.germanBoxes))
        #expect(doc.paragraphs.prefix(5) == ArraySlice(Self.germanBoxes.filter { !$0.isEmpty }), "\(doc.paragraphs)")
        #expect(doc.standfirst == nil)
        #expect(doc.title == "Nein, die Zahl der Landärzte ist nicht um ein Drittel gesunken")
        #expect(doc.evidence(of: "Unsere Bewertung").contains(FactCheckBoxes.evidence))
        #expect(!doc.paragraphs.contains("Facebook"))
    }

    @Test func aVerdictOnItsLabelsLineCounts() {
        let boxes = ["Claim", "“Half the town's bus stops were closed last year.”", "", "Verdict: False"]
        let doc = clean(Self.page(boxes: boxes))
        #expect(doc.paragraphs.first == "Claim", "\(doc.paragraphs)")
        #expect(doc.paragraphs.contains("Verdict: False"))
    }

    @Test func theSummaryAndVerdictSentenceCloseTheBody() {
        let closing = ["Kurz gesagt", "2015 gab es 1.840 Hausärzte auf dem Land, 2024 waren es 1.710", "Der Rückgang beträgt gut sieben Prozent", "",
                       "Die Behauptung ist daher falsch.", ""]
        let doc = clean(Self.page(boxes: Self.germanBoxes, closing: closing))
        #expect(Array(doc.paragraphs.suffix(4)) == closing.filter { !$0.isEmpty }, "\(doc.paragraphs)")
        #expect(doc.evidence(of: "Kurz gesagt").contains(FactCheckBoxes.summaryEvidence))
        #expect(doc.evidence(of: "Die Behauptung ist daher falsch.").contains(FactCheckBoxes.verdictSentenceEvidence))
        #expect(!doc.paragraphs.contains("Fehler gefunden? Schreiben Sie uns"))
    }

    /// A label spaced from its colon, as French sets it with a no-break space ("Notre verdict : Faux"),
    /// or a value spaced from it, is read without the spaces (on bytes, or by Characters past a
    /// byte outside ASCII).
    @Test func aVerdictLabelSpacedFromItsColonCounts() {
        for verdict in ["Verdict : False", "Notre verdict\u{00A0}: Faux", "Rating:   Misleading", "Évaluation\u{202F}:\u{00A0}Faux"] {
            let boxes = ["Claim", "“Half the town's bus stops were closed last year.”", "", verdict]
            let doc = clean(Self.page(boxes: boxes))
            #expect(doc.paragraphs.first == "Claim", "\(verdict): \(doc.paragraphs)")
        }
    }

    /// One box alone (a verdict with no claim) is no fact check's pair: the lines stay the header's.
    @Test func aLoneLabelIsNoBox() {
        let doc = clean(Self.page(boxes: ["Unsere Bewertung", "Falsch"]))
        #expect(!doc.paragraphs.contains("Unsere Bewertung"))
        #expect(doc.paragraphs.first == Self.paragraphs[0])
    }

    /// Under no boxes a summary label's run is not taken back.
    @Test func aSummaryWithoutBoxesIsNotTaken() {
        let closing = ["Kurz gesagt", "Mehr Ärzte im Land", "Neue Praxen in drei Kreisen", ""]
        let doc = clean(Self.page(boxes: ["Anzeige"], closing: closing))
        #expect(!doc.paragraphs.contains("Kurz gesagt"))
    }

    @Test func labelsOfEachKindInSeveralLanguages() {
        func line(_ text: String) -> TextLine { TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1) }
        for claim in ["Claim", "La dichiarazione", "Die Behauptung:", "L'affirmation", "La afirmación", "A alegação", "Утверждение"] {
            #expect(FactCheckBoxes.kind(of: line(claim)) == .claim, "\(claim)")
        }
        for verdict in ["Our verdict", "Il verdetto", "Bewertung", "Notre verdict", "Veredicto", "Veredito", "Вердикт"] {
            #expect(FactCheckBoxes.kind(of: line(verdict)) == .verdict, "\(verdict)")
        }
        #expect(FactCheckBoxes.kind(of: line("The claim was made on Monday")) == nil)
    }
}
