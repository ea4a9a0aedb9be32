import Foundation
import Testing
@testable import ReaderModel

/// Invented transcripts (a Spanish radio interview, an English one) that close on a short turn and
/// a cue in brackets under the last long turn: the transcript's own lines, which the body's run
/// leaves out for their shortness.
@Suite struct TranscriptClosingTurnsTests: TextPageCleaning {
    static let turns = [
        "GARCÍA: Buenos días. Hoy hablamos con Lucía Ferrer, que durante veinte años ha llevado el faro de la isla de Sálvora. Se jubila este mes. Buenos días, Lucía.",
        "FERRER: Buenos días.",
        "GARCÍA: ¿Cómo era un día normal en el faro?",
        "FERRER: Empezaba antes del amanecer. Había que revisar la lámpara, anotar el tiempo y escuchar la radio de los pesqueros. Las noches de temporal no dormía nadie en la isla.",
        "[MÚSICA]",
        "GARCÍA: ¿Qué va a echar de menos?",
        "FERRER: El silencio. Y el ruido del mar contra las rocas del norte, que cambia según el viento y que aprendí a leer como si fuera un libro abierto.",
        "GARCÍA: Lucía Ferrer, muchas gracias.",
    ]

    static func page(closing: [String]) -> [String] {
        ["Radio Costa", "Inicio", "Programas", "Pódcast", "", "Transcripción: la última farera de Sálvora", "", "12 de marzo de 2025", ""]
            + turns.flatMap { [$0, ""] } + closing
            + ["", "Más de Mañanas en la Costa", "Un pescador que aún remienda sus redes", "", "Aviso legal | Privacidad | Contacto"]
    }

    @Test func theClosingTurnAndCueStay() {
        let doc = clean(Self.page(closing: ["FERRER: Gracias a ustedes.", "", "(MÚSICA)"]))
        #expect(doc.paragraphs.suffix(3) == ["GARCÍA: Lucía Ferrer, muchas gracias.", "FERRER: Gracias a ustedes.", "(MÚSICA)"])
        #expect(doc.evidence(of: "(MÚSICA)").contains(TranscriptClosingTurns.evidence))
        #expect(!doc.paragraphs.contains { $0.hasPrefix("Más de") })
    }

    @Test func aTurnOfAnotherLabelIsNotTaken() {
        // "Aviso:" names no speaker of the transcript: the page's notice, not a turn.
        let doc = clean(Self.page(closing: ["Aviso: transcripción revisada."]))
        #expect(doc.paragraphs.last == "GARCÍA: Lucía Ferrer, muchas gracias.")
    }

    @Test func speakerLabelsAndCues() {
        #expect(TranscriptClosingTurns.speaker(of: "KOWALCZYK: Thank you.") == "KOWALCZYK")
        #expect(TranscriptClosingTurns.speaker(of: "ANNA KOWALCZYK: Thank you.") == "ANNA KOWALCZYK")
        #expect(TranscriptClosingTurns.speaker(of: "Moderatorin：Danke.") == "Moderatorin")
        // A sentence with a colon late in it, a lower-case opening or a time is no turn.
        #expect(TranscriptClosingTurns.speaker(of: "The council said on Friday that it would decide: yes.") == nil)
        #expect(TranscriptClosingTurns.speaker(of: "note: see below") == nil)
        #expect(TranscriptClosingTurns.speaker(of: "At 10:30 the ship left.") == nil)
        func line(_ text: String) -> TextLine { TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1) }
        #expect(TranscriptClosingTurns.isCue(line("(SOUNDBITE OF MUSIC)")))
        #expect(TranscriptClosingTurns.isCue(line("[Applaus]")))
        #expect(!TranscriptClosingTurns.isCue(line("(Reporting by Ann Lee. Editing by Tom Hale.)")))
    }
}
