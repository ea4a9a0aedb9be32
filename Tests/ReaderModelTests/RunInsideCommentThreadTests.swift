import Foundation
import Testing
@testable import ReaderModel

/// Invented news-site page: a story of one paragraph under its headline and "Posted by" line, then
/// the comment section, in which one reader's long comment carries no furniture of its own and is
/// the heaviest run of the page. The thread's other lines are marked as comments by hand, as the
/// thread detector does on such pages.
@Suite struct RunInsideCommentThreadTests {
    static let story = "The harbour board switched on a new tide gauge at the old pier this morning, and its readings now appear every ten minutes on the board's public page, which fishermen say will save them a walk down to the water before dawn on stormy days."

    static let longComment = (0..<6).map { _ in
        "I have fished from that pier for thirty years and the old painted gauge was never far wrong, but a reading I can check from the kitchen before I put my boots on is worth more than any new lamp post they have promised us."
    }.joined(separator: " ")

    static let thread = ["Re: about time", "by quiet reader (4411)", "Good news for the early boats, I hope it survives the winter.",
                         "Reply to this", "Re: about time", "by pier walker (9120)", "The last one rusted in a year.", "Reply to this"]

    /// The page's lines and evidence; `threadLabels` marks the thread lines as comments.
    static func page(threadLabels: Bool = true, sectionHeader: Bool = true) -> (lines: [TextLine], evidence: [LineEvidence], comment: Int) {
        var texts = ["Harbour News", "Tide gauge goes online at the old pier", "Posted by editor on Tuesday March 4, @09:12AM", story,
                     "harbour tides", ""]
        if sectionHeader { texts.append("Comments") }
        texts += thread
        let comment = texts.count
        texts.append(longComment)
        texts += thread
        let lines = LineSplitter.lines(of: texts.joined(separator: "\n"))
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        if threadLabels {
            let threadLines = Set(thread)
            for i in lines.indices where threadLines.contains(String(lines[i].text)) {
                evidence[i].noise = .comments
                evidence[i].noiseSource = .rule("test: comment thread")
            }
        }
        return (lines, evidence, lines.firstIndex { $0.text == longComment } ?? comment)
    }

    @Test func theStoryAboveTheThreadBeatsALongCommentInsideIt() throws {
        let (lines, evidence, comment) = Self.page()
        let scores = BodySegment.scores(lines, evidence)
        let heaviest = BodyCandidate.heaviest(comment..<(comment + 1), scores: scores)
        let candidate = try #require(RunInsideCommentThread.candidate(lines, evidence, scores: scores, heaviest: heaviest))
        let storyLine = try #require(lines.firstIndex { $0.text == Self.story })
        #expect(candidate.range.contains(storyLine))
        #expect(!candidate.range.contains(comment))
        #expect(BodyChoice.beats(candidate, heaviest))
        #expect(candidate.features.first?.beatenRunReads == .comments)
    }

    @Test func aRunWithoutCommentsAroundItIsLeftAlone() {
        let (lines, evidence, comment) = Self.page(threadLabels: false)
        let scores = BodySegment.scores(lines, evidence)
        let heaviest = BodyCandidate.heaviest(comment..<(comment + 1), scores: scores)
        #expect(RunInsideCommentThread.candidate(lines, evidence, scores: scores, heaviest: heaviest) == nil)
    }

    @Test func withoutASectionHeaderNoRunIsNamed() {
        let (lines, evidence, comment) = Self.page(sectionHeader: false)
        let scores = BodySegment.scores(lines, evidence)
        let heaviest = BodyCandidate.heaviest(comment..<(comment + 1), scores: scores)
        #expect(RunInsideCommentThread.candidate(lines, evidence, scores: scores, heaviest: heaviest) == nil)
    }
}
