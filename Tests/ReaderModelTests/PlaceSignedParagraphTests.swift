import Foundation
import Testing
@testable import ReaderModel

/// Invented guest book of a closed village mill: each entry is a paragraph signed on the line
/// under it with a name and a home town in brackets. A photo caption closed by a bracketed
/// agency name stays a caption.
@Suite struct PlaceSignedParagraphTests {
    static let entries = [
        ("We walked past the mill every Sunday when the children were small, and they would count the turns of the wheel until they lost track.",
         "Harriet Lowe (Dunmore, PA)"),
        ("It is sad to read that the mill has closed after so many years. My grandfather sold his wheat there every autumn and spoke of it often.",
         "Otto Brandt (Lake City, MN)"),
        ("The old wheel turned for ninety years before the river changed its course, and the owners sold the building to the town council.",
         "Marta Ruiz (Salem, OR)"),
    ]

    static var page: String {
        var lines = ["Mill Guest Book", "", "Leave a note for the miller's family below.", ""]
        for (text, name) in entries { lines += [text, name, "", ""] }
        return lines.joined(separator: "\n")
    }

    @Test func signedEntriesAreTextNotCaptions() {
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: Self.page))
        for (text, name) in Self.entries {
            #expect(doc.paragraphs.contains(text))
            #expect(!doc.blocks.contains { $0.text == text && $0.role == .caption })
            #expect(!doc.blocks.contains { $0.text == name && $0.role == .caption })
        }
        #expect(doc.evidence(of: Self.entries[1].1).contains(PlaceSignedParagraph.evidence))
    }

    @Test func aPlaceSignatureIsANameThenATownAndItsRegion() {
        #expect(PlaceSignedParagraph.isPlaceSignature("Otto Brandt (Lake City, MN)"))
        #expect(PlaceSignedParagraph.isPlaceSignature("Ines (Porto, Portugal)"))
        #expect(!PlaceSignedParagraph.isPlaceSignature("Ines Marlowe (Splashline Pictures)"))
        #expect(!PlaceSignedParagraph.isPlaceSignature("Harbour crowds at dawn (Ines Marlowe, Splashline Pictures Agency Ltd)"))
        #expect(!PlaceSignedParagraph.isPlaceSignature("Otto Brandt (lake city, MN)"))
        // A comment header's score is no place.
        #expect(!PlaceSignedParagraph.isPlaceSignature("Re: Rivers (Score:4, Insightful)"))
    }

    @Test func aCaptionClosedByAnAgencyNameStaysACaption() {
        let caption = "Ferry passengers wait on the quay at dawn while fog keeps the crossing shut for four hours."
        let text = ["Harbour news", "", caption, "(Splashline Pictures)", "",
                    "The ferry company said on Tuesday that the new timetable would start in May, with two more crossings on each weekday and a later boat on Fridays.",
                    "", "Its chief engineer said the older boat would be kept in reserve for the busiest summer weeks and for the winter storms."].joined(separator: "\n")
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: text))
        #expect(!doc.paragraphs.contains(caption))
    }
}
