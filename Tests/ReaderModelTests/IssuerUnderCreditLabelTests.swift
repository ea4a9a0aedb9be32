import Foundation
import Testing
@testable import ReaderModel

/// Invented wire-release pages whose issuer's name stands under a credit label ending on its agent
/// word ("News provided by", "Bereitgestellt von") over the date: the name recurs in every
/// paragraph of the release, but the headline is the line over the release's first paragraph.
@Suite struct IssuerUnderCreditLabelTests: TextPageCleaning {
    static let release = [
        "HAMBURG, 4. März 2025 /PRNewswire/ -- Nordlicht Fähren, ein Betreiber von Elektrofähren auf der Elbe, hat heute eine neue Linie zwischen Finkenwerder und Blankenese eröffnet. Nordlicht Fähren setzt dafür zwei neue Schiffe ein.",
        "Die Schiffe von Nordlicht Fähren fahren im Halbstundentakt und laden an beiden Anlegern während der Wendezeit. Nordlicht Fähren rechnet mit 3.000 Fahrgästen am Tag.",
        "\"Die Elbe ist die schnellste Straße der Stadt\", sagte Jana Wolff, Geschäftsführerin von Nordlicht Fähren.",
    ]
    static let headline = "Nordlicht Fähren eröffnet elektrische Fährlinie zwischen Finkenwerder und Blankenese"

    static func page(label: String) -> [String] {
        ["Presseportal", "News", "Kontakt", "", label, "Nordlicht Fähren", "04. März 2025, 09:00", "", "Artikel teilen", "", headline, ""]
            + release.flatMap { [$0, ""] } + ["Über Nordlicht Fähren", "", "Impressum | Datenschutz"]
    }

    @Test(arguments: ["Bereitgestellt von", "News provided by", "Ein Angebot von"])
    func theHeadlineOutranksTheIssuer(label: String) {
        let doc = clean(Self.page(label: label))
        #expect(doc.title == Self.headline)
        #expect(doc.publisher == "Nordlicht Fähren")
        #expect(doc.blocks.first { $0.text == "Nordlicht Fähren" }?.evidence?.contains(IssuerUnderCreditLabel.evidence) == true)
    }

    @Test func onlyALabelLeftOpenOnItsAgentWordHoldsTheLineUnderIt() {
        func lines(_ texts: [String], blank: Bool = false) -> [TextLine] {
            texts.enumerated().map { TextLine(text: Substring($1), offset: 0, blankBefore: blank && $0 > 0, lineNumber: $0 + 1) }
        }
        #expect(IssuerUnderCreditLabel.holds(1, lines(["Fourni par", "Atelier Marnier"])))
        #expect(IssuerUnderCreditLabel.holds(1, lines(["Contenido proporcionado por", "Bodegas Lazcano"])))
        // A lone "By" is a byline label (`LoneBylineLabel`); a label set apart by a blank holds nothing.
        #expect(!IssuerUnderCreditLabel.holds(1, lines(["By", "Ann Lee"])))
        #expect(!IssuerUnderCreditLabel.holds(1, lines(["News provided by", "Harbor Loop Robotics"], blank: true)))
        #expect(!IssuerUnderCreditLabel.holds(1, lines(["Sports and news", "Harbor Loop Robotics"])))
        // A menu's label open on "by" credits nothing: its options are no issuer.
        #expect(!IssuerUnderCreditLabel.holds(1, lines(["Sort results by", "Date"])))
        #expect(!IssuerUnderCreditLabel.holds(1, lines(["Browse by", "Africa"])))
    }
}
