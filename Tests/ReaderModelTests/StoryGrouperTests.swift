import Foundation
import Testing
@testable import ReaderModel

@Suite("Stories")
struct StoryGrouperTests {
    typealias F = StoryFixtures

    /// The grouped files, story by story, in each story's order.
    func grouped(_ documents: [Document]) -> [[String]] {
        StoryGrouper.group(documents.map { F.signature($0) }).map { $0.members.map { documents[$0.position].source } }
    }

    @Test func articlesOnOneEventFormOneStoryAndTheSameTownAYearLaterAnother() {
        let docs = [F.ferryVote, F.lighthouse, F.ferryReaction, F.orchard, F.lighthouseFollowUp, F.ferryDoubts]
        let stories = grouped(docs)
        #expect(stories.count == 3)
        #expect(stories.contains([F.ferryVote.source, F.ferryDoubts.source, F.ferryReaction.source]))
        #expect(stories.contains([F.lighthouse.source, F.lighthouseFollowUp.source]))
        #expect(stories.contains([F.orchard.source]))
    }

    @Test func theOrderOfTheLibraryDoesNotChangeTheStories() {
        let docs = [F.ferryVote, F.lighthouse, F.ferryReaction, F.orchard, F.lighthouseFollowUp, F.ferryDoubts]
        let forward = Set(grouped(docs).map { Set($0) })
        let backward = Set(grouped(docs.reversed()).map { Set($0) })
        #expect(forward == backward)
    }

    @Test func aReSaveIsACopyAndTheBestCleanedCopyStandsForIt() throws {
        let docs = [F.ferryVoteCopy, F.ferryVote, F.ferryReaction]
        let stories = StoryGrouper.group(docs.map { F.signature($0) })
        #expect(stories.count == 1)
        let story = try #require(stories.first)
        #expect(story.articleCount == 2)
        let copy = try #require(story.members.first { $0.copyOf != nil })
        #expect(copy.position == 0)
        #expect(copy.copyOf == 1)  // the copy with title, byline and date stands for both
        #expect(story.copyCounts == [1: 1])
    }

    @Test func aStoryHasItsDatesAndSharedNames() throws {
        let docs = [F.ferryVote, F.ferryReaction, F.ferryDoubts]
        let story = try #require(StoryGrouper.group(docs.map { F.signature($0) }).first)
        #expect(story.first.map(StoryDay.iso) == "2025-03-04")
        #expect(story.last.map(StoryDay.iso) == "2025-03-06")
        #expect(story.entities.contains("Ada Brenn"))
        #expect(story.entities.contains("Portmere"))
    }

    @Test func anUndatedPageSavedBeforeAnEventIsNotPartOfIt() {
        // Saved in 2024: it cannot report a vote of March 2025.
        let early = F.signature(F.ferryReaction, fileDay: StoryDay.day(fromISO: "2024-06-01"))
        let stories = StoryGrouper.group([F.signature(F.ferryVote), early])
        #expect(stories.count == 2)
    }

    @Test func articlesWithoutASignatureStandAlone() {
        let stories = StoryGrouper.group([F.signature(F.ferryVote), nil, F.signature(F.ferryDoubts)])
        #expect(stories.count == 2)
        #expect(stories.contains { $0.members.map(\.position) == [1] })
    }

    @Test func signaturesSurviveTheirStoredForm() throws {
        let signature = F.signature(F.ferryVote)
        #expect(StorySignatureCodec.decode(StorySignatureCodec.encode(signature)) == signature)
        var damaged = StorySignatureCodec.encode(signature)
        damaged.removeLast(3)
        #expect(StorySignatureCodec.decode(damaged) == nil)
        #expect(StorySignatureCodec.decode(Data()) == nil)
        #expect(StorySignatureCodec.decode(Data([9, 9, 9])) == nil)
    }

    @Test func daysCountFromTheEpoch() {
        #expect(StoryDay.day(fromISO: "1970-01-01") == 0)
        #expect(StoryDay.day(fromISO: "2024-04-29T15:10") == 19842)
        #expect(StoryDay.iso(19842) == "2024-04-29")
        #expect(StoryDay.day(fromISO: "2022-02") == nil)
        #expect(StoryDay.day(fromISO: "2024-13-01") == nil)
        #expect(StoryDay.day(fromNanoseconds: 86_400_000_000_000 + 5) == 1)
    }

    @Test func aQuoteWithOtherPunctuationIsASharedPhrase() {
        let a = F.signature(F.ferryVote), b = F.signature(F.ferryReaction), c = F.signature(F.orchard)
        // The quote's shingles, whatever its quotation marks and commas, stand in both bodies.
        let shared = Set(WordShingles.hashes(F.ferryVote.paragraphs)).intersection(WordShingles.hashes(F.ferryReaction.paragraphs))
        #expect(shared.count >= 15)
        #expect(a.sharedShingles(c) == 0 && b.sharedShingles(c) == 0)
        #expect(!Set(WordShingles.hashes(["The island has waited ten years for this boat"]))
            .isDisjoint(with: WordShingles.hashes(["the ISLAND, has waited… ten years"])))
    }

    @Test func wordsOfAnyScriptMakeShinglesAndTypographicPunctuationSeparatesThem() {
        #expect(WordShingles.hashes(["Олександр Гриценко сказав сьогодні"]).count == 2)
        #expect(WordShingles.hashes(["the port\u{2019}s new\u{00A0}quay \u{201C}opens\u{201D}"]) == WordShingles.hashes(["The port's new quay opens"]))
        #expect(WordShingles.hashes(["one two"]).isEmpty)
    }

    @Test func emptyAndBodilessArticlesDoNotCrash() {
        #expect(StoryGrouper.group([]).isEmpty)
        let empty = StorySignature(document: Document(source: "/x"), spans: [], fileDay: nil)
        #expect(StoryGrouper.group([empty, empty]).count == 2)
    }
}
