import Testing
@testable import tui

@Suite struct PaneLayoutTests {
    @Test func wideTerminalShowsThreePanesThatTileTheWidth() {
        let layout = PaneLayout(columns: 160, rows: 45, sidebar: nil, focus: .articles)
        #expect(layout.mode == .wide)
        #expect(layout.panes.map(\.pane) == [.articles, .reader, .entities])
        let widths = layout.panes.map(\.rect.width).reduce(0, +) + layout.separators.count
        #expect(widths == 160)
        #expect(layout.panes.allSatisfy { $0.rect.height == 43 })
        #expect(layout.status.y == 43 && layout.hint.y == 44)
    }

    @Test func below100ColumnsTheSidebarFolds() {
        let layout = PaneLayout(columns: 80, rows: 24, sidebar: nil, focus: .reader)
        #expect(layout.mode == .folded)
        #expect(layout.panes.map(\.pane) == [.articles, .reader])
        // Focusing the sidebar shows it in the list's place.
        let side = PaneLayout(columns: 80, rows: 24, sidebar: nil, focus: .entities)
        #expect(side.panes.map(\.pane) == [.entities, .reader])
    }

    @Test func sidebarToggleHidesItWhenWide() {
        let layout = PaneLayout(columns: 140, rows: 40, sidebar: false, focus: .reader)
        #expect(layout.rect(of: .entities) == nil)
        #expect(layout.rect(of: .reader)!.width > 100)
    }

    @Test func smallTerminalShowsOnlyTheFocusedPane() {
        let layout = PaneLayout(columns: 40, rows: 12, sidebar: nil, focus: .reader)
        #expect(layout.mode == .single)
        #expect(layout.panes.map(\.pane) == [.reader])
        #expect(layout.rect(of: .reader)!.width == 40)
    }

    @Test func tooSmallBelowTheMinimum() {
        #expect(PaneLayout(columns: 20, rows: 12, sidebar: nil, focus: .reader).mode == .tooSmall)
        #expect(PaneLayout(columns: 80, rows: 5, sidebar: nil, focus: .reader).mode == .tooSmall)
    }
}

@Suite struct TextWrapTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = TextWrap.wrap("the quick brown fox jumps over the lazy dog", width: 10)
        #expect(lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func cutsWordsLongerThanALine() {
        #expect(TextWrap.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        let lines = TextWrap.wrap("東京都の天気は晴れです", width: 7)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 7 })
        #expect(lines.joined() == "東京都の天気は晴れです")
        #expect(TextWrap.clip("東京都", width: 5) == "東京…")
        #expect(TextWrap.clip("😀😀😀", width: 4, ellipsis: false) == "😀😀")
    }

    @Test func emojiSequencesAreSplitSoWidthsAgreeWithTheTerminal() {
        // Family (joined), sun with emoji presentation, thumbs up with a skin tone.
        let clean = Sanitizer.clean("a\u{1F468}\u{200D}\u{1F469}b\u{2600}\u{FE0F}c\u{1F44D}\u{1F3FD}")
        #expect(clean == "a\u{1F468}\u{1F469}b\u{2600}c\u{1F44D}")
        #expect(DisplayWidth.of(clean) == 1 + 2 + 2 + 1 + 1 + 1 + 2)
    }

    @Test func combiningMarksTakeNoColumn() {
        let decomposed = "Cafe\u{301} Ame\u{301}lie"
        #expect(DisplayWidth.of(decomposed) == 11)
        #expect(TextWrap.wrap(decomposed, width: 6) == ["Cafe\u{301}", "Ame\u{301}lie"])
        #expect(TextWrap.clip("Zdravstvuyte Здравствуйте", width: 30) == "Zdravstvuyte Здравствуйте")
    }

    @Test func padFillsToExactWidth() {
        #expect(DisplayWidth.of(TextWrap.pad("東京", width: 9)) == 9)
        #expect(DisplayWidth.of(TextWrap.pad("a very long title indeed", width: 9)) == 9)
    }
}

@Suite struct SanitizerTests {
    @Test func escapeSequencesNeverSurvive() {
        let nasty = "safe\u{1B}[2J\u{1B}[31mred\u{1B}[0m\u{1B}]0;title\u{07}end\u{1B}]8;;http://x\u{1B}\\link\u{9B}1m"
        let clean = Sanitizer.clean(nasty)
        #expect(clean == "saferedendlink")  // U+009B is a CSI: its parameters go with it
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func controlsAndBidiOverridesAreDropped() {
        #expect(Sanitizer.clean("a\u{07}b\u{08}c\u{202E}d\u{2066}e") == "abcde")
        #expect(Sanitizer.clean("tab\there\nnew") == "tab here new")
    }

    @Test func glyphsKeepOriginalOffsets() {
        let glyphs = Sanitizer.glyphs("\u{1B}[1mé")
        #expect(glyphs.count == 1)
        #expect(glyphs[0].offset == 4)
        #expect(glyphs[0].width == 1)
    }
}
