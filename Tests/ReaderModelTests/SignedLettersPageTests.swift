import Foundation
import Testing
@testable import ReaderModel

/// Invented letters pages copied as text: several letters under one headline, each closed by
/// "Name, Town" and opened by a heading; the first letter's heading is the letter's and the page's
/// letters end at the last signature (`SignedLettersPage`).
@Suite struct SignedLettersPageTests: TextPageCleaning {
    static let letters: [[String]] = [
        ["Keep the library open on Sundays", "",
         "Closing the library on Sundays would hit the families who cannot come during the week, and the students who use its tables to revise before exams.", "",
         "Margaret Ellison, Harwood", ""],
        ["The savings are small", "",
         "The council's own figures show the Sunday opening costs less than the new signs it put up on the ring road last spring, so the saving is hardly worth the loss.", "",
         "Anna van Dijk, Little Fenby", ""],
        ["Ask the readers first", "",
         "Before anything is decided, the library should ask the people who borrow its books how they would like the hours to change, by a short survey at the desk.", "",
         "Dr. Priya Nair, Harwood", ""],
    ]

    static func page(_ letters: [[String]], tail: [String]) -> [String] {
        ["The Harwood Courier", "News", "Opinion", "Sport", "", "Opinion › Letters", "",
         "Letters: The library should stay open on Sundays", "", "May 3, 2025", "", "Share", "Facebook", "Email", ""]
            + letters.flatMap { $0 } + tail
    }

    static let tail = ["Letters may be shortened for reasons of space. We do not print anonymous letters.", "Write a letter", "",
                       "More from Opinion", "Editorial: The bypass can wait", "Letters on the bus timetable", "",
                       "Subscribe from 1 a month", "Every article, the e-paper and the app.", "Start now"]

    @Test func theLettersRunFromTheFirstHeadingToTheLastSignature() {
        let doc = clean(Self.page(Self.letters, tail: Self.tail))
        let expected = Self.letters.flatMap { $0 }.filter { !$0.isEmpty }
        #expect(doc.paragraphs == expected, "\(doc.paragraphs)")
        #expect(doc.evidence(of: "Keep the library open on Sundays").contains(SignedLettersPage.headingEvidence))
        #expect(doc.evidence(of: Self.tail[0]).contains(SignedLettersPage.tailEvidence))
    }

    /// Signatures whose family names carry two particles ("van der", "de la") close their letters too.
    @Test func signaturesWithTwoNameParticles() {
        var letters = Self.letters
        letters[0][4] = "Hendrik van der Pol, Oostwold"
        letters[1][4] = "Claire de la Motte, Vernay"
        let doc = clean(Self.page(letters, tail: Self.tail))
        let expected = letters.flatMap { $0 }.filter { !$0.isEmpty }
        #expect(doc.paragraphs == expected, "\(doc.paragraphs)")
        #expect(doc.evidence(of: Self.tail[0]).contains(SignedLettersPage.tailEvidence))
    }

    /// Readers quoted in a report, each named "Name, Town", under which the reporter's paragraphs
    /// go on: the report does not end at the last name.
    @Test func quotedReadersUnderWhichTheStoryGoesOnAreNoLettersPage() {
        let closing = ["The council will decide on the opening hours at its meeting on 14 May, after a consultation that has drawn more than four hundred replies from residents of the town and the villages around it.", "",
                       "A spokesperson said no member of staff would lose their job whatever the outcome, and that the mobile library would keep its Sunday round in the villages for at least another year."]
        let doc = clean(Self.page(Self.letters, tail: closing))
        #expect(doc.paragraphs.contains(closing[0]), "\(doc.paragraphs)")
        #expect(doc.paragraphs.contains(closing[2]), "\(doc.paragraphs)")
    }

    @Test func readsASignature() {
        func line(_ text: String) -> TextLine { LineSplitter.lines(of: text)[0] }
        #expect(SignedLettersPage.isSignature(line("Ingrid Sautter, Oberhofen")))
        #expect(SignedLettersPage.isSignature(line("Dr. Markus Haag, Neckarweiler")))
        #expect(SignedLettersPage.isSignature(line("Anna van Dijk, Little Fenby")))
        #expect(SignedLettersPage.isSignature(line("Hendrik van der Pol, Oostwold")))
        #expect(SignedLettersPage.isSignature(line("Claire de la Motte, Vernay")))
        #expect(!SignedLettersPage.isSignature(line("Hendrik and the Pol, Oostwold")))
        #expect(!SignedLettersPage.isSignature(line("Ingrid Sautter")))
        #expect(!SignedLettersPage.isSignature(line("Photo: Ingrid Sautter, Oberhofen")))
        #expect(!SignedLettersPage.isSignature(line("London, 12 May")))
        #expect(!SignedLettersPage.isSignature(line("Apples, pears, plums")))
        #expect(!SignedLettersPage.isSignature(line("the parking, however")))
    }
}
