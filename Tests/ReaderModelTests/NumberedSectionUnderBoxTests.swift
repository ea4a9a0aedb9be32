import Testing
@testable import ReaderModel

/// Invented list article whose numbered sections are split by a box of related links: the box runs
/// on over the next section's heading, which goes on the body's numbering and has a paragraph under
/// it. The heading is the article's; the box's headlines are not.
@Suite struct NumberedSectionUnderBoxTests: TextPageCleaning {
    static let sections: [(String, String)] = [
        ("1. Ask for the room above the bakery",
         "The rooms over the bakery on the quay are warm all winter because the ovens run from four in the morning, and the staff will tell you so if you ask them at the desk."),
        ("2. Breakfast is cheaper in the harbour café",
         "The hotel charges twice what the café across the street asks for the same eggs and toast, and the café opens an hour earlier for the fishing crews coming off the boats."),
        ("3. The lift is slow but the stairs are worse",
         "The stairs at the back were built for the servants of the old house and are so narrow that two people carrying suitcases cannot pass each other on the landing."),
        ("4. Book the ferry with the room",
         "The desk sells ferry tickets at the price the harbour office charges, which saves a walk in the rain down to the ticket hut at the end of the pier before the first crossing."),
    ]
    static let box = ["Read more", "Harbour town votes to keep its Sunday market", "Pier lights restored after the winter gales", "A walk along the old rope works"]

    func page(boxNumbered: Bool = false) -> [String] {
        var lines = ["Harbour Travel", "Home", "Hotels", "", "Four things the hotel staff will not tell you", "",
                     "We spent a week working beside the desk staff of a small hotel on the quay and wrote down what they told us when the manager was out of the room.", ""]
        for (n, section) in Self.sections.enumerated() {
            if n == 3 {
                lines += boxNumbered ? ["Read more", "1. Harbour town votes to keep its Sunday market", "2. Pier lights restored after the winter gales"] : Self.box
                lines += [section.0, "", section.1, ""]
            } else {
                lines += [section.0, "", section.1, ""]
            }
        }
        return lines + ["More about:", "Hotels", "Harbours", "", "Share", "Email"]
    }

    @Test func aSectionHeadingUnderARelatedBoxIsTheArticles() {
        let doc = clean(page())
        #expect(doc.paragraphs.contains(Self.sections[3].0))
        #expect(doc.paragraphs.contains(Self.sections[3].1))
        for line in Self.box.dropFirst() { #expect(!doc.paragraphs.contains(line)) }
        let heading = doc.evidence(of: Self.sections[3].0)
        #expect(heading.contains(MarkedListRun.boxedSectionEvidence) || heading.contains(ArticleListReason.numberedThroughBody.evidence))
    }
}
