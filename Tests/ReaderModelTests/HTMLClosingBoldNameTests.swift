import Testing
@testable import ReaderModel

/// A story signed by the writer's name alone in bold under its last paragraph (`ClosingBoldName`):
/// the name is the byline, not a paragraph; a bold closing remark or label is not a name.
@Suite struct HTMLClosingBoldNameTests {
    static func page(closing: String, prose: [String] = HTMLFixtures.prose) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title></head><body>
        <article><h1>Story</h1>
        \(HTMLFixtures.paragraphs(prose))
        \(closing)
        </article></body></html>
        """
    }

    @Test func boldNameUnderTheStoryIsTheByline() {
        let doc = HTMLFixtures.clean(Self.page(closing: "<p style=\"text-align:right\"><strong>Odile Varenne</strong></p>"))
        #expect(doc.paragraphs == HTMLFixtures.prose)
        #expect(doc.byline == "Odile Varenne")
        #expect(doc.blocks.contains { $0.role == .byline && $0.evidence == ClosingBoldName.evidence })
    }

    @Test func namesInOtherScriptsAndCases() {
        let prose = [
            "Sau ba tháng thi công, con đường đất dẫn vào xóm đã được đổ bê tông, xe máy đi lại dễ dàng hơn cả trong mùa mưa.",
            "Bà con trong xóm góp tiền mua xi măng, còn thanh niên thay nhau trộn vữa vào mỗi buổi chiều sau giờ làm đồng.",
            "Chính quyền xã hứa sẽ lắp thêm đèn đường dọc tuyến trước dịp Tết.",
        ]
        let doc = HTMLFixtures.clean(Self.page(closing: "<p><b>Đỗ Thị Lan Anh</b></p>", prose: prose))
        #expect(doc.paragraphs == prose)
        #expect(doc.byline == "Đỗ Thị Lan Anh")
    }

    @Test func boldRemarksAndLabelsStay() {
        for closing in ["<p><strong>Thanks for reading, see you soon</strong></p>",
                        "<p><strong>the end of part one</strong></p>",
                        "<p><strong>Odile</strong></p>",
                        "<p>Reported by <strong>Odile Varenne</strong></p>"] {
            let doc = HTMLFixtures.clean(Self.page(closing: closing))
            #expect(doc.paragraphs.count == HTMLFixtures.prose.count + 1, "\(closing)")
            #expect(!doc.blocks.contains { $0.evidence == ClosingBoldName.evidence }, "\(closing)")
        }
        // A date in bold has digits: whatever other rule reads it, it is no signature.
        let dated = HTMLFixtures.clean(Self.page(closing: "<p><strong>Updated 12 May</strong></p>"))
        #expect(!dated.blocks.contains { $0.evidence == ClosingBoldName.evidence })
    }

    @Test func aNameAfterALeadInIsNoSignature() {
        // The paragraph before ends in a colon: the bold line is what it introduces.
        let prose = Array(HTMLFixtures.prose.prefix(3)) + ["The prize this year went to:"]
        let doc = HTMLFixtures.clean(Self.page(closing: "<p><strong>Odile Varenne</strong></p>", prose: prose))
        #expect(doc.paragraphs.last == "Odile Varenne")
    }
}
