import Testing
@testable import ReaderModel

/// Invented pages without prose whose menu bars would otherwise be kept as the page's text.
@Suite struct MenuBarLineTests: TextPageCleaning {

    @Test func barsOfShortEntriesAreNotTheNote() {
        let doc = clean(["Sign in  |  Register", "", "Kettle descaled", "", "Window latch fixed", "",
                         "Rooms | Rates | Getting Here | Contact Us"])
        #expect(doc.paragraphs == ["Kettle descaled", "Window latch fixed"])
        #expect(doc.blocks.contains { $0.text.hasPrefix("Rooms |") && ($0.evidence ?? "").contains("menu bar") })
    }

    @Test func shapes() {
        func line(_ s: String) -> TextLine { TextLine(text: Substring(s), offset: 0, blankBefore: false, lineNumber: 1) }
        #expect(MenuBarLine.isMenuBar(line("Home | News | Sport")))
        #expect(!MenuBarLine.isMenuBar(line("No bar here at all")))
        #expect(!MenuBarLine.isMenuBar(line("The vote was close | the council will meet again next week to decide")))
        #expect(!MenuBarLine.isMenuBar(line("Home || News")))
    }
}
