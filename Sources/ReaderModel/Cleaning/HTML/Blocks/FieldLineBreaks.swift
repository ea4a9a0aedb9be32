/// An events guide, a listing or a fact box sets a record's fields as "Label: value" lines
/// parted by single `<br>`s in one paragraph ("Time: Saturday 10–16<br>Place: the harbour<br>
/// Price: free"). A text copy shows them as lines, and joined they read as one run-on sentence
/// of labels. When every line of the paragraph opens on a short label and its colon, each line
/// is a paragraph of its own. A break inside prose leaves lines that open on no such label.
enum FieldLineBreaks {
    static let evidence = "a field line: every line of its paragraph, parted by <br>, opens on a short label and a colon"
    /// Lines of a record.
    static let lineCount = 2...12
    /// A label's bytes before its colon ("Plats", "Eintritt", "Veranstaltungsort"), and its words.
    static let maximumLabelBytes = 32
    static let maximumLabelWords = 3
    /// A field line is a line, not a paragraph.
    static let maximumLineBytes = 200

    /// The lines of a block's bytes, cut where each line after a single break begins (`starts`)
    /// and each whitespace-normalised, when every one is a field; nil otherwise.
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>, starts: [Int]) -> [String]? {
        guard lineCount.contains(starts.count + 1), bytes.count <= maximumLineBytes * lineCount.upperBound else { return nil }
        var from = 0
        for cut in starts + [bytes.count] {
            guard cut >= from, cut <= bytes.count else { return nil }
            // A break opening or closing the block leaves a blank line, which is no field.
            if !isBlank(bytes, from, cut), !isField(bytes, from, cut) { return nil }
            from = cut
        }
        var lines: [String] = []
        from = 0
        for cut in starts + [bytes.count] {
            let line = WhitespaceNormalizer.normalize(UnsafeBufferPointer(rebasing: bytes[from..<cut]))
            if !line.isEmpty { lines.append(line) }
            from = cut
        }
        return lineCount.contains(lines.count) ? lines : nil
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        !bytes[from..<to].contains { $0 > 0x20 }
    }

    /// A label of one to three words with no digit (a time's "10:30" is no label), its colon, a
    /// space, then a value; the line a line's length.
    private static func isField(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to, bytes[i] <= 0x20 { i += 1 }
        guard to - i <= maximumLineBytes, i < to, bytes[i] >= 0x41, !(0x5B...0x60).contains(bytes[i]), !(0x7B...0x7F).contains(bytes[i]) else { return false }
        let start = i
        var spaces = 0
        while i < to, i - start <= maximumLabelBytes, bytes[i] != 0x3A {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 { return false }
            if b == 0x20 {
                spaces += 1
                if spaces >= maximumLabelWords { return false }
            } else if b < 0x20 || b == 0x2E || b == 0x2C || b == 0x3B || b == 0x21 || b == 0x3F {
                return false
            }
            i += 1
        }
        guard i < to, bytes[i] == 0x3A, i > start, bytes[i - 1] != 0x20 else { return false }
        // The value after the colon and its space.
        guard i + 2 < to, bytes[i + 1] == 0x20 else { return false }
        return bytes[(i + 2)..<to].contains { $0 > 0x20 }
    }
}
