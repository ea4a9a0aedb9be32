/// An unmarked list the article prints between its paragraphs ("Subject line – 17.9%", one per
/// line, no bullets): glued short lines that each close on the same field, a dash and a number of
/// one format (the same decimals, the same unit). Its items read as fragments, captions or glued
/// teasers one by one; the field they share says they are one table of the article. A menu or a
/// teaser block closes its lines on words, not on a measured value of one format.
enum SharedTrailingFieldRun {
    static let evidence = "item of a glued run of lines closing on the same field (a dash and a number of one format) between paragraphs"
    /// The fewest items closing on the field, and their least share of the run.
    static let minimumItems = 4
    static let minimumShare = 0.75
    /// An item is a line of a list, not a paragraph.
    static let maximumItemWords = 30
    /// How far above and below the run the body's paragraph may be.
    static let maximumReach = 2

    /// The field's format: digits after the decimal mark, and the unit byte after the number (0 for none).
    struct Field: Equatable {
        var decimals: Int
        var unit: UInt8
    }

    /// Marks every run of the body that qualifies as the article's list.
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) {
        var i = body.lowerBound
        while i < body.upperBound {
            // Cheap shape first: a short line whose last byte can close a number or its unit.
            guard mayClose(lines[i]), let field = field(lines[i].text), isItem(i, lines, evidence) else { i += 1; continue }
            var last = i
            var items = 1
            var k = i + 1
            // Glued lines, one odd item (a longer note, a split value) allowed between two that close on the field.
            while k < body.upperBound, !lines[k].blankBefore, isItem(k, lines, evidence) {
                if mayClose(lines[k]), self.field(lines[k].text) == field {
                    items += 1
                    last = k
                } else if k - last > 1 {
                    break
                }
                k += 1
            }
            let count = last - i + 1
            if items >= minimumItems, Double(items) >= minimumShare * Double(count),
               hasParagraph(above: i, lines, evidence, body: body), hasParagraph(below: last, lines, evidence, body: body) {
                for j in i...last {
                    evidence[j].noise = nil
                    evidence[j].noiseSource = nil
                    evidence[j].isCaption = false
                    evidence[j].listItem = .sharedTrailingField
                }
            }
            i = last + 1
        }
    }

    /// A short line of the run: furniture a structural guess named (a fragment, a glued teaser, a
    /// caption) may be an item; a line the vocabulary or another page condemned may not.
    @inline(__always)
    private static func isItem(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard lines[k].wordCount >= 1, lines[k].wordCount <= maximumItemWords, !evidence[k].isMetadata, evidence[k].listItem == nil else { return false }
        guard let noise = evidence[k].noise else { return true }
        guard noise == .fragment || noise == .related else { return false }
        switch evidence[k].noiseSource {
        case .vocabulary?, .repeatedInSite?: return false
        default: return true
        }
    }

    @inline(__always)
    private static func mayClose(_ line: TextLine) -> Bool {
        guard line.wordCount <= maximumItemWords, let last = line.text.utf8.last else { return false }
        return last == 0x25 || (last >= 0x30 && last <= 0x39)
    }

    /// "… – 17.9%", "… - 23,5 %", "…— 12": a dash, then a number, then at most a unit; nil otherwise.
    static func field(_ text: Substring) -> Field? {
        let bytes = Array(text.utf8.suffix(24))
        var end = bytes.count
        var unit: UInt8 = 0
        if end > 0, bytes[end - 1] == 0x25 {
            unit = 0x25
            end -= 1
            if end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        }
        var k = end
        var digitsAfterMark = 0
        var digits = 0
        var decimals = 0
        var sawMark = false
        while k > 0 {
            let b = bytes[k - 1]
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                digitsAfterMark += 1
            } else if (b == 0x2E || b == 0x2C), !sawMark, digitsAfterMark > 0, k >= 2, bytes[k - 2] >= 0x30 && bytes[k - 2] <= 0x39 {
                sawMark = true
                decimals = digitsAfterMark
                digitsAfterMark = 0
            } else {
                break
            }
            k -= 1
        }
        guard digits > 0, digits <= 7 else { return nil }
        while k > 0, bytes[k - 1] == 0x20 { k -= 1 }
        // The dash: ASCII hyphen, or en/em dash (E2 80 93 / E2 80 94).
        if k >= 1, bytes[k - 1] == 0x2D {
            k -= 1
        } else if k >= 3, bytes[k - 3] == 0xE2, bytes[k - 2] == 0x80, bytes[k - 1] == 0x93 || bytes[k - 1] == 0x94 {
            k -= 3
        } else {
            return nil
        }
        // Words before the dash: the item's own text.
        guard k > 0 || text.utf8.count > bytes.count else { return nil }
        return Field(decimals: decimals, unit: unit)
    }

    private static func hasParagraph(above i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        for k in stride(from: i - 1, through: max(body.lowerBound, i - maximumReach), by: -1) where isParagraph(k, lines, evidence) { return true }
        return false
    }

    private static func hasParagraph(below i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        var k = i + 1
        while k < body.upperBound, k <= i + maximumReach {
            if isParagraph(k, lines, evidence) { return true }
            k += 1
        }
        return false
    }

    /// Kept prose of the body: no noise, the shape of a sentence or more.
    @inline(__always)
    private static func isParagraph(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == nil && !evidence[k].isCaption && evidence[k].shape != .short && lines[k].endsSentence
    }
}
