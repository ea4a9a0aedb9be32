import Testing
@testable import ReaderModel

/// The byte search two rules share (`BlockquotePullQuote`, `ConsentDialogRun`) finds what
/// `String.contains` finds in ASCII and UTF-8 text, at either edge and nowhere else.
@Suite struct ByteSearchTests {
    static func holds(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { t in part.withUTF8 { ByteSearch.holds(t, $0) } }
    }

    @Test(arguments: [
        ("I acceptManage options", "accept", true), ("accept", "accept", true), ("Reject allreject", "reject", true),
        ("acceptx", "xaccept", false), ("acce", "accept", false), ("", "a", false), ("abc", "", false),
        ("Die Fähre fährt wieder über die Lahn.", "fährt wieder", true), ("Die Fähre", "Fahre", false),
    ])
    func findsWhatStringContainsFinds(text: String, part: String, expected: Bool) {
        #expect(Self.holds(text, part) == expected)
        if !part.isEmpty { #expect(text.contains(part) == expected) }
    }

    @Test func aLiteralIsSearchedAsItsBytes() {
        var word = "unacceptable"
        #expect(word.withUTF8 { ByteSearch.holds($0, "accept") })
        #expect(!word.withUTF8 { ByteSearch.holds($0, "reject") })
    }
}
