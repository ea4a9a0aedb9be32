/// A byline some pages set at the article's foot instead of under its headline: a Korean reporter's
/// credit (`KoreanReporterCredit`), or a name alone on the line right under the last paragraph with
/// the share bar right below it (the right-aligned signature of Vietnamese news pages). Read only
/// when the head named no writer.
enum ClosingCreditLine {
    static let bareNameEvidence = "byline: a name alone right under the article's last paragraph, over its share bar: the article signed at its foot"

    /// The line and its name, with the evidence, or nil.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> (index: Int, name: String, note: String)? {
        guard body.count >= 2 else { return nil }
        for i in max(body.lowerBound, body.upperBound - 2)..<min(lines.count, body.upperBound + 3) where lines[i].wordCount <= 10 {
            if let name = KoreanReporterCredit.name(in: lines[i].text) { return (i, name, KoreanReporterCredit.evidence) }
        }
        let i = body.upperBound
        guard i < lines.count, i + 1 < lines.count, lines[i].blankBefore, isBareName(lines[i]), !evidence[i].isCaption,
              evidence[i].byline == nil, evidence[i].dateISO == nil,
              evidence[i + 1].noise == .social, lines[i - 1].endsSentence, evidence[i - 1].noise == nil else { return nil }
        // A signature may open with a dash ("-Ana Example").
        let name = lines[i].text.trimmingOuterSpace().drop { $0 == "-" || $0 == "–" || $0 == "—" }
        guard name.first?.isUppercase == true else { return nil }
        return (i, String(name), bareNameEvidence)
    }

    /// Two to four capitalised words of letters, no stopword, no sentence.
    private static func isBareName(_ line: TextLine) -> Bool {
        guard (2...4).contains(line.wordCount), line.capitalizedCount == line.wordCount, line.stopwordCount == 0,
              !line.endsSentence else { return false }
        return line.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "'" }
    }
}
