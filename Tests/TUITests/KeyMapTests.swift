import Testing
@testable import tui

@Suite struct KeyMapTests {
    let layout = PaneLayout(columns: 120, rows: 40, sidebar: nil, focus: .articles)

    @Test func defaultBindingsCoverTheIssueKeys() throws {
        let map = try KeyMap()
        let expected: [(Key, Action)] = [
            (.tab, .focusNext), (.backTab, .focusPrevious), (.char("j"), .moveDown), (.down, .moveDown),
            (.char("k"), .moveUp), (.char("g"), .top), (.char("G"), .bottom), (.pageDown, .pageDown),
            (.char(" "), .pageDown), (.ctrl("d"), .halfPageDown), (.ctrl("u"), .halfPageUp), (.enter, .open),
            (.char("m"), .nextMention), (.char("M"), .previousMention), (.char("/"), .startSearch),
            (.char("n"), .searchNext), (.char("N"), .searchPrevious), (.escape, .cancel), (.char("e"), .export),
            (.char("?"), .help), (.char("q"), .quit), (.ctrl("l"), .redraw),
        ]
        for (key, action) in expected {
            #expect(map.action(for: .key(key), mode: .normal, layout: layout) == action, "\(key)")
        }
    }

    @Test func searchEntryTakesTypedCharacters() throws {
        let map = try KeyMap()
        #expect(map.action(for: .key(.char("q")), mode: .searchEntry, layout: layout) == .searchInput("q"))
        #expect(map.action(for: .key(.enter), mode: .searchEntry, layout: layout) == .searchSubmit)
        #expect(map.action(for: .key(.escape), mode: .searchEntry, layout: layout) == .cancel)
        #expect(map.action(for: .key(.backspace), mode: .searchEntry, layout: layout) == .searchBackspace)
    }

    @Test func exportPromptIsOneKey() throws {
        let map = try KeyMap()
        #expect(map.action(for: .key(.char("m")), mode: .exportPrompt, layout: layout) == .exportChoose(.markdown))
        #expect(map.action(for: .key(.char("h")), mode: .exportPrompt, layout: layout) == .exportChoose(.html))
        #expect(map.action(for: .key(.escape), mode: .exportPrompt, layout: layout) == .cancel)
    }

    @Test func overridesReplaceDefaultsAndShowInHelp() throws {
        let map = try KeyMap(overrides: ["next-mention": ["x", "Ctrl-n"], "quit": ["Q"]])
        #expect(map.action(for: .key(.char("x")), mode: .normal, layout: layout) == .nextMention)
        #expect(map.action(for: .key(.ctrl("n")), mode: .normal, layout: layout) == .nextMention)
        #expect(map.action(for: .key(.char("m")), mode: .normal, layout: layout) == nil)
        #expect(map.action(for: .key(.char("Q")), mode: .normal, layout: layout) == .quit)
        let help = HelpOverlay(keyMap: map, scroll: 0).entries
        #expect(help.contains { $0.keys == "Ctrl-n x" && $0.summary.contains("next mention") })
    }

    @Test func badOverridesAreReported() {
        #expect(throws: ConfigError.self) { try KeyMap(overrides: ["fly": ["f"]]) }
        #expect(throws: ConfigError.self) { try KeyMap(overrides: ["quit": ["Hyper-q"]]) }
    }

    @Test func mouseMapsToThePaneUnderIt() throws {
        let map = try KeyMap()
        let reader = layout.rect(of: .reader)!
        #expect(map.action(for: .mouse(MouseEvent(kind: .wheelDown, x: reader.x + 2, y: 5)), mode: .normal, layout: layout) == .scroll(.reader, 3))
        #expect(map.action(for: .mouse(MouseEvent(kind: .click, x: 1, y: 3)), mode: .normal, layout: layout) == .click(.articles, row: 3))
    }

    @Test func keyNamesParse() {
        #expect(Key(name: "Ctrl-d") == .ctrl("d"))
        #expect(Key(name: "^U") == .ctrl("u"))
        #expect(Key(name: "S-Tab") == .backTab)
        #expect(Key(name: "Space") == .char(" "))
        #expect(Key(name: "PgDn") == .pageDown)
        #expect(Key(name: "nonsense") == nil)
    }
}
