import Foundation
import Testing
@testable import ReaderModel

/// The role of a body line that is the document's title too (a textless post's headline): decided by
/// `RoleAssigner`, turned into both the title and a paragraph by `DocumentBuilder`. Invented lines.
@Suite struct TitleTooRoleTests {
    static let why = "the post has no text: invented evidence"

    /// One line per entry, a blank line before each, offsets counted as the joined page would have them.
    static func lines(_ texts: [String], joined: [Int: Int] = [:]) -> [TextLine] {
        var offset = 0
        return texts.enumerated().map { k, text in
            defer { offset += text.utf8.count + 2 }
            return TextLine(text: Substring(text), offset: offset, blankBefore: k > 0, lineNumber: k + 1, joinedLines: joined[k] ?? 1)
        }
    }

    static func build(_ lines: [TextLine], _ decisions: [LineDecision], meta: TextMetadata = TextMetadata()) -> Document {
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        return DocumentBuilder.build(article: Article(source: "t.txt", format: .text, text: ""), lines: lines,
                                     evidence: evidence, decisions: decisions, meta: meta)
    }

    @Test func theHeaderLinesAreTheBodyAndTheHeadlineTheTitleToo() {
        let lines = Self.lines(["Menu", "Red coat on the quay", "Posted March 3rd, 2019", "Share this", "COMMENTS"])
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        // The metadata read the headline as the title and the date line as the dateline: the post's roles win.
        var meta = TextMetadata()
        meta.titleIndex = 1
        meta.dateIndex = 2
        let post = TextlessPostHeader.Post(lines: [1, 2], headline: 1, evidence: Self.why)
        let decisions = RoleAssigner.assign(lines, evidence, body: 3..<3, meta: meta, textless: post)
        #expect(decisions.map(\.role) == [.removed, .body, .body, .removed, .removed])
        #expect(decisions.map(\.isTitleToo) == [false, true, false, false, false])
        #expect(decisions[1].noteIsWholeEvidence && decisions[2].noteIsWholeEvidence)
        #expect(decisions[2].reason == nil && decisions[2].note == Self.why)
        #expect(!decisions[0].noteIsWholeEvidence && !decisions[3].isTitleToo)
    }

    @Test func theMetadatasTitleAboveAPostIsAHeadLineNotTheTitle() {
        // The metadata, reading the page as if the post had no header, took a sidebar label for the title.
        let lines = Self.lines(["Translate this diary", "Red coat on the quay", "Posted March 3rd, 2019", "COMMENTS"])
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        var meta = TextMetadata()
        meta.titleIndex = 0
        meta.title = "Translate this diary"
        let post = TextlessPostHeader.Post(lines: [1, 2], headline: 1, evidence: Self.why)
        let decisions = RoleAssigner.assign(lines, evidence, body: 3..<3, meta: meta, textless: post)
        #expect(decisions.map(\.role) == [.removed, .body, .body, .removed])
        #expect(decisions[0].reason != nil && decisions.map(\.isTitleToo) == [false, true, false, false])
        let doc = Self.build(lines, decisions, meta: meta)
        #expect(doc.title == "Red coat on the quay")
        #expect(doc.removed.first?.text == "Translate this diary")
        #expect(!doc.blocks.contains { $0.role == .title })
    }

    @Test func withoutAPostNoLineIsTheTitleToo() {
        let lines = Self.lines(["Red coat on the quay", "We met this coat on the quay on Sunday morning, sewn from an old blanket."])
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        var meta = TextMetadata()
        meta.titleIndex = 0
        let decisions = RoleAssigner.assign(lines, evidence, body: 1..<2, meta: meta)
        #expect(decisions.map(\.role) == [.title, .body])
        #expect(!decisions.contains { $0.isTitleToo || $0.noteIsWholeEvidence })
    }

    @Test func aTitleTooLineIsBothTheTitleAndAParagraph() {
        let lines = Self.lines(["Menu", "Red coat on the quay", "Posted March 3rd, 2019"])
        let doc = Self.build(lines, [
            LineDecision(role: .removed, reason: .navigation, note: "vocabulary"),
            LineDecision(role: .body, note: Self.why, isTitleToo: true, noteIsWholeEvidence: true),
            LineDecision(role: .body, note: Self.why, noteIsWholeEvidence: true),
        ])
        #expect(doc.title == "Red coat on the quay")
        #expect(doc.sourceOffsets[.title] == lines[1].offset)
        #expect(doc.paragraphs == ["Red coat on the quay", "Posted March 3rd, 2019"])
        #expect(doc.sourceOffsets[.paragraph(0)] == lines[1].offset && doc.sourceOffsets[.paragraph(1)] == lines[2].offset)
        #expect(doc.removed == [RemovedBlock(text: "Menu", reason: .navigation)])
        // The post's evidence alone, without the line's shape; other lines keep theirs.
        #expect(doc.blocks.map(\.role) == [.removed, .body, .body])
        #expect(doc.blocks[1].evidence == Self.why && doc.blocks[2].evidence == Self.why)
        #expect(doc.blocks[0].evidence?.hasPrefix("line 1, 1 words") == true)
    }

    @Test func theTitleTooOutranksATitleLineTheMetadataChoseAboveIt() {
        let lines = Self.lines(["Translate this diary", "Red coat on the quay", "Posted March 3rd, 2019"])
        var meta = TextMetadata()
        meta.titleIndex = 0
        meta.title = "Translate this diary"
        let doc = Self.build(lines, [
            LineDecision(role: .title, note: "title-like line before the body"),
            LineDecision(role: .body, note: Self.why, isTitleToo: true, noteIsWholeEvidence: true),
            LineDecision(role: .body, note: Self.why, noteIsWholeEvidence: true),
        ], meta: meta)
        #expect(doc.title == "Red coat on the quay")
        #expect(doc.sourceOffsets[.title] == lines[1].offset)
    }

    @Test func aHardWrappedTitleTooLineHasNoTitleOffset() {
        // Its text is flattened, so the title is not verbatim in the source; the paragraph has no offset either.
        let lines = Self.lines(["Red coat\non the quay", "Posted March 3rd, 2019"], joined: [0: 2])
        let doc = Self.build(lines, [
            LineDecision(role: .body, note: Self.why, isTitleToo: true, noteIsWholeEvidence: true),
            LineDecision(role: .body, note: Self.why, noteIsWholeEvidence: true),
        ])
        #expect(doc.title == "Red coat on the quay")
        #expect(doc.sourceOffsets[.title] == nil)
        #expect(doc.sourceOffsets[.paragraph(0)] == nil && doc.sourceOffsets[.paragraph(1)] == lines[1].offset)
    }

    @Test func withoutExplainingTheDocumentIsTheSame() {
        let lines = Self.lines(["Red coat on the quay", "Posted March 3rd, 2019"])
        let decisions = [LineDecision(role: .body, note: Self.why, isTitleToo: true, noteIsWholeEvidence: true),
                         LineDecision(role: .body, note: Self.why, noteIsWholeEvidence: true)]
        let evidence = LineEvidenceCollector.collect(lines, site: nil)
        let doc = DocumentBuilder.build(article: Article(source: "t.txt", format: .text, text: ""), lines: lines,
                                        evidence: evidence, decisions: decisions, meta: TextMetadata(), explains: false)
        #expect(doc.title == "Red coat on the quay" && doc.paragraphs.count == 2 && doc.blocks.isEmpty)
    }
}
