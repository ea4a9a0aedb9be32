import Foundation
import Testing
@testable import ReaderModel

/// Invented columns and letters closed by the writer's sign-off (a dash before the name, or a
/// closing formula over it) and sometimes the writer's handle: the article's own lines, which the
/// share bar or the comment section below must not take with it.
@Suite struct SignOffLinesTests: TextPageCleaning {
    static let column = [
        "The harbour ferry kept its winter timetable another week, and the morning crossing was the emptiest anyone on the quay could remember, with three cyclists and a crate of leeks on board.",
        "The operator says the new engines arrive in March, which would let the summer boats run every forty minutes instead of every hour, if the crew rota can be filled by then.",
        "Until then the last boat home still leaves at ten past nine, and the café on the far side has started closing early rather than keep its lights on for nobody.",
    ]

    static func head() -> [String] {
        ["Quayside Weekly", "Home", "Boats", "Opinion", "", "A quiet winter on the crossing", "", "March 3, 2025", ""]
            + column.flatMap { [$0, ""] }
    }

    static let shareBar = ["Share this:", "Facebook", "Twitter", "Email", "", "Related", "Ferry fares rise again", "Pier repairs start in May"]

    @Test func aDashLedNameAndTheWritersHandleStayAboveTheShareBar() {
        let doc = clean(Self.head() + ["– Morwenna Treloar", "Follow Morwenna on Mastodon @mtreloar", ""] + Self.shareBar)
        #expect(doc.paragraphs == Self.column + ["– Morwenna Treloar", "Follow Morwenna on Mastodon @mtreloar"])
        let name = doc.evidence(of: "– Morwenna Treloar")
        #expect(name.contains(SignOffLines.evidence))
        let contact = doc.evidence(of: "Follow Morwenna on Mastodon @mtreloar")
        #expect(contact.contains(SignOffLines.contactEvidence))
    }

    @Test func aHyphenGluedToAFirstNameIsASignOffToo() {
        let doc = clean(Self.head() + ["-Pip", "", "This entry was filed under Boats.", "", "Leave a Reply", "Name *", "Email *"])
        #expect(doc.paragraphs.contains("-Pip"))
        #expect(!doc.paragraphs.contains("Leave a Reply"))
    }

    @Test func aClosingFormulaOverTheNameStays() {
        let letter = ["With warm regards from the far quay,", "Yours,", "", "Agnes Pengelly"]
        let doc = clean(Self.head() + letter + ["", "Comments are closed on this page.", "Read more letters from readers."])
        #expect(doc.paragraphs == Self.column + ["With warm regards from the far quay,", "Yours,", "Agnes Pengelly"])
        let explained = doc.evidence(of: "Agnes Pengelly")
        #expect(explained.contains(SignOffLines.evidence))
    }

    @Test func aFormulaWithoutANameUnderItIsLeftOut() {
        // Only the name closes a sign-off: a comma line over a sentence is not one.
        let doc = clean(Self.head() + ["Meanwhile, elsewhere,", "", "Comments are closed on this page."])
        #expect(doc.paragraphs == Self.column)
    }

    @Test func aTagListOneTagALineIsNoSignOff() {
        // Capitalised tags each closed by a comma, the last without: the shape of a list, not a formula.
        let tags = ["Harbours,", "Ferries,", "Cornwall,", "Winter Timetable"]
        let doc = clean(Self.head() + tags + ["", "« Previous", "Next »"])
        #expect(doc.paragraphs == Self.column)
        // One capitalised word over the name is a formula.
        let signed = clean(Self.head() + ["Cheers,", "Morwenna", "", "« Previous", "Next »"])
        #expect(signed.paragraphs == Self.column + ["Cheers,", "Morwenna"])
    }

    @Test func aGluedDashListIsNoSignOff() {
        // Dash-led lines in a row are a list the other rules judge, not one writer's name.
        let lines = Self.head() + ["- Timetables", "- Fares", "- Contact", "", "Quayside Weekly 2025"]
        let doc = clean(lines)
        #expect(doc.blocks.first { $0.text == "- Timetables" }?.evidence?.contains(SignOffLines.evidence) != true)
    }

    @Test func namesAndContactsHaveTheirShape() {
        #expect(SignOffLines.startsWithDash("– Ana"))
        #expect(SignOffLines.startsWithDash("—Ana"))
        #expect(SignOffLines.startsWithDash("-- Ana"))
        #expect(!SignOffLines.startsWithDash("Ana"))
        #expect(SignOffLines.isName(TextLine(text: "– Ana Folau", offset: 0, blankBefore: true, lineNumber: 1)))
        #expect(SignOffLines.isName(TextLine(text: "GRANDMA", offset: 0, blankBefore: true, lineNumber: 1)))
        // A label, a date, a sentence or a lowercase word is no name.
        #expect(!SignOffLines.isName(TextLine(text: "– Photos: Ana Folau", offset: 0, blankBefore: true, lineNumber: 1)))
        #expect(!SignOffLines.isName(TextLine(text: "– March 2025", offset: 0, blankBefore: true, lineNumber: 1)))
        #expect(!SignOffLines.isName(TextLine(text: "– Ana wrote this.", offset: 0, blankBefore: true, lineNumber: 1)))
        #expect(!SignOffLines.isName(TextLine(text: "– Read the whole series here", offset: 0, blankBefore: true, lineNumber: 1)))
    }
}
