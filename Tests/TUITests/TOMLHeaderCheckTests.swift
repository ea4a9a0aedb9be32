import Testing
@testable import tui

/// toml++ aborts on a table header with no key; the loaders must refuse it with a message instead.
@Suite struct TOMLHeaderCheckTests {
    @Test func headersWithoutAKeyAreRefusedWithAMessage() {
        for text in ["[#", "[[ #]]", "[ =]", "[\na]", "x = 1\n  [  # c", "[\u{EB}eys]"] {
            #expect(TOMLHeaderCheck.problem(in: text) != nil, "\(text.debugDescription)")
            #expect(throws: ConfigError.self) { try Config.parse(text) }
            #expect(throws: ThemeError.self) { try ThemeLoader.parse(text, name: "t") }
        }
        #expect(TOMLHeaderCheck.problem(in: "x = [\n[ # c\n1 ] ]")?.contains("line 2") == true)
    }

    @Test func ordinaryHeadersPass() {
        for text in ["[keys]\nquit = \"q\"", "[[arr]]\n[ \"quoted\" ]\n['lit']", "  [styles]\nnormal = {}", "# [#\nx = 1"] {
            #expect(TOMLHeaderCheck.problem(in: text) == nil, "\(text.debugDescription)")
        }
    }
}
