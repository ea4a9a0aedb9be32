import Foundation

/// The row under a Chinese portal's headline: the time, then labelled fields, the source first
/// ("2025-08-14 10:30:15　来源：江南晚报　作者：周文静　字号：大 中 小"), in a box whose class
/// ("info", "article-info", "source") names no byline. The fields are metadata, not a paragraph;
/// a sentence (one closing on 。) mentioning a source is prose.
enum ChineseInfoRow {
    /// Such a row is a few fields long (in bytes).
    static let maximumBytes = 240

    static let evidence = "a row of the time and labelled source and author fields: metadata"

    /// The labels that open a field, with their colon.
    static let fieldLabels = ["来源：", "來源：", "来源:", "來源:"]

    static func matches(_ text: String) -> Bool {
        guard text.utf8.count < maximumBytes, let lead = text.utf8.first else { return false }
        // A date opens with a digit; "发布时间：" / "發布時間：" with 发 (E5 8F 91) or 發 (E7 99 BC).
        guard lead &- 0x30 < 10 || lead == 0xE5 || lead == 0xE7 else { return false }
        guard fieldLabels.contains(where: { text.contains($0) }), !text.contains("。") else { return false }
        if lead &- 0x30 < 10 { return DateNormalizer.matchAtStart(of: text) != nil }
        return text.hasPrefix("发布时间") || text.hasPrefix("發布時間")
    }
}
