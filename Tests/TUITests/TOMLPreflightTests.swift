import Testing
@testable import tui

/// toml++ aborts on a table header with no key or a date-time with no time after T; the loaders must refuse it with a message instead.
@Suite struct TOMLPreflightTests {
    @Test func headersWithoutAKeyAreRefusedWithAMessage() {
        for text in ["[#", "[[ #]]", "[ =]", "[\na]", "x = 1\n  [  # c", "[\u{EB}eys]", "a = 1979-04-27T-7:32:00Z", "[keys]\nx = 2024-01-01tZ",
                     "x = [ }", "x = [1,\t}", "x = [[[ # c\n}",
                     "\u{FEFF}[\u{0C}", "\u{FEFF} [[[[&[c",
                     "s = \"\"\"\"a\nb\"\"\"\nx = [1, }]", "d = 1979-05-27 1 1979", "d = 1979-05-27T7:32",
                     "a =1979-05-2a 5 10", "d = [1979-05-2\" 0]"] {
            #expect(TOMLPreflight.problem(in: text) != nil, "\(text.debugDescription)")
            #expect(throws: ConfigError.self) { try Config.parse(text) }
            #expect(throws: ThemeError.self) { try ThemeLoader.parse(text, name: "t") }
        }
        // Valid TOML (x = [[1]]) that the old list of crashing shapes refused: the syntax checker lets it through.
        #expect(TOMLPreflight.problem(in: "x = [\n[ # c\n1 ] ]") == nil)
    }

    @Test func ordinaryHeadersPass() {
        for text in ["[keys]\nquit = \"q\"", "[[arr]]\n[ \"quoted\" ]\n['lit']", "  [styles]\nnormal = {}", "# [#\nx = 1", "d = 1979-05-27T07:32:00Z\ne = 1979-05-27 # c"] {
            #expect(TOMLPreflight.problem(in: text) == nil, "\(text.debugDescription)")
        }
    }
}
