import Testing
@testable import ReaderModel

/// An invented story whose refrain ("Nobody answered.") comes back between its paragraphs: printed
/// three times it reads as repeated furniture, yet each copy is a sentence of the story.
@Suite struct RepeatedSentenceInBodyTests: TextPageCleaning {
    static let refrain = "Nobody answered."
    static let page = [
        "The lighthouse keeper's last winter",
        "",
        "On the first evening of the storm the keeper climbed the stair and called down to the boat that had tied up below the rocks.",
        refrain,
        "",
        "He waited until the lamp had turned a dozen times, then went down with a lantern and knocked on the cabin door of the little boat.",
        refrain,
        "",
        "By morning the boat had slipped its rope, and the keeper wrote in his log that a visitor had come and gone without a word.",
        "He called out once more from the rocks.",
        refrain,
        "",
        "When the supply ship came in spring, the captain asked whether he had seen anyone all winter, and the keeper shook his head slowly.",
        "Share",
        "",
        "Share",
    ]

    @Test func aRefrainBetweenParagraphsIsKept() {
        let doc = clean(Self.page)
        #expect(doc.paragraphs.filter { $0 == Self.refrain }.count == 3)
        let notes = doc.blocks.filter { $0.role == .body && $0.text == Self.refrain }.compactMap(\.evidence)
        #expect(notes.allSatisfy { $0.contains(RepeatedSentenceInBody.evidence) })
    }

    @Test func aRepeatedOneWordLineIsNotASentence() {
        let doc = clean(Self.page)
        #expect(!doc.paragraphs.contains("Share"))
    }
}
