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

    /// `of` maps scalar by scalar; it must give what lower-casing the whole text and keeping its
    /// letters and digits gives, in every script, for scalars that lower-case to several and to ASCII.
    @Test func lettersAreThoseOfTheLowercasedText() {
        let samples = ["Überfahrt zur Insel: Fähre fährt wieder", "ΝΈΟ ΠΛΟΊΟ ΣΤΟ ΝΗΣΊ, ΟΔΟΣ 12", "Паром снова ходит — 3 рейса",
                       "İSTANBUL'DA YENİ İSKELE", "渡し船が再び運航 2026年", "\u{212A}ELVIN \u{2167} ǅemal Ǳ", "Straße № 7 ½",
                       "عبّارة جديدة ٣", "café\u{301} CAFÉ", ""]
        for text in samples {
            let expected = String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            }))
            #expect(Array(TitleLetters.of(text).unicodeScalars) == Array(expected.unicodeScalars), "\(text)")
        }
        #expect(TitleLetters.of("ÉTÉ À PARIS") == "étéàparis")
        #expect(TitleLetters.of("\u{212A}ELVIN") == "kelvin")
    }
}
