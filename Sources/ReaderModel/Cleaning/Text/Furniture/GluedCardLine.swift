/// A menu or a box of story cards copied as one line: each card's summary is cut short with an
/// ellipsis and followed by its credit after a dash or a bar ("...and more… - A. Writer Next
/// headline ..."). Prose puts an ellipsis before a dash now and then, never twice in one paragraph,
/// while a row of cards does it once per card; the line is a teaser box, however long, and must not
/// outweigh the article as prose.
enum GluedCardLine {
    static let evidence = "cards glued in one line: summaries cut short by an ellipsis, each followed by its credit"
    /// A line with this many cut-summary-then-credit joints holds a row of cards.
    static let minimumJoints = 2

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        // Each joint opens with an ellipsis: the tokenizer's count of them spares most lines the byte scan.
        for i in lines.indices where evidence[i].noise == nil && lines[i].wordCount >= 8
            && lines[i].ellipsisStarts >= minimumJoints && joints(in: lines[i].text) >= minimumJoints {
            evidence[i].noise = .related
            evidence[i].noiseSource = .rule(Self.evidence)
        }
    }

    /// How many times an ellipsis ("…" or "...") is followed, across spaces, by a dash or a bar and
    /// then a space and more text: a cut summary, then its card's credit.
    static func joints(in text: Substring) -> Int {
        text.utf8.withContiguousStorageIfAvailable { joints(in: $0) } ?? Array(text.utf8).withUnsafeBufferPointer { joints(in: $0) }
    }

    private static func joints(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        while let end = ellipsisEnd(bytes, from: i) {
            i = end
            var k = end
            while k < bytes.count, case let n = spaceLength(bytes, at: k), n > 0 { k += n }
            guard k < bytes.count else { break }
            if bytes[k] == 0x2D || bytes[k] == 0x7C { k += 1 }
            // En dash, em dash.
            else if bytes[k] == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94 { k += 3 }
            else { continue }
            // A dash that ends the line has no credit after it.
            guard k < bytes.count, case let space = spaceLength(bytes, at: k), space > 0, k + space < bytes.count, spaceLength(bytes, at: k + space) == 0 else { continue }
            count += 1
        }
        return count
    }

    /// Past the first ellipsis ("..." or "…", with the further dots of a longer one) that starts at
    /// or after `from`; nil when none. An ellipsis is three bytes long, so every third byte is
    /// looked at: one of them lies inside any ellipsis, and most lines are read a third as often.
    private static func ellipsisEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var probe = from + 2
        while probe < bytes.count {
            let b = bytes[probe]
            if b == 0x2E || b == 0xE2 || b == 0x80 || b == 0xA6 {
                for start in max(from, probe - 2)...probe where start + 2 < bytes.count {
                    let isDots = bytes[start] == 0x2E && bytes[start + 1] == 0x2E && bytes[start + 2] == 0x2E
                    guard isDots || (bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0xA6) else { continue }
                    var end = start + 3
                    while end < bytes.count, bytes[end] == 0x2E { end += 1 }
                    return end
                }
            }
            probe += 3
        }
        return nil
    }

    /// The bytes of the space at `k`: an ASCII space or tab, or a no-break space; 0 when none.
    private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Int {
        if bytes[k] == 0x20 || bytes[k] == 0x09 { return 1 }
        return bytes[k] == 0xC2 && k + 1 < bytes.count && bytes[k + 1] == 0xA0 ? 2 : 0
    }
}
