import Foundation
import Testing
@testable import ReaderModel

/// Invented posts closed by the writer's short last sentence ("The full recording is below.",
/// "More next week!") right under the last paragraph: the article's own line, which the body's run
/// leaves out for its shortness and which must stay above the share bar or the page's furniture.
@Suite struct ClosingRemarkLineTests: TextPageCleaning {
    static let post = [
        "The allotment society met in the church hall on Tuesday to decide what to do about the pond, which has been leaking into the bean beds at the bottom of the site since the frost cracked its lining in January.",
        "After an hour of argument the members agreed to drain it in March, patch the lining with the offcuts left over from the new shed roof, and plant the margins with irises donated by the society's oldest member.",
        "The treasurer reminded everyone that the water bill is shared, and that a leaking pond costs each plot holder a few pounds a year, which in a society this size adds up to a new wheelbarrow or two.",
    ]

    static func head() -> [String] {
        ["Plot Notes", "Home", "Diary", "Contact", "", "The pond question, settled at last", "", "February 12, 2025", ""]
            + post.flatMap { [$0, ""] }
    }

    static let shareBar = ["Share this:", "Facebook", "Twitter", "Email", "", "Related", "Seed swap moves to April", "New shed roof goes on"]

    @Test func aShortClosingSentenceStaysAboveTheShareBar() {
        let doc = clean(Self.head() + ["More next week!", ""] + Self.shareBar)
        #expect(doc.paragraphs == Self.post + ["More next week!"])
        let explained = doc.evidence(of: "More next week!")
        #expect(explained.contains(ClosingRemarkLine.evidence))
    }

    @Test func aRemarkOverASeparatorAndAListStays() {
        let doc = clean(Self.head() + ["The minutes are below.", "", "---", "", "Next meetings", "Hall bookings open"])
        #expect(doc.paragraphs.last == "The minutes are below.")
    }

    @Test func aHandleALinkRowOrALabelIsNoRemark() {
        // The marks of a follow line, a row of links and a label keep the line with the page.
        for text in ["Follow us @plotnotes.", "Diary | Photos.", "Filed under: Ponds."] {
            let line = TextLine(text: Substring(text), offset: 0, blankBefore: true, lineNumber: 1)
            #expect(!ClosingRemarkLine.isRemark(line, LineEvidence(shape: .short)), "\(text)")
        }
    }

    @Test func aLabelWithoutASentenceEndIsNoRemark() {
        let doc = clean(Self.head() + ["Read the previous diary entry", ""] + Self.shareBar)
        #expect(doc.paragraphs == Self.post)
    }

    @Test func theRemarkHasItsShape() {
        let remark = TextLine(text: "More next week!", offset: 0, blankBefore: true, lineNumber: 1)
        #expect(ClosingRemarkLine.isRemark(remark, LineEvidence(shape: .short)))
        var furniture = LineEvidence(shape: .short)
        furniture.noise = .social
        #expect(!ClosingRemarkLine.isRemark(remark, furniture))
        let long = TextLine(text: "This is a much longer sentence that runs on past the dozen words a remark may have.",
                            offset: 0, blankBefore: true, lineNumber: 1)
        #expect(!ClosingRemarkLine.isRemark(long, LineEvidence(shape: .short)))
    }
}
