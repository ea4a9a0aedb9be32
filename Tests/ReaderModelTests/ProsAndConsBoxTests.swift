import Foundation
import Testing
@testable import ReaderModel

/// Invented review pages whose pros-and-cons box ("Points forts" / "Points faibles", "Pros" /
/// "Cons") stands between the test's paragraphs and its verdict: short lines without sentences,
/// the shape of a share bar, which are the review's own and must not end its body.
@Suite struct ProsAndConsBoxTests: TextPageCleaning {
    static let opening = [
        "La bouilloire Vapeur 2 chauffe un litre d'eau en un peu moins de trois minutes, ce qui la place dans la moyenne des modèles que nous avons essayés cette année, mais son bec verse sans éclabousser.",
        "Son socle tourne sur lui-même et le couvercle s'ouvre d'une pression, même avec des mains mouillées. Le filtre à calcaire se retire sans outil et passe au lave-vaisselle, ce qui est rare à ce prix.",
    ]
    static let verdict = "Pour une cuisine où l'on fait du thé plusieurs fois par jour, la Vapeur 2 est un achat sûr. Ceux qui veulent régler la température au degré près regarderont ailleurs."

    static func page(box: [String]) -> [String] {
        ["Maison Test", "Accueil", "Tests", "Cuisine", "", "Test de la bouilloire Vapeur 2 : rapide, silencieuse et sans éclaboussures", "",
         "Par Claire Morel", "3 mars 2025", ""]
            + opening.flatMap { [$0, ""] }
            + box + ["", "Notre avis", "", verdict, "", "Partager", "Facebook", "X", "E-mail", "", "Commentaires (3)"]
    }

    static let box = ["Points forts", "", "Chauffe rapide", "Bec sans éclaboussures", "Filtre lavable", "",
                      "Points faibles", "", "Pas de réglage de température", "Cordon un peu court"]

    @Test func theBoxAndTheVerdictUnderItStay() {
        let doc = clean(Self.page(box: Self.box))
        #expect(doc.paragraphs.contains("Bec sans éclaboussures"))
        #expect(doc.paragraphs.contains("Cordon un peu court"))
        #expect(doc.paragraphs.last == Self.verdict)
        #expect(!doc.paragraphs.contains("Facebook"))
        #expect(doc.evidence(of: "Points faibles").contains(ProsAndConsBox.evidence))
        // The verdict's heading under the box heads the paragraph after it; it is no item of the box.
        #expect(doc.evidence(of: "Notre avis").contains(ProsAndConsBox.headingEvidence))
        #expect(doc.paragraphs.contains("Notre avis"))
    }

    @Test func aShareBarWithoutThePairStillEndsTheBody() {
        // The same short lines under one label only: no box, a bar of buttons with scattered prose under it.
        let doc = clean(Self.page(box: ["Partager sur", "", "Facebook", "Bluesky", "WhatsApp", "", "Imprimer", "", "Copier le lien", "E-mail"]))
        #expect(!doc.paragraphs.contains("WhatsApp"))
    }

    @Test func labelsOfEachSideInSeveralLanguages() {
        func line(_ text: String) -> TextLine { TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1) }
        for (pro, con) in [("Pros", "Cons"), ("Vorteile:", "Nachteile:"), ("Ventajas", "Inconvenientes"), ("Pregi", "Difetti"),
                           ("Plusy", "Minusy"), ("Плюсы", "Минусы"), ("What we like", "What we don't like")] {
            #expect(ProsAndConsBox.side(of: line(pro)) == true, "\(pro)")
            #expect(ProsAndConsBox.side(of: line(con)) == false, "\(con)")
        }
        // A label must stand alone: a sentence holding the word is no label.
        #expect(ProsAndConsBox.side(of: line("The pros of the new model")) == nil)
    }

    @Test func aBoxNeedsItemsUnderBothLabels() {
        func lines(_ texts: [String]) -> [TextLine] {
            texts.enumerated().map { TextLine(text: Substring($1), offset: 0, blankBefore: false, lineNumber: $0 + 1) }
        }
        #expect(ProsAndConsBox.holds(0..<5, lines(["Pro", "Leise", "Leicht", "Contra", "Teuer"])))
        // Two labels glued one under the other, or a con label with nothing under it, make no box.
        #expect(!ProsAndConsBox.holds(0..<3, lines(["Pro", "Contra", "Teuer"])))
        #expect(!ProsAndConsBox.holds(0..<3, lines(["Pro", "Leise", "Contra"])))
    }
}
