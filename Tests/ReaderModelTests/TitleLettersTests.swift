import Foundation
import Testing
@testable import ReaderModel

/// `TitleLetters.contains` answers as `String.contains` does, by bytes for ASCII letters and through
/// Foundation for any other script.
@Suite struct TitleLettersTests {
    @Test func asciiLettersAreFoundByBytes() {
        let title = TitleLetters.of("Harbour Notes: The ferry returns to the island")
        #expect(TitleLetters.contains(title, TitleLetters.of("The ferry returns")))
        #expect(TitleLetters.contains(title, title))
        #expect(!TitleLetters.contains(title, TitleLetters.of("The ferry leaves")))
        #expect(!TitleLetters.contains("short", "much longer letters"))
        #expect(TitleLetters.contains("aaab", "aab"))
        #expect(TitleLetters.contains(title, "") == title.contains(""))
    }

    @Test func otherScriptsAnswerAsStringContains() {
        let title = TitleLetters.of("Überfahrt zur Insel: Fähre fährt wieder")
        for part in ["Fähre fährt wieder", "Überfahrt", "Fahre"] {
            let letters = TitleLetters.of(part)
            #expect(TitleLetters.contains(title, letters) == title.contains(letters))
        }
        #expect(TitleLetters.contains(title, TitleLetters.of("fähre fährt")))
    }
}
