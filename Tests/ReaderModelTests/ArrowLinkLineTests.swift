import Testing
@testable import ReaderModel

/// Invented lines and a post whose navigation links ("« Older title", "Newer title »") sit inside
/// the run kept as its body: the links leave, while quotes in guillemets stay.
@Suite struct ArrowLinkLineTests {
    static let post = [
        "The lighthouse keeper's cottage reopened on Sunday as a small museum, with the old logbooks laid out in glass cases along the hall.",
        "Volunteers spent the winter scraping the paint from the shutters, and the lamp room is open to visitors on dry afternoons with a guide.",
        "The trust hopes to raise enough from the summer's tickets to mend the seaward wall before the autumn storms come in.",
    ]

    @Test func linksPointingOffTheLineAreArrows() {
        #expect(ArrowLinkLine.isArrowLink("« The harbour wall repairs begin"))
        #expect(ArrowLinkLine.isArrowLink("Keeper's logbooks go online »"))
        #expect(ArrowLinkLine.isArrowLink("← Back to all stories"))
        #expect(ArrowLinkLine.isArrowLink("See all photos →"))
        #expect(ArrowLinkLine.isArrowLink("« The harbour wall | Main | Logbooks online »"))
        #expect(ArrowLinkLine.isArrowLink("« The harbour wall repairs begin | Main"))
        #expect(ArrowLinkLine.isArrowLink("Следующая статья ›"))
    }

    @Test func quotesInGuillemetsStay() {
        // A quote opened and closed on the line (French, Russian), or the Nordic »…».
        #expect(!ArrowLinkLine.isArrowLink("« Nous rouvrons le phare » a dit la gardienne"))
        #expect(!ArrowLinkLine.isArrowLink("Les « carnets du gardien »"))
        #expect(!ArrowLinkLine.isArrowLink("»Vi öppnar fyren i maj»"))
        // A quoted paragraph that runs on to the next line opens without closing, but ends a sentence.
        #expect(!ArrowLinkLine.isArrowLink("« Nous rouvrons le phare au printemps, avec les carnets."))
        #expect(!ArrowLinkLine.isArrowLink("The lamp was lit again →  and the crowd cheered."))
    }

    @Test func navigationLinksInsideTheBodyAreMarked() {
        let nav = ["« Gulls return to the cliffs", "The summer timetable is out »"]
        let text = (Self.post + nav + ["« Nous rouvrons le phare » a dit la gardienne."]).joined(separator: "\n\n")
        let lines = LineSplitter.lines(of: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        ArrowLinkLine.mark(lines, &evidence, in: 0..<lines.count)
        #expect(lines.indices.filter { evidence[$0].noise == .navigation && evidence[$0].noiseSource == .rule(ArrowLinkLine.evidence) } == [3, 4])
    }
}
