/// The sub-items of an outline numbered through the body: a table of contents or a report's
/// sections run "12. Example transcripts", "12.1. WebFinger", "12.2. OAuth dialog", "13. …". The
/// run's items are kept (`MarkedListRun`), and the lines between items n and n + 1 that carry n's
/// number followed by their own, in sequence from one, are the same outline one level down: a
/// short line of it is no fragment. A paragraph that opens on a decimal figure ("4.1 million
/// stations…") carries no second one in sequence under it.
enum OutlineSubItems {
    static let evidence = "numbered under an item of the body's numbered run (n.1, n.2: the outline's next level)"
    /// The fewest sub-items under one item that make an outline of them.
    static let minimumSubItems = 2

    /// Marks the sub-items between each two items of `chain` (line indices of a numbered run, in order).
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence], chain: [Int]) {
        for (n, item) in chain.enumerated().dropLast() {
            let next = chain[n + 1]
            guard next - item > minimumSubItems, let number = ListMarker.number(lines[item].text) else { continue }
            var subItems: [Int] = []
            var expected = 1
            for k in (item + 1)..<next {
                guard let (parent, child) = outlineNumber(lines[k].text), parent == number else { continue }
                // A deeper level ("12.3.1") repeats its parent's second number and is passed over.
                if child == expected {
                    subItems.append(k)
                    expected += 1
                } else if child != expected - 1 {
                    subItems = []
                    break
                } else {
                    subItems.append(k)
                }
            }
            guard expected - 1 >= minimumSubItems else { continue }
            for k in subItems where MarkedListRun.mayBeItem(evidence[k]) {
                MarkedListRun.keep(k, &evidence, .outlineSubItem)
            }
        }
    }

    /// "12.3. …", "12.3 …" or "12.3.1 …": the first two numbers of an outline marker (one to three
    /// digits each) closed by a space, read on the bytes.
    static func outlineNumber(_ text: Substring) -> (Int, Int)? {
        var parts = (0, 0)
        var part = 0
        var digits = 0
        var dotted = false
        for byte in text.utf8 {
            switch byte {
            case 48...57 where digits < 3:
                if part == 0 { parts.0 = parts.0 * 10 + Int(byte - 48) } else if part == 1 { parts.1 = parts.1 * 10 + Int(byte - 48) }
                digits += 1
                dotted = false
            case 46 where digits > 0:
                part += 1
                digits = 0
                dotted = true
            case 32, 9, 0xC2:
                // Two numbers at least, the last closed by a dot or not ("12.3." / "12.3").
                return part >= 1 && (digits > 0 || dotted) && (part >= 2 || digits > 0) ? parts : nil
            default: return nil
            }
        }
        return nil
    }
}
