import Testing
@testable import ReaderModel

/// Invented copies whose headline the copy hard-wrapped over two lines above the byline: both lines
/// are the title. A lower-case standfirst longer than the headline, a line ending a sentence and a
/// line running on into more text stay out of it.
@Suite struct WrappedHeadlineTests: TextPageCleaning {
    static func page(first: String, second: String, after: [String], paragraphs: [String]) -> [String] {
        ["Harbour Ledger", "News", "Sport", "Weather", "", first, second] + after + [""]
            + paragraphs.flatMap { [$0, ""] }
    }

    static let english = [
        "Ferry fares on the northern routes will rise by a tenth from May, the operator said on Monday, blaming the price of fuel and the cost of repairs to two of its boats.",
        "Passengers who travel to the islands every day will pay about forty pounds more a month, and the council has asked the operator to keep a cheaper ticket for residents.",
        "The operator said it would review the fares again in the autumn once the repaired boats are back on the northern routes.",
    ]

    @Test func bothLinesAreTheTitle() {
        let doc = clean(Self.page(first: "Ferry fares to rise on the", second: "northern routes from May",
                                  after: ["By Ellen Varga", "12 March 2031"], paragraphs: Self.english))
        #expect(doc.title == "Ferry fares to rise on the northern routes from May")
        #expect(doc.evidence(of: "northern routes from May").contains(WrappedHeadline.evidence))
        #expect(doc.paragraphs == Self.english)
    }

    @Test func inSpanishAndRussianToo() {
        let spanish = [
            "El ayuntamiento aprobó el lunes la reforma del muelle viejo, que lleva dos años cerrado por el mal estado de sus pilotes de madera.",
            "Las obras del muelle empezarán en primavera y durarán unos ocho meses, según el concejal de obras, que prometió publicar el contrato completo.",
            "Los pescadores pidieron que el muelle siga abierto para sus barcas durante las obras, al menos por las mañanas.",
        ]
        let doc = clean(Self.page(first: "El ayuntamiento aprueba la reforma del", second: "muelle viejo tras dos años cerrado",
                                  after: ["Por Lucía Ferrer", ""], paragraphs: spanish))
        #expect(doc.title == "El ayuntamiento aprueba la reforma del muelle viejo tras dos años cerrado")
        let russian = [
            "Городской совет в понедельник одобрил ремонт старого причала, который после двух лет простоя почти разрушился.",
            "Работы на причале начнутся весной и продлятся около восьми месяцев, сообщил представитель совета.",
            "Рыбаки попросили оставить причал открытым для их лодок хотя бы по утрам, пока идёт ремонт.",
        ]
        let ru = clean(Self.page(first: "Совет одобрил ремонт старого", second: "причала после двух лет простоя",
                                 after: ["", "Анна Веснина", "12 марта 2031"], paragraphs: russian))
        #expect(ru.title == "Совет одобрил ремонт старого причала после двух лет простоя")
    }

    @Test func nearMissesKeepTheFirstLine() {
        // A lower-case standfirst, longer than the headline: not its second line.
        let standfirst = clean(Self.page(first: "Ferry fares to rise", second: "the operator blames fuel and the repairs to two of its boats on the northern routes",
                                         after: ["", "By Ellen Varga"], paragraphs: Self.english))
        #expect(standfirst.title == "Ferry fares to rise")
        // The lower-case line ends a sentence.
        let sentence = clean(Self.page(first: "Ferry fares to rise on the", second: "northern routes, says operator.",
                                       after: ["By Ellen Varga"], paragraphs: Self.english))
        #expect(sentence.title != "Ferry fares to rise on the northern routes, says operator.")
        // The lower-case line runs on into more lines glued under it: a block of text, not a headline's end.
        let block = clean(Self.page(first: "Ferry fares to rise on the", second: "northern routes from May",
                                    after: ["fares for residents stay the same", "", "By Ellen Varga"], paragraphs: Self.english))
        #expect(block.title != "Ferry fares to rise on the northern routes from May")
    }

    @Test func shapeAlone() {
        let lines = WrappedProseFragmentTests.lines(["Ferry fares to rise on the", "northern routes from May", "By Ellen Varga", nil, "The northern routes will cost more from May."])
        var evidence = [LineEvidence](repeating: LineEvidence(shape: .short), count: lines.count)
        evidence[2].byline = "Ellen Varga"
        #expect(WrappedHeadline.continuation(of: 0, lines, evidence, body: 3..<4) == 1)
        // Past the body's start, or under a line ending in punctuation: none.
        #expect(WrappedHeadline.continuation(of: 0, lines, evidence, body: 1..<4) == nil)
        let colon = WrappedProseFragmentTests.lines(["Ferry fares:", "northern routes from May", "By Ellen Varga"])
        #expect(WrappedHeadline.continuation(of: 0, colon, evidence, body: 3..<3) == nil)
    }
}
