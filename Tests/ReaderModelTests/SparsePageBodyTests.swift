import Testing
@testable import ReaderModel

/// Invented pages on which no line reads as English prose: the body is the densest run of clean
/// lines, never empty.
@Suite struct SparsePageBodyTests: TextPageCleaning {

    @Test func aNoteOfAFewWordsIsKept() {
        let doc = clean(["Kettle descaled", "", "Window latch fixed"])
        #expect(doc.paragraphs == ["Kettle descaled", "Window latch fixed"])
        #expect(doc.blocks.contains { ($0.evidence ?? "").contains("sparse page") })
    }

    @Test func oneLongUnfinishedLineIsKept() {
        let line = "Rooftop gardens across the old mill district now grow beans, squash and herbs for two soup kitchens, th"
        #expect(clean([line]).paragraphs == [line])
    }

    @Test func esperantoProseUnderAnEnglishHeadingIsKept() {
        let heading = "This heading is written in English but the text below it is not in the same language"
        let prose = [
            "La malnova ponto super la rivero estis riparita dum la somero, kaj nun biciklantoj denove povas transiri ĝin sen zorgo.",
            "Laboristoj anstataŭigis la rustajn relojn, farbis la balustradon kaj plantis florojn ĉe ambaŭ finoj de la ponto.",
        ]
        let doc = clean([heading] + prose)
        #expect(doc.paragraphs.suffix(2) == prose[...])
    }

    @Test func aPageOfOnlyFurnitureStaysEmpty() {
        let doc = clean(["Skip to content", "Advertisement", "Subscribe"])
        #expect(doc.paragraphs.isEmpty)
    }
}
