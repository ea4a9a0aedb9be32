import ReaderModel

/// Original articles (written for these tests) about one made-up event, sharing quotes and facts
/// with different punctuation, quote marks and attribution, and one article about something else.
enum PassageFixtures {
    static let ledgerParagraphs = [
        "Councillor Ada Brenn told the meeting: “We will not let the island wait another winter for a boat.” The vote passed by nine to two.",
        "The ferry will run twice a day from June and carry up to two hundred passengers, the council said.",
        "Fishermen at the quay were less sure. Old Tomas Verne asked who would pay for the crossing when the storms came.",
    ]
    static let postParagraphs = [
        "\"We will not let the island wait another winter for a boat,\" said Ada Brenn, who chairs the harbour council.",
        "The council said the ferry will run twice a day from June and carry up to two hundred passengers.",
        "Tickets will cost four crowns for islanders and six for visitors, according to the draft timetable.",
    ]
    static let weatherParagraphs = [
        "Rain is expected along the coast on Saturday, clearing by Sunday afternoon with light winds from the west.",
        "Farmers inland hope the showers will last long enough to fill the reservoirs before the dry months.",
    ]

    static let ledger = Document(source: "ledger.txt", title: "Council backs ferry to Little Skerry",
                                 standfirst: "The harbour council approved the ferry line after a long debate.",
                                 paragraphs: ledgerParagraphs)
    static let post = Document(source: "post.txt", title: "Island ferry approved", paragraphs: postParagraphs)
    static let weather = Document(source: "weather.txt", title: "Weekend weather", paragraphs: weatherParagraphs)
}
