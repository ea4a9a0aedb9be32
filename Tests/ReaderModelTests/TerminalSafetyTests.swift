import Foundation
import Testing
@testable import ReaderModel

/// Issue 12, item 7: no control character from a page reaches any output; soft hyphens and
/// zero-width characters inside words do not split them for entities and search.
@Suite struct TerminalSafetyTests {
    /// Everything a hostile page may carry: CSI, OSC (title change), DCS, BEL, backspace, the
    /// one-scalar C1 CSI, DEL, a carriage return.
    static let hostile = "\u{1B}[2J\u{1B}]0;owned\u{07}\u{1B}P1$q\u{1B}\\\u{07}\u{08}\u{9B}31m\u{7F}\r"

    /// True when `text` holds a scalar no terminal should receive raw (tab and newline are fine).
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\t" && s != "\n") || (0x7F...0x9F).contains(s.value)
        }
    }

    static func outputs(_ document: Document) -> [String] {
        ExportFormat.allCases.map { Exporter.render(document, as: $0) }
            + [document.title ?? "", document.byline ?? "", document.publisher ?? "", document.published ?? ""]
            + document.paragraphs + document.captions + document.removed.map(\.text)
            + document.blocks.map(\.text) + document.blocks.compactMap(\.evidence)
    }

    @Test func htmlPageWithEscapeSequencesGivesCleanFields() {
        let h = Self.hostile
        let html = HTMLFixtures.page(
            head: "<title>Pier \(h)vote</title><meta name=\"author\" content=\"Ola \(h)Lindqvist\"><meta property=\"og:site_name\" content=\"Bay \(h)Herald\">",
            inside: "<p>The harbour master said \(h)the pier would reopen &#x9b;31m by March, and &#27;the ferry crews agreed with the plan.</p>")
        let document = HTMLFixtures.clean(html)
        #expect(!document.paragraphs.isEmpty)
        for text in Self.outputs(document) { #expect(!Self.hasControl(text), "\(text.debugDescription)") }
        #expect(document.paragraphs.contains { $0.contains("The harbour master said the pier would reopen") }, "\(document.paragraphs)")
    }

    @Test func textCopyWithEscapeSequencesGivesCleanFields() throws {
        let h = Self.hostile
        let text = "Pier \(h)vote in Marrow Bay\n\nBy Ola \(h)Lindqvist\n\n" + HTMLFixtures.prose.map { $0 + h }.joined(separator: "\n\n") + "\n"
        let article = try ArticleLoader().article(from: Array(text.utf8), source: "page.txt", format: .text)
        let document = Cleaner().clean(article)
        #expect(!document.paragraphs.isEmpty)
        for text in Self.outputs(document) { #expect(!Self.hasControl(text), "\(text.debugDescription)") }
    }

    @Test func softHyphensAndZeroWidthCharactersJoinTheWord() {
        let html = HTMLFixtures.page(inside: "<p>The contract was signed by Anna Nov&shy;ak, the harbour engineer, and by Pe\u{200B}ter Hol\u{2060}m of the ferry company on Monday.</p>")
        let document = HTMLFixtures.clean(html)
        let body = document.paragraphs.joined(separator: "\n")
        #expect(body.contains("Anna Novak"))
        #expect(body.contains("Peter Holm"))
        let names = EntityIndex(documents: [document]).entities.map(\.name)
        #expect(names.contains("Anna Novak"), "\(names)")
    }

    @Test func stripperKeepsTabsNewlinesAndOrdinaryText() {
        #expect(ControlCharacterStripper.strip("plain\ttext\nline") == "plain\ttext\nline")
        #expect(ControlCharacterStripper.strip("a\u{1B}[1;31mb\u{1B}[0mc") == "abc")
        #expect(ControlCharacterStripper.strip("x\u{1B}]8;;http://e\u{1B}\\link\u{1B}]8;;\u{1B}\\y") == "xlinky")
        #expect(ControlCharacterStripper.strip("one\u{9B}2Jtwo") == "onetwo")
        // An unterminated OSC ends at the line break: the next line survives.
        #expect(ControlCharacterStripper.strip("a\u{1B}]0;title\nnext") == "a\nnext")
        #expect(ControlCharacterStripper.strip("café — “quoted” 東京 \u{200D}") == "café — “quoted” 東京 \u{200D}")
    }

    @Test func controlsAreFoundAtEveryPositionOfALongLine() {
        // The scan skips eight printable bytes at a time: a control in any lane, or straddling
        // two words, must still be found; printable ASCII and ordinary Unicode must not be.
        let plain = "The harbour committee met again on a windy evening."
        #expect(!ControlCharacterStripper.needsStripping(plain))
        #expect(!ControlCharacterStripper.needsStripping(plain + " “quoted” café 東京 ~"))
        for mark in ["\u{1B}", "\u{7F}", "\u{0}", "\u{1F}", "\u{85}", "\u{AD}", "\u{200B}", "\u{2060}", "\u{FEFF}", "\r"] {
            for k in 0...plain.count {
                var text = plain
                text.insert(contentsOf: mark, at: text.index(text.startIndex, offsetBy: k))
                #expect(ControlCharacterStripper.needsStripping(text), "\(k)")
            }
        }
    }

    @Test func fileNamesArePrintedEscaped() {
        let error = LoadError(path: "bad\u{1B}]0;x\u{07}\u{9B}name.html", kind: .empty)
        #expect(!Self.hasControl(error.description))
        #expect(error.description.contains("bad\\x1B]0;x\\x07\\x9Bname.html"))
        let document = Document(source: "dir/\u{1B}[2Jpage.txt", title: "T", paragraphs: ["Body text."])
        for format in ExportFormat.allCases { #expect(!Self.hasControl(Exporter.render(document, as: format))) }
    }
}

extension TerminalSafetyTests {
    @Test func carriageReturnsBecomeOneSpaceOrNothing() {
        #expect(ControlCharacterStripper.strip("line one\r\nline two\r") == "line one\nline two")
        #expect(ControlCharacterStripper.strip("over\rwrite") == "over write")
    }
}

extension TerminalSafetyTests {
    /// HTML reads the references &#128;-&#159; as Windows-1252 (an em dash for &#151;); libxml2
    /// gives C1 controls, which become those characters rather than vanishing between two words.
    @Test func c1ReferencesInHTMLAreWindows1252() {
        let html = HTMLFixtures.page(inside: "<p>The harbour master said the pier would reopen&#151;by March&#151;and called it &#147;a fresh start&#148; for the bay.</p>")
        let body = HTMLFixtures.clean(html).paragraphs.joined(separator: "\n")
        #expect(body.contains("reopen—by March—and called it “a fresh start” for"))
    }
}
