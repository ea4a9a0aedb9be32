import Foundation
import Testing
@testable import ReaderModel

/// Invented blog posts with the theme's filing lines: a labelled list of categories right under the
/// byline, a date-led category list under the text, and a filing sentence naming the byline's writer
/// above the comment section. Each is the post's metadata, not its text; the same lists inside an
/// article stay.
@Suite struct FilingLineRulesTests: TextPageCleaning {
    static let post = [
        "The allotment society finally has its own well again, after a summer of carrying water in cans from the tap by the gate and arguing about whose turn it was to fill the trough.",
        "A retired engineer from the end plot found the old shaft under a rotten board, and with a borrowed pump and a lot of patience the members cleaned it out over four weekends.",
        "The water tested clean last week, and the committee has agreed to fit a hand pump so that nobody needs the electric one, which will go back to its owner with a jar of honey.",
    ]

    static func head(_ under: [String] = []) -> [String] {
        ["Lane End Allotments", "Home", "Plots", "", "The well is working again", "",
         "Posted on June 4, 2024 by Morwenna Example", ""] + under + post.flatMap { [$0, ""] }
    }

    static let categories = "Sorted in: Plots, Water, Committee, Repairs, Tools and Sheds, Honey, Open Days, Compost, Our Neighbours, What a Week?!"

    @Test func aLabelledListUnderTheBylineIsTheFiling() {
        let doc = clean(Self.head([Self.categories, ""]) + ["Leave a Reply", "Name *"])
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.categories)
        #expect(explained.contains(FilingListLine.evidence))
    }

    @Test func aListInsideTheArticleStays() {
        // The same list between paragraphs is the article's own: no byline stands over it.
        let lines = ["Lane End Allotments", "", "The well is working again", "", "Posted on June 4, 2024 by Morwenna Example", "",
                     Self.post[0], "", Self.categories, "", Self.post[1], "", Self.post[2]]
        #expect(clean(lines).paragraphs.contains(Self.categories))
    }

    @Test func listShapesReadItemsBySeparators() {
        let list = ListShape.read("Sorted in: Plots, Water, Committee")
        #expect(list?.leadWords == 2 && list?.leadEndsInColon == true && list?.items == 3)
        #expect(ListShape.read("A sentence with no separator at all.") == nil)
        let cjk = ListShape.read("分类：花园、水井、委员会、工具")
        #expect(cjk?.leadEndsInColon == true && cjk?.items == 4)
        // A clause-long part is a sentence's, not a name.
        #expect(!FilingListLine.isNameList(ListShape.read(
            "Tags: the committee met on the first Tuesday of the month, Plots, Water, Tools, Honey, Sheds, Compost, Gates, Keys")!))
    }

    /// Read with a label limit, a line gives the full reading when its lead is such a label, and nil
    /// otherwise: the early exits change no answer `FilingListLine` asks for.
    @Test func aLabelLimitedReadingAgreesWithTheFullOne() {
        let pieces = ["Filed", " in", ":", " Plots", ",", " Water", " 12", "、", "：", "分类", " é", "·", ";", " and so on", "3", "|", " "]
        for line in GeneratedLines(pieces, count: 5_000, length: 1...14, seed: 41) {
            let full = ListShape.read(Substring(line))
            let limited = ListShape.read(Substring(line), labelOfAtMost: 3)
            if let full, full.leadEndsInColon, full.leadWords <= 3 {
                #expect(limited == full, "\(line)")
            } else {
                #expect(limited == nil, "\(line)")
            }
        }
    }

    static let datedFiling = "06/04/2024 in 5 - 8 years old, Plots, Water, Committee, Repairs, Tools and Sheds, Open Days | Permalink"

    @Test func aDateLedCategoryListClosingThePostIsDropped() {
        let doc = clean(Self.head() + [Self.datedFiling, "", "Comments", "Lane End Allotments Society"])
        #expect(doc.paragraphs == Self.post)
        #expect(DatedFilingLine.isDatedList(ListShape.read(Substring(Self.datedFiling))!))
        // Without the date in front, a list of names is no dated filing line.
        #expect(!DatedFilingLine.isDatedList(ListShape.read("Plots, Water, Committee, Repairs, Tools, Sheds, Open Days")!))
        // A dated sentence closing the post is its last paragraph.
        let dated = "06/04/2024: the committee thanks everyone who helped, and the pump will be fitted on Saturday."
        #expect(clean(Self.head() + [dated, "", "Comments"]).paragraphs.contains(dated))
    }

    static let filingSentence = "This note was put in Water and marked Pumps, Wells, Sheds, Honey by Morwenna Example. Keep the link."

    @Test func aFilingSentenceNamingTheWriterAboveTheCommentsIsDropped() {
        let doc = clean(Self.head() + [Self.filingSentence, "Leave a Reply", "Name *", "Email *"])
        #expect(doc.paragraphs == Self.post)
        let explained = doc.evidence(of: Self.filingSentence)
        #expect(explained.contains(BylineFilingSentence.evidence))
        // A last paragraph that lists names without the writer's name stays.
        let thanks = "Thanks to Ada, Bram, Cleo and Dov for the loan of the pump, the rope, the ladder and the van."
        #expect(clean(Self.head() + [thanks, "Leave a Reply", "Name *"]).paragraphs.contains(thanks))
    }
}
