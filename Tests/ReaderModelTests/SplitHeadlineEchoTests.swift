import Testing
@testable import ReaderModel

/// Invented copies whose header sets the headline in two lines (a name as kicker, then the rest)
/// while the page writes it whole just above, in a breadcrumb or a teaser of itself.
@Suite struct SplitHeadlineEchoTests: TextPageCleaning {

    static let body = HeadlineFinderTests.body

    @Test func kickerAndHeadlineWrittenWholeAbove() {
        let page = ["Home", "News", "", "Home", "Marta Example's Ferry Ticket Collection -- SOLD!!!", "Marta Example",
                    "Ferry Ticket Collection ... SOLD!!!!", "3/4/2025 9:10 AM PST BY STAFF", ""] + Self.body
        #expect(clean(page).title == "Marta Example's Ferry Ticket Collection -- SOLD!!!")
    }

    @Test func spanishKickerAndHeadline() {
        let body = [
            "El nuevo transbordador entre Almsford y Cray Point saldrá cada veinte minutos desde el lunes, según informó el jueves la oficina de transporte del condado.",
            "",
            "Dos barcos nuevos, construidos en el astillero de Cray Point, se suman al servicio esta semana; cada uno lleva sesenta pasajeros y una docena de bicicletas.",
        ]
        let page = ["Inicio", "Noticias", "", "Inicio", "Almsford: el transbordador sale cada veinte minutos", "Almsford",
                    "El transbordador sale cada veinte minutos", "4 de marzo de 2025", ""] + body
        #expect(clean(page).title == "Almsford: el transbordador sale cada veinte minutos")
    }

    /// A label over the headline that the line above does not join with it stays a label.
    @Test func aLabelNotEchoedWholeIsNoKicker() {
        let headline = "Two new boats double the Almsford river ferry crossings"
        let page = ["Home", "News", "", "Bakery wins regional prize for its rye loaf", "Transport", headline,
                    "March 4, 2025", ""] + Self.body
        #expect(clean(page).title == headline)
    }
}
