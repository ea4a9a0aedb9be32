import Testing
@testable import ReaderModel

/// Invented pages: a section heading set over a photo is kept when the photo's credit, printed at
/// every picture of the page, stands between it and its paragraph; a handle in the line, or a date
/// line under it (the next post of a thread), still drops it.
@Suite struct HeadingOverFurnitureTests: TextPageCleaning {
    static let credit = "Photo: Ödön Farkas for the Harbour Trust"
    static let harbour = [
        "Winter timetables for the island ferries",
        "",
        "The harbour trust published its winter timetables on Monday, and for the first time in a decade the early crossing to the outer islands will run on Sundays as well as on weekdays.",
        "",
        credit,
        "",
        "Skippers had asked for the change for years, saying that the first boat of the day was often full of workers who now have to wait for the afternoon crossing at weekends.",
        "",
        "Changes at the north pier",
        "",
        credit,
        "",
        "The north pier will close for repairs from the middle of January, and while the work goes on all departures will leave from the old fish quay on the other side of the basin.",
        "",
        "The trust says the repairs should be finished before Easter, when the summer timetable starts again with the extra evening boats that the islanders asked for last year.",
        "",
        credit,
    ]
    /// The same page in Cyrillic.
    static let harbourRussian = [
        "Зимнее расписание паромов на острова",
        "",
        "Управление порта опубликовало зимнее расписание в понедельник, и впервые за десять лет ранний рейс на дальние острова будет ходить по воскресеньям так же, как и по будним дням.",
        "",
        "Фото: Ödön Farkas для управления порта",
        "",
        "Капитаны давно просили об этом, говоря, что первый паром дня часто заполнен рабочими, которым теперь приходится ждать дневного рейса по выходным дням до самого вечера.",
        "",
        "Перемены у северного причала",
        "",
        "Фото: Ödön Farkas для управления порта",
        "",
        "Северный причал закроется на ремонт с середины января, и пока идут работы, все рейсы будут отправляться от старой рыбной пристани на другой стороне гавани у маяка.",
        "",
        "В управлении говорят, что ремонт закончится до Пасхи, когда снова начнётся летнее расписание с дополнительными вечерними рейсами, о которых просили жители островов в прошлом году.",
        "",
        "Фото: Ödön Farkas для управления порта",
    ]

    @Test func aHeadingOverARepeatedCreditIsKept() {
        let doc = clean(Self.harbour)
        #expect(doc.paragraphs.contains("Changes at the north pier"))
        #expect(doc.blocks.first { $0.text == "Changes at the north pier" }?.evidence?.contains(HeadingOverFurniture.evidence) == true)
        #expect(!doc.paragraphs.contains(Self.credit))
    }

    @Test func aHeadingOverARepeatedCreditIsKeptInCyrillic() {
        let doc = clean(Self.harbourRussian)
        #expect(doc.paragraphs.contains("Перемены у северного причала"))
        #expect(doc.blocks.first { $0.text == "Перемены у северного причала" }?.evidence?.contains(HeadingOverFurniture.evidence) == true)
    }

    @Test func aLineWithAHandleIsNotKept() {
        let lines = Self.harbour.map { $0 == "Changes at the north pier" ? "Changes at the pier @harbourtrust" : $0 }
        #expect(!clean(lines).paragraphs.contains("Changes at the pier @harbourtrust"))
    }

    @Test func aGalleryTeaserOverARepeatedLinkIsNotKept() {
        // "View the full gallery »" printed at each embedded gallery is a link, not a photo's credit.
        let link = "View the full gallery »"
        let lines = Self.harbour.map { $0 == Self.credit ? link : $0 }
        let doc = clean(lines)
        #expect(doc.blocks.first { $0.text == "Changes at the north pier" }?.evidence?.contains(HeadingOverFurniture.evidence) != true)
    }

    @Test func aLineOverADateLineIsNotKept() {
        // A short last line of one post over the date that opens the next is no heading.
        var lines = Self.harbour
        lines[10] = "12 January 2024, 09:15"
        let doc = clean(lines)
        #expect(doc.blocks.first { $0.text == "Changes at the north pier" }?.evidence?.contains(HeadingOverFurniture.evidence) != true)
    }
}
