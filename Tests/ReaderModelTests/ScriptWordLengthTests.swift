import Testing
@testable import ReaderModel

/// Word counts of scripts whose words are not English-sized: Thai vowel signs and tone marks sit on
/// a letter and add no length, so a one-line teaser under a "related" label stays a short line.
@Suite struct ScriptWordLengthTests {
    static let thaiTeasers = [
        "ร้านก๋วยเตี๋ยวเรือเจ้าดังย้ายไปเปิดที่ท่าน้ำแห่งใหม่",
        "ชาวสวนมะม่วงริมคลองเตรียมรับมือหน้าแล้งที่จะมาถึงนี้",
        "นักเรียนประถมลงเรือเก็บขยะในคลองทุกวันเสาร์ตลอดเดือน",
    ]

    static let thaiParagraphs = [
        "ตลาดน้ำริมคลองบางขุนเทียนกลับมาเปิดให้นักท่องเที่ยวเข้าชมอีกครั้งเมื่อเช้าวันอาทิตย์ หลังจากต้องปิดไปเพราะน้ำท่วมนานเกือบสามเดือน โดยพ่อค้าแม่ค้ากว่าห้าสิบรายนำเรือมาจอดขายผลไม้และอาหารพื้นบ้าน",
        "ผู้ใหญ่บ้านเล่าว่าชาวบ้านช่วยกันขุดลอกคลองและซ่อมสะพานไม้ที่ผุพังด้วยตัวเอง โดยใช้เงินที่ได้จากการจัดงานบุญประจำปีของวัดในชุมชน",
        "แม่ค้าขายขนมไทยคนหนึ่งบอกว่ายอดขายในวันแรกดีกว่าที่คาดไว้มาก เพราะมีนักท่องเที่ยวต่างชาติเดินทางมาถึงตั้งแต่ก่อนเจ็ดโมงเช้า และหลายคนซื้อขนมกลับไปเป็นของฝาก",
        "ทางเขตมีแผนจะติดตั้งป้ายบอกทางและห้องน้ำสาธารณะเพิ่มเติมภายในสิ้นปีนี้ เพื่อรองรับผู้มาเยือนที่คาดว่าจะเพิ่มขึ้นในช่วงวันหยุดยาว",
    ]

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: false, lineNumber: 1)
    }

    static let thaiTitle = "ตลาดน้ำริมคลองบางขุนเทียนกลับมาคึกคักอีกครั้ง"

    /// A Thai page as a browser copies it: a menu, two paragraphs, a "related news" label with
    /// three one-line teasers, two more paragraphs, a share bar and a comment header.
    static var thaiTextCopy: String {
        let p = thaiParagraphs
        return (["หน้าแรก", "ค้นหา", "เมนู", "", thaiTitle, "", p[0], "", p[1], "", "ข่าวที่เกี่ยวข้อง", ""]
            + thaiTeasers.flatMap { [$0, ""] } + [p[2], "", p[3], "", "แชร์", "", "ความคิดเห็น (3)"]).joined(separator: "\n")
    }

    @Test func thaiMarksAddNoLength() {
        // Twelve letters with eight marks (tone marks, vowels above and below), and without the marks.
        let marked = Self.line("ข่าวที่เกี่ยวข้องผู้")
        let bare = Self.line("ขาวทเกยวของผ")
        #expect(marked.script.southeastAsian == bare.script.southeastAsian)
        #expect(marked.wordCount == bare.wordCount)
    }

    @Test func laoMyanmarAndKhmerMarksAddNoLength() {
        #expect(Self.line("ເມືອງ").script.southeastAsian == Self.line("ເມອງ").script.southeastAsian)
        #expect(Self.line("မြို့").script.southeastAsian == Self.line("မ").script.southeastAsian)
        #expect(Self.line("ព័ត៌មាន").script.southeastAsian == Self.line("ពតមន").script.southeastAsian)
    }

    @Test(arguments: thaiTeasers)
    func thaiTeaserIsAShortLine(teaser: String) {
        let line = Self.line(teaser)
        #expect(line.wordCount < 12)
        #expect(LineShape(line, densityScale: 0) == .short)
    }

    @Test(arguments: thaiParagraphs)
    func thaiParagraphStaysProse(paragraph: String) {
        #expect(LineShape(Self.line(paragraph), densityScale: 0) == .good)
    }

    @Test func thaiTeasersUnderARelatedLabelMidBodyGo() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.thaiTextCopy))
        #expect(doc.title == Self.thaiTitle)
        #expect(doc.paragraphs == Self.thaiParagraphs)
        let removed = Set(doc.removed.map(\.text))
        for teaser in Self.thaiTeasers { #expect(removed.contains(teaser), "\(teaser)") }
    }
}

