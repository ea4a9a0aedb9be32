@testable import ReaderModel

/// Small original articles for the story tests: two events in one town a year apart (the same people
/// and places, different facts), another town's news, and copies.
enum StoryFixtures {
    static let ferryQuote = "\u{201C}The island has waited ten years for this boat, and it will not wait one more winter,\u{201D} said Councillor Ada Brenn."

    /// 2025: Portmere votes for a ferry to Little Skerry.
    static let ferryVote = Document(
        source: "/lib/ledger-ferry-vote.txt", title: "Portmere council votes to fund Little Skerry ferry",
        byline: "Mara Quill", published: "2025-03-04",
        paragraphs: [
            "The harbour council in Portmere voted on Tuesday to fund a ferry line to Little Skerry, ending a decade of debate over the crossing.",
            ferryQuote,
            "The council set aside 4.2 million pounds for the vessel and a new slipway at the north quay.",
            "Fishermen from Little Skerry crowded the public gallery and cheered when the vote passed by nine to two.",
            "The ferry, to be built at the Calder yard, should carry up to two hundred passengers twice a day from June.",
        ])

    /// The same vote from another outlet, undated, quoting Brenn with other punctuation.
    static let ferryReaction = Document(
        source: "/lib/wire-ferry-reaction.txt", title: "Little Skerry cheers as ferry money is approved",
        paragraphs: [
            "Islanders on Little Skerry greeted the Portmere vote with bells and a bonfire on the north quay.",
            "The island has waited ten years for this boat and it will not wait one more winter, Ada Brenn told the council before the vote.",
            "Of the 4.2 million pounds, most will go to the vessel and the rest to the slipway, the council said.",
            "Skipper Tomas Reld said the Calder yard had promised the hull by the end of May.",
            "Some in Portmere asked who would pay for the crossing once the first season ended.",
        ])

    /// A third report of the vote, two days later.
    static let ferryDoubts = Document(
        source: "/lib/coast-ferry-doubts.txt", title: "Ferry plan draws praise and doubts in Portmere",
        published: "2025-03-06",
        paragraphs: [
            "Two days after Portmere approved 4.2 million pounds for a Little Skerry ferry, traders asked how the winter timetable would work.",
            "Ada Brenn promised a review of the timetable after the first season and said the council would publish the passenger figures.",
            "Tomas Reld, who skippers the mail boat today, said storms close the crossing about thirty days a year.",
            "The Calder yard confirmed the order and said work on the hull would start next week.",
        ])

    /// 2026: the same town and councillor, a different event.
    static let lighthouse = Document(
        source: "/lib/ledger-lighthouse.txt", title: "Portmere lighthouse to be restored after storm damage",
        byline: "Mara Quill", published: "2026-03-10",
        paragraphs: [
            "The old lighthouse on Portmere point will be restored after February gales tore away part of its lantern room.",
            "Councillor Ada Brenn said the repairs would cost 800,000 pounds and the lamp would shine again by autumn.",
            "Volunteers from Little Skerry offered to help clear the rubble from the keeper's cottage.",
            "The Harbour Trust will reopen the tower to visitors once the stairs are checked.",
        ])

    /// The lighthouse story from another outlet, undated.
    static let lighthouseFollowUp = Document(
        source: "/lib/wire-lighthouse.txt", title: "Volunteers clear rubble at Portmere lighthouse",
        paragraphs: [
            "Volunteers spent Saturday clearing rubble from the keeper's cottage below the Portmere lighthouse.",
            "The Harbour Trust said the lantern room repairs, costing 800,000 pounds, would start when the gales ease.",
            "Ada Brenn thanked the islanders and said the tower would reopen to visitors in the autumn.",
        ])

    /// Another town, another event.
    static let orchard = Document(
        source: "/lib/valley-orchard.txt", title: "Frost threatens Eastvale apple harvest",
        published: "2025-03-05",
        paragraphs: [
            "Growers in Eastvale lit braziers between the rows overnight as temperatures fell to four degrees below freezing.",
            "Orchard owner Lise Marrow said the blossom had come early and a second frost could take half the crop.",
            "The Eastvale growers' cooperative asked for help from the regional fund if the losses are confirmed.",
        ])

    /// A re-save of the vote report under another name: the same body with the last paragraph cut.
    static var ferryVoteCopy: Document {
        var copy = ferryVote
        copy.source = "/lib/saved/ferry (1).txt"
        copy.title = nil
        copy.byline = nil
        copy.paragraphs.removeLast()
        return copy
    }

    static func signature(_ document: Document, fileDay: Int? = StoryDay.day(fromISO: "2026-12-01")) -> StorySignature {
        StorySignature(document: document, spans: EntityRecognizer().recognize(document), fileDay: fileDay)
    }
}
