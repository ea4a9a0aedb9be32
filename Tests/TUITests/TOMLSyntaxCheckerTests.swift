import Foundation
import Testing
import TOMLKit
@testable import tui

/// The TOML 1.0 syntax checker that stands before toml++: valid TOML of every kind passes it and
/// loads; everything else is refused on the right line, before toml++ can assert on it.
@Suite struct TOMLSyntaxCheckerTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Valid documents, one or more per value kind and syntax rule.
    static let valid: [String] = [
        "",
        "\n\n  \t\n",
        "# only a comment\n",
        "\u{FEFF}kind = \"starts with a byte-order mark\"",
        "a = 1\r\nb = 2\r\n",
        "a = 1 # trailing comment\t with a tab",
        // Keys
        "bare_key-1 = 1\n1234 = 2\n-- = 3\ntrue = 4\ninf = 5",
        "\"quoted key\" = 1\n'literal key' = 2\n\"\" = 3\n\"\\u00e9t\\u00e9\" = 4",
        "site.name = \"x\"\nsite . \"owner\" . 'id' = 2\n3.14 = \"pi as a dotted key\"",
        "  indented = 1\n\tafter.tab = 2",
        // Strings
        "s = \"tab\\t quote\\\" backslash\\\\ \\b\\f\\n\\r \\u00E9 \\U0001F600 caf\u{E9} \u{1F30A}\"",
        "s = 'C:\\Users\\nobody\\no escapes here'",
        "s = \"\"\"\nfirst line\n  second \"line\"\nthird\"\"\"",
        "s = \"\"\"one \\\n      two \\   \n\n  three\"\"\"",
        "s = \"\"\"ends with two quotes\"\"\"\"\"\nt = \"\"\"\"leading quote\"\"\"",
        "s = '''\nraw \\n text\n  with 'single' and ''two'' quotes'''",
        "s = '''''ends with two apostrophes'''''",
        "s = \"\"\"\"\"\"\nt = ''''''",
        "s = \"\"\"crlf\r\nlines\r\n\"\"\"",
        // Integers
        "a = 0\nb = +17\nc = -42\nd = 1_000_000\ne = -0\nf = +0",
        "h = 0xDEAD_beef\no = 0o755\nb = 0b1101_0010\nz = 0x0",
        "max = 9223372036854775807\nmin = -9223372036854775808",
        // Floats
        "a = 3.1415\nb = -0.01\nc = 5e+22\nd = 1e06\ne = -2E-2\nf = 6.626e-34\ng = 224_617.445_991\nh = 0.0\ni = 0e0",
        "a = inf\nb = +inf\nc = -inf\nd = nan\ne = +nan\nf = -nan",
        // Booleans
        "yes = true\nno = false",
        // Dates and times
        "a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00-07:00\nc = 1979-05-27T00:32:00.999999+05:30",
        "a = 1979-05-27 07:32:00Z\nb = 1979-05-27t07:32:00z",
        "a = 1979-05-27T07:32:00\nb = 1979-05-27T00:32:00.5",
        "a = 1979-05-27\nb = 2000-02-29\nc = 1979-05-27 # a date, then a comment",
        "a = 07:32:00\nb = 00:32:00.999999\nc = 23:59:59",
        // Arrays
        "a = []\nb = [ 1, 2, 3 ]\nc = [\"x\", 'y', \"\"\"z\"\"\"]\nd = [ [ 1, 2 ], [\"a\", 'b'] ]\ne = [1, 2.0, \"mixed\", true]",
        "a = [\n  1,\n  2, # a comment\n  # another\n  3,\n]\nb = [ # c\n]\nc = [\n\n]",
        "a = [ { x = 1 }, { y = [2] } ]\nb = [1979-05-27, 07:32:00, 1979-05-27T07:32:00Z]",
        "x = [\n[ # c\n1 ] ]",
        // Inline tables
        "a = {}\nb = { x = 1, y = \"two\" }\nc = { nested.key = 1, other = { deep = true } }",
        "point = { x = [\n1,\n2\n], y = \"\"\"multi\nline\"\"\" }",
        // Tables
        "[table]\nkey = 1\n[ spaced . \"dotted\" . 'header' ]\n[a.b.c]\n[\"quoted\"]\n['literal']",
        "[[products]]\nname = \"hammer\"\n[[products]]\n[[ products . parts ]]\nsize = 1",
        "[x] # header comment\n[[y]] # another",
        "[dog.\"tater.man\"]\ntype.name = \"pug\"",
    ]

    /// Invalid documents and the line of their first error.
    static let invalid: [(text: String, line: Int)] = [
        // Structure and keys
        ("key", 1), ("key =", 1), ("= 1", 1), ("a = 1\nb 2", 2), ("a = 1 b = 2", 1), ("a.= 1", 1), ("a..b = 1", 1),
        (".a = 1", 1), ("a. = 1", 1), ("k\u{E9}y = 1", 1), ("\"\"\"k\"\"\" = 1", 1), ("\"open = 1", 1), ("a = 1\n\n\n!", 4),
        ("a = 1\rb = 2", 1), ("a = 1 # ok\n# bell \u{07}", 2), ("# del \u{7F}", 1), ("a = \u{0C}1", 1),
        // Headers
        ("[]", 1), ("[#", 1), ("[\na]", 1), ("[a", 1), ("[a]]", 1), ("[[a]", 1), ("[[a] ]", 1), ("[ [a] ]", 1),
        ("[a.]", 1), ("[a] b = 1", 1), ("x = 1\n[a b]", 2), ("[[]]", 1),
        // Strings
        ("s = \"unclosed", 1), ("s = \"line\nbreak\"", 1), ("s = 'unclosed", 1), ("s = \"\\x41\"", 1), ("s = \"\\e\"", 1),
        ("s = \"\\u12\"", 1), ("s = \"\\uD800\"", 1), ("s = \"\\U00110000\"", 1), ("s = \"a\\ b\"", 1),
        ("s = \"tab ok, null not \u{00}\"", 1), ("s = '\u{1B}'", 1), ("s = \"\"\"\nnever closed", 1),
        ("s = '''\nnever closed", 1), ("s = \"\"\"a\"\"\"\"\"\"", 1), ("s = \"\"\"\nx \\ y\n\"\"\"", 2),
        ("s = \"\"\"\nok\nbad \u{01}\n\"\"\"", 3), ("s = \"\"\"lone\rcr\"\"\"", 1), ("s = \"a\" \"b\"", 1),
        // Numbers
        ("n = 01", 1), ("n = +", 1), ("n = 1_", 1), ("n = _1", 1), ("n = 1__0", 1), ("n = 0x", 1), ("n = 0X1F", 1),
        ("n = +0x1", 1), ("n = 0xG", 1), ("n = 0o8", 1), ("n = 0b2", 1), ("n = 1.", 1), ("n = .5", 1),
        ("n = 1.e3", 1), ("n = 1e", 1), ("n = 1e_3", 1), ("n = 1.2.3", 1), ("n = 12ab", 1), ("n = 1_.0", 1),
        ("n = Inf", 1), ("n = -infinity", 1), ("n = +true", 1), ("n = 00.5", 1),
        // Booleans and bare words
        ("b = True", 1), ("b = tru", 1), ("b = falsey", 1), ("theme = light", 1),
        // Dates and times
        ("d = 1979-05-27T", 1), ("d = 1979-04-27T-7:32:00Z", 1), ("d = 1979-05-27T7:32", 1), ("d = 1979-05-27T07:32", 1),
        ("d = 1979-05-27 1", 1), ("d = 1979-05-2a 5", 1), ("d = 1979-13-01", 1), ("d = 1979-02-29", 1), ("d = 1979-04-31", 1),
        ("d = 1979-00-10", 1), ("d = 1979-05-27T24:00:00", 1), ("d = 1979-05-27T07:60:00", 1), ("d = 07:32:61", 1),
        ("d = 1979-05-27T07:32:00.", 1), ("d = 1979-05-27T07:32:00+7:00", 1), ("d = 1979-05-27T07:32:00+07", 1),
        ("d = 07:32:00Z", 1), ("d = 1979-5-27", 1), ("d = 19790-05-27", 1), ("d = 1979-05-27T07:32:00Zx", 1),
        // Arrays
        ("a = [", 1), ("a = [1", 1), ("a = [1 2]", 1), ("a = [,]", 1), ("a = [1,,2]", 1), ("a = [ }", 1),
        ("a = [1,\t}", 1), ("a = [\n1,\n}\n]", 3), ("a = [1]]", 1), ("a = [\n1\n2\n]", 3),
        // Inline tables
        ("t = {", 1), ("t = { a = 1, }", 1), ("t = { a = 1\n}", 1), ("t = {\na = 1 }", 1), ("t = { a = 1 b = 2 }", 1),
        ("t = { a }", 1), ("t = { , }", 1), ("t = { a = 1 } }", 1), ("t = { a = 1, # c\n}", 1),
    ]

    @Test func validDocumentsPassAndLoad() throws {
        for text in Self.valid {
            #expect(TOMLSyntaxChecker.check(text) == nil, "\(text.debugDescription): \(TOMLSyntaxChecker.check(text)?.description ?? "")")
            #expect(throws: Never.self, "\(text.debugDescription)") { _ = try TOMLTable(string: text) }
        }
    }

    @Test func invalidDocumentsAreRefusedOnTheirLine() {
        for (text, line) in Self.invalid {
            let problem = TOMLSyntaxChecker.check(text)
            #expect(problem?.line == line, "\(text.debugDescription): \(problem?.description ?? "accepted")")
            #expect(throws: ConfigError.self, "\(text.debugDescription)") { try Config.parse(text) }
        }
    }

    @Test func messagesNameLineColumnAndTheFault() {
        #expect(TOMLPreflight.problem(in: "theme = light") == "line 1, column 9: 'light' is not a value: text needs quotes, like \"text\"")
        #expect(TOMLPreflight.problem(in: "[keys]\nquit \"q\"") == "line 2, column 6: expected '=' after the key, found '\"'")
        #expect(TOMLPreflight.problem(in: "a = [1,\n  2\n  3]") == "line 3, column 3: expected ',' or ']' after an array value, found '3'")
        #expect(TOMLPreflight.problem(in: "s = \"caf\u{E9} \\q\"") == "line 1, column 11: '\\q' is not a TOML escape (use \\\\ for a backslash)")
        #expect(TOMLPreflight.problem(in: "t = { a = 1,\n b = 2 }") == "line 1, column 13: an inline table { ... } must be closed on the line it starts")
        #expect(TOMLPreflight.problem(in: "d = 1979-02-30") == "line 1, column 13: malformed date or time: the day must be 1 to 28, not 30")
        #expect(TOMLPreflight.problem(in: "s = \"\"\"\nabc") == "line 1, column 5: the multi-line string opened here is not closed")
    }

    @Test func invalidUTF8IsRefusedWhereItIs() {
        for bytes: [UInt8] in [[0x61, 0x20, 0x3D, 0x20, 0x22, 0xFF, 0x22], [0x23, 0xC0, 0xAF], [0x23, 0xED, 0xA0, 0x80],
                               [0x23, 0xF4, 0x90, 0x80, 0x80], [0x23, 0xE2, 0x82], [0x23, 0x80], [0x23, 0xF0, 0x9F, 0x98]] {
            #expect(TOMLSyntaxChecker.check(bytes)?.message == "the file is not valid UTF-8", "\(bytes)")
        }
        #expect(TOMLSyntaxChecker.check([0x0A, 0x23, 0x20, 0xC3, 0xA9, 0xFF])?.description == "line 2, column 4: the file is not valid UTF-8")
        #expect(TOMLSyntaxChecker.check(Array("# caf\u{E9} \u{1F30A} \u{10FFFF}".utf8)) == nil)
    }

    /// A config or theme file in Latin-1 is reported where its first bad byte is, not loaded with U+FFFD.
    @Test func loadersReportInvalidUTF8Files() throws {
        let dir = NSTemporaryDirectory() + "lede-toml-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let latin1 = Data("theme = \"light\"\nexport_dir = \"~/R".utf8) + Data([0xE9]) + Data("sum\u{E9}s\"\n".utf8)
        try latin1.write(to: URL(fileURLWithPath: dir + "/config.toml"))
        let (config, message) = Config.load(path: dir + "/config.toml")
        #expect(message?.contains("line 2, column 18: the file is not valid UTF-8") == true, "\(message ?? "nil")")
        #expect(config.theme != "light")
        try (Data("[styles]\nnormal = { fg = \"".utf8) + Data([0xFF]) + Data("\" }\n".utf8)).write(to: URL(fileURLWithPath: dir + "/odd.toml"))
        let (_, themeMessage) = ThemeLoader(searchPaths: [dir]).load("odd")
        #expect(themeMessage?.contains("line 2, column 18: the file is not valid UTF-8") == true, "\(themeMessage ?? "nil")")
    }

    /// What is wrong beyond syntax is left to toml++, which must report it, not assert.
    @Test func semanticErrorsAreLeftToTOMLKitWhichReportsThem() {
        for text in ["a = 1\na = 2", "[t]\n[t]", "a.b = 1\na = 2", "t = { a = 1 }\n[t]", "[[t]]\n[t]", "a = [1]\n[[a]]",
                     "a = { b = 1 }\na.c = 2", "[a.b]\n[a]\nb = 1", "a = 1\na.b = 2", "t = { a = 1, a = 2 }",
                     "n = 9223372036854775808", "n = -9223372036854775809", "n = 0x1_0000_0000_0000_0000"] {
            #expect(TOMLSyntaxChecker.check(text) == nil, "\(text.debugDescription)")
            #expect(throws: (any Error).self, "\(text.debugDescription)") { _ = try TOMLTable(string: text) }
        }
    }

    /// Valid syntax at the edges of what toml++ supports: it may load or report, never abort.
    @Test func edgesOfValidSyntaxDoNotAbortTOMLKit() {
        let deep = "a = " + String(repeating: "[", count: TOMLSyntaxChecker.maxNesting) + String(repeating: "]", count: TOMLSyntaxChecker.maxNesting)
        let deepTables = "a = " + String(repeating: "{ b = ", count: 50) + "1" + String(repeating: " }", count: 50)
        for text in [deep, deepTables, "d = 1979-05-27T07:32:60Z", "t = 07:32:00.123456789012345", "f = 1e99999", "f = -1e-99999",
                     "f = 1." + String(repeating: "0", count: 400) + "1", "n = " + String(repeating: "9", count: 400),
                     "s = \"nul \\u0000 inside\"", "[" + Array(repeating: "k", count: 2000).joined(separator: ".") + "]",
                     String(repeating: "k", count: 100_000) + " = 1", "d = 0000-01-01T00:00:00Z", "d = 9999-12-31T23:59:59.999-23:59"] {
            #expect(TOMLSyntaxChecker.check(text) == nil, "\(text.prefix(60).debugDescription)")
            _ = try? TOMLTable(string: text)
        }
        let tooDeep = "a = " + String(repeating: "[", count: TOMLSyntaxChecker.maxNesting + 1) + String(repeating: "]", count: TOMLSyntaxChecker.maxNesting + 1)
        #expect(TOMLSyntaxChecker.check(tooDeep)?.message == "arrays and inline tables are nested more than 100 deep")
    }

    @Test func everySavedCrashInputIsRefused() throws {
        var count = 0
        for target in ["config", "theme"] {
            let dir = Self.repository.appendingPathComponent("Tests/TUITests/Fixtures/fuzz/\(target)")
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
                let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent(name)))
                #expect(TOMLPreflight.problem(in: String(decoding: bytes, as: UTF8.self)) != nil, "\(target)/\(name)")
                count += 1
            }
        }
        #expect(count >= 12)
    }

    @Test func bundledThemesAndSeedConfigsPass() throws {
        var paths: [URL] = []
        for folder in ["themes", "Fuzz/Seeds/config", "Fuzz/Seeds/theme"] {
            let dir = Self.repository.appendingPathComponent(folder)
            paths += try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".toml") }.map { dir.appendingPathComponent($0) }
        }
        #expect(paths.count >= 7)
        for path in paths {
            let text = try String(contentsOf: path, encoding: .utf8)
            #expect(TOMLSyntaxChecker.check(text) == nil, "\(path.lastPathComponent): \(TOMLSyntaxChecker.check(text)?.description ?? "")")
        }
        let documented = "theme = \"light\"\nexport_dir = \"~/Documents/lede\"\nmouse = false\nlibrary = \"~/News\"\n[keys]\nnext-mention = \"m\"\nquit = [\"q\", \"Ctrl-c\"]\n"
        #expect(throws: Never.self) { _ = try Config.parse(documented) }
    }

    /// Linear time: ten megabytes of each shape are checked at once, never hang.
    @Test func largeInputsAreCheckedInLinearTime() {
        let size = 10_000_000
        let shapes: [(text: [UInt8], valid: Bool)] = [
            (Array(String(repeating: "key_\(0) = \"value with some text\" # comment\n", count: size / 40).utf8), true),
            (Array("s = \"\"\"".utf8) + [UInt8](repeating: UInt8(ascii: "\""), count: 2) + [UInt8](repeating: UInt8(ascii: "x"), count: size) + Array("\"\"\"".utf8), true),
            (Array("a = ".utf8) + [UInt8](repeating: UInt8(ascii: "["), count: size), false),
            (Array("a = [".utf8) + Array(String(repeating: "\"0123456789abcdef\",\n", count: size / 20).utf8) + [UInt8(ascii: "]")], true),
            (Array("# ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: size) + [0xFF], false),
            ([UInt8](repeating: UInt8(ascii: "a"), count: size), false),
        ]
        let clock = ContinuousClock()
        for (text, valid) in shapes {
            let elapsed = clock.measure { #expect((TOMLSyntaxChecker.check(text) == nil) == valid) }
            // Seconds in a debug build on a busy machine; a quadratic pass over 10 MB would take hours.
            #expect(elapsed < .seconds(120), "\(elapsed)")
        }
    }
}
