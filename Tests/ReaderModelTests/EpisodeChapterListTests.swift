import Foundation
import Testing
@testable import ReaderModel

/// Invented episode pages whose show notes list chapters led by times into the recording: timed
/// short lines, the shape of a feed, which are the episode's when the first reads zero and each
/// later one is later (`EpisodeChapterList`).
@Suite struct EpisodeChapterListTests: TextPageCleaning {
    static let notes = [
        "This week we visit the last rope works on the east coast, where three people still twist hemp into mooring lines by hand on a walk four hundred yards long.",
        "We also hear from a sailmaker who buys their rope, and from a museum curator who wants the whole works listed as a working monument before the lease runs out.",
    ]

    static func page(chapters: [String]) -> [String] {
        ["Harbour Sounds", "Episodes", "About", "Support us", "", "Episode 12: The rope walk", "", "April 2, 2025 · 41 min", "",
         "Play", "Download", ""]
            + notes.flatMap { [$0, ""] } + chapters
            + ["", "More episodes", "Episode 11: The tide mill", "Episode 10: Gulls", "", "Comments (2)", "Log in to comment"]
    }

    static let chapters = ["Chapters", "", "00:00 Introduction", "03:15 The walk", "14:40 Twisting by hand", "29:05 The sailmaker",
                           "1:02:10 What happens next"]

    @Test func theChapterListClosesTheNotes() {
        let doc = clean(Self.page(chapters: Self.chapters))
        #expect(Array(doc.paragraphs.suffix(6)) == Self.chapters.filter { !$0.isEmpty }, "\(doc.paragraphs)")
        #expect(doc.evidence(of: "14:40 Twisting by hand").contains(EpisodeChapterList.evidence))
        #expect(doc.evidence(of: "Chapters").contains(EpisodeChapterList.headingEvidence))
        #expect(!doc.paragraphs.contains("More episodes"))
    }

    /// Times not from zero, or falling, are a feed's or a schedule's: the lines stay out.
    @Test func timesNotFromZeroOrFallingAreNoChapters() {
        for chapters in [["Today", "", "09:00 Doors open", "10:30 First talk", "12:00 Lunch"],
                         ["Latest", "", "00:00 Midnight update", "23:40 Storm warning", "22:15 Roads closed"]] {
            let doc = clean(Self.page(chapters: chapters))
            #expect(!doc.paragraphs.contains(chapters[3]), "\(chapters)")
        }
    }

    @Test func readsTimesIntoTheRecording() {
        #expect(EpisodeChapterList.seconds("00:00 Intro") == 0)
        #expect(EpisodeChapterList.seconds("[12:30] The walk") == 750)
        #expect(EpisodeChapterList.seconds("1:02:45 – Questions") == 3765)
        #expect(EpisodeChapterList.seconds("12:75 Bad") == nil)
        #expect(EpisodeChapterList.seconds("12:30") == nil)
        #expect(EpisodeChapterList.seconds("2025 Review") == nil)
    }
}
