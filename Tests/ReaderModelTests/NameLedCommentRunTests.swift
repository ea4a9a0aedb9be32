import Foundation
import Testing
@testable import ReaderModel

/// An invented post followed by comments that are just an author's name or handle over a short text,
/// with no dates, reply lines or comments header: the run of varied names and handles is a thread.
@Suite struct NameLedCommentRunTests {
    static let article = [
        "The orchard on the hill will be open to pickers again this autumn, the growers said, after two seasons in which late frost left most of the trees bare.",
        "Visitors can bring their own baskets or borrow one at the gate, and the growers ask that ladders stay on the marked paths so the young trees are not damaged.",
        "The cider press will run on weekends, and any apples left at the end of the season will go to the school kitchen in the village below.",
    ]

    static let names = ["quillfeather", "Ana Reyes", "@harbourwatch", "http://example.org/tomw Tom W", "Bettina", "oldmillrunner", "Casimir Dunn"]

    static func page(_ heads: [String]) -> String {
        var page = ["Home", "Blog", "", "Picking season returns to the hill orchard", ""] + article.flatMap { [$0, ""] } + ["Share", "Previous post", ""]
        for (k, head) in heads.enumerated() {
            page += [head, "", "Reader \(k) remembers picking there as a child and will bring the whole family this year.", ""]
        }
        return (page + ["Archives", "Contact"]).joined(separator: "\n")
    }

    @Test func variedNamesAndHandlesOverShortTextsAreAThread() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page(Self.names)))
        #expect(doc.paragraphs == Self.article)
        let explained = doc.blocks.first { $0.text.hasPrefix("Reader 2") }?.evidence ?? ""
        #expect(explained.contains(NameLedCommentRun.evidence))
    }

    @Test func headingsWithoutHandlesAreNoThread() {
        // Capitalised section headings over short paragraphs: no handle among them.
        let headings = ["Baskets", "Ladders", "Cider Press", "Parking", "Opening Hours", "School Kitchen", "Weather"]
        var evidence = LineEvidenceCollector.collect(LineSplitter.lines(of: Self.page(headings)), site: nil)
        let lines = LineSplitter.lines(of: Self.page(headings))
        NameLedCommentRun.mark(lines, &evidence)
        #expect(!evidence.contains { $0.noiseSource?.description.contains(NameLedCommentRun.evidence) == true })
    }

    @Test func readsNamesAndHandles() {
        let lines = LineSplitter.lines(of: ["Ana Reyes", "http://example.org/tomw Tom W", "@harbourwatch", "quillfeather", "The end of the day.", "Notes: on the hill", "Ana Maria de la Cruz Reyes"].joined(separator: "\n"))
        #expect(NameLedCommentRun.isName(lines[0]) && !NameLedCommentRun.isHandle(lines[0]))
        #expect(NameLedCommentRun.isName(lines[1]) && NameLedCommentRun.isHandle(lines[1]))
        #expect(NameLedCommentRun.isHandle(lines[2]) && NameLedCommentRun.isHandle(lines[3]))
        #expect(!NameLedCommentRun.isName(lines[4]))
        #expect(!NameLedCommentRun.isName(lines[6]))
    }
}
