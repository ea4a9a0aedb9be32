import Foundation
import Testing
@testable import ReaderModel

/// The body is chosen once among the heaviest run and the runs structural evidence speaks for.
@Suite struct BodyChoiceTests {
    static let endMarkers = BodyFeature(evidence: "test: before the end markers", weight: .factor(3))

    @Test func aWeightedRunBeatsAHeavierRunWithinItsFactor() {
        let heaviest = BodyCandidate(range: 20..<30, prose: 59)
        let post = BodyCandidate(range: 5..<7, prose: 20, features: [Self.endMarkers])
        #expect(BodyChoice.beats(post, heaviest))
        #expect(!BodyChoice.beats(post, BodyCandidate(range: 20..<30, prose: 61)))
    }

    @Test func aDecisiveFeatureBeatsAnyWeight() {
        let weighted = BodyCandidate(range: 5..<7, prose: 40, features: [Self.endMarkers])
        let thin = BodyCandidate(range: 2..<4, prose: -2, features: [BodyFeature(evidence: "test: thin rival", weight: .decisive)])
        #expect(BodyChoice.beats(thin, weighted))
        #expect(!BodyChoice.beats(weighted, thin))
    }

    @Test func theWinnerAndTheBeatenRunSayWhy() {
        let page = ArticleBeforeEndMarkersTests.page(footer: ArticleBeforeEndMarkersTests.disclaimer)
        let doc = Cleaner().clean(Article(source: "s.txt", format: .text, text: page))
        let kept = doc.evidence(of: ArticleBeforeEndMarkersTests.post)
        #expect(kept.contains("chosen over the heavier run at lines"))
        let beaten = doc.blocks.first { $0.text == ArticleBeforeEndMarkersTests.disclaimer[0] }
        #expect(beaten?.role == .removed)
        #expect((beaten?.evidence ?? "").contains("beaten: the heavier run"))
    }
}
