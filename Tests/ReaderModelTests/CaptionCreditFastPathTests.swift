import Testing
@testable import ReaderModel

/// The caption detector's byte path for an all-capitals credit before a slash ("AGENCY/Name") must
/// answer as the character walk it stands in for, wherever it answers at all.
@Suite struct CaptionCreditFastPathTests {
    @Test func theBytePathAgreesWithTheCharacterWalk() {
        let pieces = ["AGENCY", "/", " ", "Name", "Surname", "EPA-EFE", "x", "12", "PHOTO", "é", "Ö", "\t", "a b c d e", ".", "/ ", "MÜLLER"]
        var answered = 0
        for line in GeneratedLines(pieces, count: 5_000, length: 1...16, seed: 77) {
            let text = Substring(line)
            guard let fast = CaptionDetector.asciiTailEndsWithAllCapsSlashCredit(text) else { continue }
            answered += 1
            #expect(fast == CaptionDetector.charactersEndWithAllCapsSlashCredit(text), "\(line)")
        }
        #expect(answered > 1_000)
    }

    @Test func creditsAreReadOnBothPaths() {
        for credit in ["Boats in the harbour at dawn. HARBOUR NEWS/Ada Lind", "A market stall. EPA-EFE/JONAS BERG"] {
            #expect(CaptionDetector.asciiTailEndsWithAllCapsSlashCredit(Substring(credit)) == true)
            #expect(CaptionDetector.charactersEndWithAllCapsSlashCredit(Substring(credit)))
        }
        #expect(CaptionDetector.asciiTailEndsWithAllCapsSlashCredit("Read on/off the record") == false)
    }
}