/// Czech and Hungarian put few English function words in a sentence but share a handful ("a",
/// "i", "is"), so a page of them can be judged by English density; a paragraph of 18 words spelled
/// with accents is still prose there.
@Suite struct NonEnglishSpellingTests {
    static let czechParagraphs = [
        "Dobrovolní hasiči z Lipové otevřeli v sobotu odpoledne muzeum v přestavěné zbrojnici, kterou dva roky opravovali vlastními silami.",
        "Ve třech místnostech jsou vystaveny historické stříkačky, uniformy a kroniky sboru, nejstarší exponát pochází z konce devatenáctého století.",
        "Starosta obce připomněl, že část peněz na opravu střechy a oken darovali místní podnikatelé a rodáci žijící v zahraničí.",
        "Muzeum bude otevřeno každou neděli od jara do podzimu, skupiny škol a spolků se mohou objednat i mimo tuto dobu.",
    ]

    static let czechTitle = "Obec Lipová otevřela nové hasičské muzeum"

    /// A menu above the story and furniture between its paragraphs, as a text copy of a Czech page prints them.
    static var czechTextCopy: String {
        let p = czechParagraphs
        return (["Úvod", "Zprávy", "Sport", "Hledat", "", czechTitle, "", p[0], "", "REKLAMA", "",
                 p[1], "", p[2], "", "Nejčtenější", "Doporučujeme", "", p[3], "", "Sdílet", "Komentáře (4)"])
            .joined(separator: "\n")
    }

    static func line(_ text: String) -> TextLine {
        TextLine(text: Substring(text), offset: 0, blankBefore: false, lineNumber: 1)
    }

    @Test func czechParagraphIsProseUnderEnglishDensity() {
        let line = Self.line(Self.czechParagraphs[1])
        #expect(line.script.isSpelledOutsideASCII(words: line.wordCount))
        #expect(line.stopwordDensity < 0.18)
        #expect(LineShape(line, densityScale: 1) == .good)
    }

    @Test func hungarianParagraphIsProseUnderEnglishDensity() {
        let line = Self.line("Az új hídon szerdától villamosok járnak, gyalogosoknak külön járdát építettek mindkét oldalon, fasorral és kerékpársávval együtt.")
        #expect(line.stopwordDensity < 0.18)
        #expect(LineShape(line, densityScale: 1) == .good)
    }

    @Test(arguments: [
        "Ministers met José Martínez in Brussels on Tuesday to discuss the budget for next year.",
        "The café reopened after a long renovation and the owners thanked their patient customers.",
    ])
    func englishLineWithAFewAccentsKeepsEnglishDensity(text: String) {
        let line = Self.line(text)
        #expect(!line.script.isSpelledOutsideASCII(words: line.wordCount))
    }

    @Test func czechPageKeepsEveryParagraph() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.czechTextCopy))
        #expect(doc.title == Self.czechTitle)
        #expect(([doc.standfirst].compactMap { $0 } + doc.paragraphs) == Self.czechParagraphs)
    }
}
