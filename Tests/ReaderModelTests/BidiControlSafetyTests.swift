import Foundation
import Testing
@testable import ReaderModel

/// Issue 11: a bidi override or isolate left open in a title or byline reorders the rest of the
/// terminal line (and of every format printed to one); no document text carries them. The
/// direction marks right-to-left text uses stay.
@Suite("Safety: bidi controls")
struct BidiControlSafetyTests {
    /// The embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
    static let reordering: [Unicode.Scalar] = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
    ]

    static func hasReordering(_ text: String) -> Bool {
        text.unicodeScalars.contains { reordering.contains($0) }
    }

    @Test func stripperDropsEveryReorderingControlAndKeepsMarks() {
        for control in Self.reordering {
            let text = "Ferry \(control)timetable"
            #expect(ControlCharacterStripper.needsStripping(text), "\(control.value)")
            #expect(ControlCharacterStripper.strip(text) == "Ferry timetable")
        }
        // RLM and LRM between Hebrew and a number, as right-to-left pages write them, are kept.
        let marked = "מעבורת\u{200F} 12 \u{200E}km"
        #expect(!ControlCharacterStripper.needsStripping(marked))
        #expect(ControlCharacterStripper.strip(marked) == marked)
        // The neighbours of the stripped ranges in UTF-8 (E2 80 A9, E2 80 AF, E2 81 A5, E2 81 AA) stay.
        #expect(!ControlCharacterStripper.needsStripping("a\u{2029}b\u{202F}c\u{2065}d\u{206A}e"))
    }

    @Test func aControlIsFoundAtEveryPositionOfALine() {
        let plain = "The harbour committee met again on a windy evening."
        for control in Self.reordering {
            for k in 0...plain.count {
                var text = plain
                text.insert(Character(control), at: text.index(text.startIndex, offsetBy: k))
                #expect(ControlCharacterStripper.needsStripping(text), "\(control.value) at \(k)")
            }
        }
    }

    @Test func htmlTitleBylineAndBodyCarryNone() {
        let html = HTMLFixtures.page(
            head: "<title>Pier vote \u{202E}reversed\u{202C} in Marrow Bay</title><meta name=\"author\" content=\"Ola \u{202E}Lindqvist\">",
            inside: "<p>The harbour master said the \u{2067}pier would reopen by March, and the ferry crews agreed with the plan.</p>")
        let document = HTMLFixtures.clean(html)
        #expect(!document.paragraphs.isEmpty)
        for text in TerminalSafetyTests.outputs(document) { #expect(!Self.hasReordering(text), "\(text.debugDescription)") }
        #expect(document.paragraphs.joined().contains("said the pier would reopen"))
    }

    @Test func textCopyTitleBylineAndBodyCarryNone() throws {
        let text = "Pier vote \u{202E}reversed in Marrow Bay\n\nBy Ola \u{2066}Lindqvist\u{2069}\n\n"
            + HTMLFixtures.prose.map { "\u{202B}" + $0 }.joined(separator: "\n\n") + "\n"
        let article = try ArticleLoader().article(from: Array(text.utf8), source: "page.txt", format: .text)
        let document = Cleaner().clean(article)
        #expect(!document.paragraphs.isEmpty)
        for text in TerminalSafetyTests.outputs(document) { #expect(!Self.hasReordering(text), "\(text.debugDescription)") }
    }
}
