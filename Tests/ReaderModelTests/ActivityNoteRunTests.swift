import Foundation
import Testing
@testable import ReaderModel

/// An invented blog post followed by its reader activity notes: one line per reader, a handle and
/// the same few words ("... liked this", "... shared this from ..."), with remarks between them.
@Suite struct ActivityNoteRunTests {
    static let article = [
        "The lighthouse keepers' cottage at the end of the spit has been repainted for the first time in thirty years, using the original lime wash recipe.",
        "Volunteers spent most of the summer scraping the old coats by hand, and the trust hopes to open the ground floor to visitors next spring.",
        "A small exhibition about the keepers who lived there will fill the kitchen, with their logbooks lent by the families that kept them.",
    ]

    static let notes = [
        "saltmarsh-wren liked this",
        "pebbleandoar shared this from coastwatcher",
        "coastwatcher shared this from tidewrite and added:",
        "That lime wash is the real thing, my grandfather mixed it the same way.",
        "fogbell liked this",
        "harbour-kit liked this",
        "drift_ledger shared this from tidewrite",
        "kelpforest88 liked this",
        "moorlight shared this from tidewrite and added:",
        "Finally! I walked past it every week and hated watching it peel.",
        "gannetgrey liked this",
        "northstack shared this from pebbleandoar",
        "tidewrite posted this",
    ]

    static func page(_ tail: [String]) -> String {
        let page = ["Menu", "Archive", "", "The keepers' cottage gets its colour back", ""] + article.flatMap { [$0, ""] }
            + ["Posted 3 days ago", "14 notes", ""] + tail + ["", "Powered by a blog host", "Theme by someone"]
        return page.joined(separator: "\n")
    }

    @Test func handlesBeforeRepeatedWordsAreNotes() {
        let doc = Cleaner().clean(Article(source: "t.txt", format: .text, text: Self.page(Self.notes)))
        #expect(doc.paragraphs == Self.article)
        let lines = LineSplitter.lines(of: Self.page(Self.notes))
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        ActivityNoteRun.mark(lines, &evidence)
        let remark = lines.indices.first { lines[$0].text.hasPrefix("Finally!") }!
        #expect(evidence[remark].noiseSource?.description.contains(ActivityNoteRun.evidence) == true)
    }

    @Test func aRepeatedLabelDownAListIsNoNotes() {
        // The same first word every time: a label, not readers.
        let list = (1...10).map { "Posted by the \(["tides", "boats", "birds", "weather", "maps"][$0 % 5]) desk" }
        let lines = LineSplitter.lines(of: Self.page(list))
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        ActivityNoteRun.mark(lines, &evidence)
        #expect(!evidence.contains { $0.noiseSource?.description.contains(ActivityNoteRun.evidence) == true })
    }

    @Test func aTableColumnOfDatesIsNoNotes() {
        // Release numbers before a repeated month and year: a table, not readers.
        let table = (1...10).map { "v\($0).2\tMarch 2021" }
        let lines = LineSplitter.lines(of: Self.page(table))
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        ActivityNoteRun.mark(lines, &evidence)
        #expect(!evidence.contains { $0.noiseSource?.description.contains(ActivityNoteRun.evidence) == true })
    }

    @Test func readsTheRepeatedWords() {
        let lines = LineSplitter.lines(of: ["fogbell liked this", "Ana\tshared this from x", "12 liked this", "The tide came in.", "@kit liked this"].joined(separator: "\n"))
        #expect(ActivityNoteRun.noteKey(lines[0]) == "liked this")
        #expect(ActivityNoteRun.noteKey(lines[1]) == "shared this")
        #expect(ActivityNoteRun.noteKey(lines[2]) == nil)
        #expect(ActivityNoteRun.noteKey(lines[3]) == nil)
        #expect(ActivityNoteRun.noteKey(lines[4]) == "liked this")
    }

    /// The key ends at the third token's end however the tokens are spaced, runs to the line's end
    /// after two tokens, and is found in lines with letters of other scripts.
    @Test func readsTheKeyByByteOffsets() {
        let lines = LineSplitter.lines(of: ["Zoë  liked   this post", "Ярослава ответила", "quill liked this 3", "a b c d e f g h i j k"].joined(separator: "\n\n"))
        #expect(ActivityNoteRun.noteKey(lines[0]) == "liked   this")
        #expect(ActivityNoteRun.noteKey(lines[1]) == "ответила")
        #expect(ActivityNoteRun.noteKey(lines[2]) == "liked this")
        #expect(ActivityNoteRun.noteKey(lines[3]) == nil)
    }
}

/// A table copied one cell a line, whose rows the joiner glued back: a column that repeats down
/// the table is data, not the repeated words of reader notes.
@Suite struct ActivityNoteRunTableTests {
    @Test func joinedTableRowsAreNoNotes() {
        let names = ["Perch", "Climb", "Groom", "Chase", "Doze", "Forage", "Call", "Wade", "Bask"]
        var page = ["Behaviours we recorded at the pond", "",
                    "We watched the otters for six weeks and wrote down every behaviour we saw, with the animals that showed it.", ""]
        for name in names { page += [name, "\t", "Plain to see", "\t", "Ada, Bram, Cleo", ""] }
        page += ["After the tables were done we began to record their calls with a small microphone by the water.", ""]
        let text = page.joined(separator: "\n")
        let lines = TabCellRowJoiner.join(LineSplitter.lines(of: text), in: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        ActivityNoteRun.mark(lines, &evidence)
        #expect(!evidence.contains { $0.noise == .comments })
    }
}
