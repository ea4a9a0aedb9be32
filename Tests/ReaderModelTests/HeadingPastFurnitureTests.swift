import Testing
@testable import ReaderModel

/// Invented pages: a sub-heading over its paragraph is kept when a photo credit the page prints
/// three times stands between it and the paragraph above; a share row there still drops it.
@Suite struct HeadingPastFurnitureTests: TextPageCleaning {
    static let walk = [
        "A walk along the old canal towpath",
        "",
        "Photo: Ilse Varga for the Canal Society",
        "",
        "The towpath behind the mill has been closed for most of the winter, and when it opened again in March the first walkers found the hedges cut back and the gravel renewed all the way to the lock.",
        "",
        "Photo: Ilse Varga for the Canal Society",
        "",
        "Where the water turns",
        "The second half of the walk follows the canal as it bends north around the gasworks, and here the path narrows so much that two walkers have to step aside for a single bicycle.",
        "",
        "Beyond the bend the lock keeper's cottage has a new roof, and the society hopes to open its garden to visitors on the first Sunday of every month through the summer.",
        "",
        "Photo: Ilse Varga for the Canal Society",
    ]
    /// The same page in a script written without spaces.
    static let walkJapanese = [
        "運河沿いの小道を歩く",
        "",
        "写真：運河協会",
        "",
        "製粉所の裏にある小道は冬の間ほとんど閉鎖されていましたが、三月に再び開通すると、最初に歩いた人たちは生け垣が刈り込まれ、水門までずっと砂利が新しく敷かれているのに気づきました。",
        "",
        "写真：運河協会",
        "",
        "水の曲がるところ",
        "散歩の後半は、ガス工場の周りを北へ曲がる運河に沿って進みます。ここでは道がとても狭くなり、自転車が一台通るだけで二人の歩行者が脇へよけなければなりません。",
        "",
        "曲がり角の先では水門番の小屋に新しい屋根が付き、協会は夏の間、毎月第一日曜日にその庭を訪問者に開放したいと考えています。",
        "",
        "写真：運河協会",
    ]

    @Test func aHeadingPastARepeatedCreditIsKept() {
        let doc = clean(Self.walk)
        #expect(doc.paragraphs.contains("Where the water turns"))
        #expect(doc.blocks.first { $0.text == "Where the water turns" }?.evidence?.contains(HeadingPastFurniture.evidence) == true)
        #expect(!doc.paragraphs.contains("Photo: Ilse Varga for the Canal Society"))
    }

    @Test func aHeadingPastARepeatedCreditIsKeptInAScriptWithoutSpaces() {
        let doc = clean(Self.walkJapanese)
        #expect(doc.paragraphs.contains("水の曲がるところ"))
        #expect(doc.blocks.first { $0.text == "水の曲がるところ" }?.evidence?.contains(HeadingPastFurniture.evidence) == true)
    }

    @Test func aHeadingPastARuleWithoutWordsIsKept() {
        let lines = Self.walk.enumerated().map { $0.offset == 6 ? "—————" : $0.element }
        let doc = clean(lines)
        #expect(doc.paragraphs.contains("Where the water turns"))
        #expect(doc.blocks.first { $0.text == "Where the water turns" }?.evidence?.contains(HeadingPastFurniture.evidence) == true)
    }

    @Test func aHeadingPastAShareRowIsNotKept() {
        let lines = Self.walk.map { $0 == "Photo: Ilse Varga for the Canal Society" ? "Share this walk" : $0 }
        #expect(!clean(lines).paragraphs.contains("Where the water turns"))
    }
}
