import Testing
@testable import ReaderModel

/// The byte gates in front of two end-of-body readers (a transcript's speaker label, a Chinese
/// photographer's credit) pass every line the Character reading behind them accepts.
struct ClosingLineByteGateTests {
    @Test func speakerLabelUpToItsByteLimitPassesTheGate() {
        let longest = String(repeating: "A", count: TranscriptClosingTurns.maximumLabelBytes)
        #expect(TranscriptClosingTurns.speaker(of: Substring(longest + ": Thank you.")) == Substring(longest))
        #expect(TranscriptClosingTurns.speaker(of: Substring(longest + "A: Thank you.")) == nil)
        #expect(TranscriptClosingTurns.speaker(of: "ÉLODIE：Merci.") == "ÉLODIE")
        #expect(TranscriptClosingTurns.speaker(of: "A line of prose with no label at all, and no colon.") == nil)
    }

    @Test func photographerCreditBehindSpacesPassesTheGate() {
        #expect(ChinesePhotographerCredit.closesCaption("志愿者整理图书。（记者 周文静 摄）"))
        #expect(ChinesePhotographerCredit.closesCaption("志愿者整理图书。（记者 周文静 摄\u{3000}）"))
        #expect(ChinesePhotographerCredit.closesCaption("志願者整理圖書。(新華社記者林怡君攝 )"))
        #expect(!ChinesePhotographerCredit.closesCaption("志愿者整理图书。（记者 周文静）"))
        #expect(!ChinesePhotographerCredit.closesCaption("The pier at dawn (photo: Lee)"))
        #expect(!ChinesePhotographerCredit.closesCaption("摄)"))
        #expect(!ChinesePhotographerCredit.closesCaption(")"))
    }
}
