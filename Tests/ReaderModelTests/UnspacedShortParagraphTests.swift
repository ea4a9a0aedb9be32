import Foundation
import Testing
@testable import ReaderModel

/// Invented Thai pages whose article closes on a paragraph of one short sentence: Thai writes no
/// sentence punctuation, so the line has a headline's shape and fell off the body's end. It stays
/// when it sits under a paragraph as the paragraphs sit under each other and heads no run of
/// headline-shaped lines; a run of three such lines, or a line glued under blank-separated
/// paragraphs, is still a list.
@Suite struct UnspacedShortParagraphTests {
    static func marked(_ text: String) -> (lines: [TextLine], evidence: [LineEvidence]) {
        let lines = LineSplitter.lines(of: text)
        var evidence = LineEvidenceCollector.collect(lines, site: nil)
        UnspacedShortParagraph.mark(lines, &evidence)
        return (lines, evidence)
    }

    static func isMarked(_ ev: LineEvidence) -> Bool {
        ev.keptNote == UnspacedShortParagraph.evidence && ev.shape == .good
    }

    @Test func fixtureKeepsTheLastParagraph() throws {
        let doc = try ScriptAwareCleaningTests.clean("unspaced-tails/th-last-paragraph.txt")
        #expect(doc.paragraphs == (try ScriptAwareCleaningTests.expectedBody("unspaced-tails/th-last-paragraph.body.txt")))
        #expect(doc.blocks.contains { $0.role == .body && ($0.evidence ?? "").contains(UnspacedShortParagraph.evidence) })
    }

    /// A heading and two paragraphs, each after a blank line, and the blank line under the last.
    static let paragraphs = """
    ข่าวท้องถิ่น

    ชาวบ้านริมคลองรวมตัวกันเก็บผักตบชวาที่ลอยมาติดใต้สะพานไม้ทุกเช้าวันอาทิตย์ เพื่อให้เรือหางยาวของแม่ค้าในตลาดน้ำแล่นผ่านได้สะดวกเหมือนเดิม และให้นักท่องเที่ยวที่มาเที่ยวชมวิถีชีวิตริมคลองได้เห็นน้ำที่ใสสะอาดขึ้นกว่าเดิม

    ผู้นำชุมชนบอกว่า กิจกรรมนี้เริ่มจากคนไม่กี่คน แต่ตอนนี้มีเยาวชนมาช่วยกันมากกว่าสามสิบคน และยังนำผักตบที่เก็บได้ไปทำปุ๋ยหมักแจกให้ชาวสวน


    """

    @Test func shortClosingLineUnderTheParagraphsIsOne() {
        let (lines, evidence) = Self.marked(Self.paragraphs + "ใครสนใจร่วมกิจกรรมมาได้ทุกสัปดาห์\n\nแชร์\n")
        let last = lines.indices.first { lines[$0].text.hasPrefix("ใครสนใจ") }!
        #expect(Self.isMarked(evidence[last]))
        #expect(!Self.isMarked(evidence[last + 1]), "a one-word share label is no paragraph")
    }

    @Test func twoShortClosingLinesAreBothParagraphs() {
        let (lines, evidence) = Self.marked(Self.paragraphs + "ใครสนใจร่วมกิจกรรมมาได้ทุกสัปดาห์\n\nเตรียมถุงมือและรองเท้าบูทมาเองด้วย\n")
        #expect(lines.suffix(2).indices.allSatisfy { Self.isMarked(evidence[$0]) })
    }

    @Test func aRunOfThreeHeadlineShapedLinesIsAList() {
        let (lines, evidence) = Self.marked(Self.paragraphs + """
        ตลาดน้ำเก่าเปิดโซนอาหารพื้นบ้านเพิ่มอีกยี่สิบร้าน

        โรงเรียนริมคลองได้เรือรับส่งนักเรียนลำใหม่

        งานแข่งเรือยาวประจำปีเลื่อนไปจัดเดือนหน้า

        """)
        #expect(!lines.indices.contains { Self.isMarked(evidence[$0]) })
    }

    @Test func aLineGluedUnderBlankSeparatedParagraphsIsNone() {
        let (lines, evidence) = Self.marked(Self.paragraphs.trimmingCharacters(in: .newlines) + "\nใครสนใจร่วมกิจกรรมมาได้ทุกสัปดาห์\n")
        #expect(!Self.isMarked(evidence[lines.count - 1]))
    }

    @Test func aTeaserClosingOnAnExclamationHeadsTheNextOne() {
        // The line above is headline-shaped, though a sentence mark closes it: the line under it
        // is the list's next teaser, not the article's last paragraph.
        let (lines, evidence) = Self.marked(Self.paragraphs + """
        ตลาดน้ำเก่าเปิดโซนอาหารพื้นบ้านเพิ่มอีกยี่สิบร้าน!

        โรงเรียนริมคลองได้เรือรับส่งนักเรียนลำใหม่

        """)
        #expect(!Self.isMarked(evidence[lines.count - 1]))
    }

    @Test func otherScriptsAreLeftAlone() {
        #expect(UnpunctuatedScriptLine.writesThaiOrLao("ใครสนใจ"))
        #expect(UnpunctuatedScriptLine.writesThaiOrLao("ສະບາຍດີ"))
        #expect(!UnpunctuatedScriptLine.writesThaiOrLao("ព័ត៌មាន"), "Khmer closes its sentences on ។")
        #expect(!UnpunctuatedScriptLine.writesThaiOrLao("駅前の商店街"))
        // A Chinese closing line is judged by its full stop, as before.
        let (lines, evidence) = Self.marked("""
        镇上的老茶馆从本月起每周五晚上加演一场皮影戏，茶客们一边喝茶一边看戏，不少孩子也跟着家长来凑热闹。

        欢迎市民前来观看
        """)
        #expect(!Self.isMarked(evidence[lines.count - 1]))
    }
}
