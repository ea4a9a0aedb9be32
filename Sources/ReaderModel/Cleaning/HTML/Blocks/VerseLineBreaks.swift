/// A poem or a lyric in a saved page sets each stanza as one paragraph of lines parted by single
/// `<br>`s, where hard-wrapped prose (an old page, a pasted e-mail) parts its lines the same way:
/// verse is told by its shape. Its lines are short and of even length, none runs a sentence on
/// inside it, and they end in commas or semicolons (Spanish, French) or open on a capital though
/// the line above ran on (English verse). A stanza counts only beside another stanza (the next
/// paragraph is one too), as a blank line parts stanzas in a copy: lone short lines under a break
/// are an address or a sign-off. Each verse line is then a paragraph of its own.
enum VerseLineBreaks {
    static let evidence = "verse: a stanza of short lines parted by <br>, beside another stanza"
    /// A verse line's length in Characters: wrapped prose runs 60 to 80 columns.
    static let maximumLineLength = 60
    /// Lines of a stanza.
    static let lineCount = 3...24

    /// The lines of a block's bytes, cut where each line after a single break begins (`starts`)
    /// and each whitespace-normalised, when they have a stanza's shape; nil otherwise.
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>, starts: [Int]) -> [String]? {
        guard lineCount.contains(starts.count + 1), bytes.count <= maximumLineLength * 4 * lineCount.upperBound else { return nil }
        var lines: [String] = []
        var from = 0
        for cut in starts + [bytes.count] {
            guard cut >= from, cut <= bytes.count else { return nil }
            let line = WhitespaceNormalizer.normalize(UnsafeBufferPointer(rebasing: bytes[from..<cut]))
            // A break opening or closing the block leaves no line.
            if !line.isEmpty { lines.append(line) }
            from = cut
        }
        return hasStanzaShape(lines) ? lines : nil
    }

    /// The shape test on a stanza's lines.
    static func hasStanzaShape(_ lines: [String]) -> Bool {
        guard lineCount.contains(lines.count) else { return false }
        let lengths = lines.map(\.count)
        guard let longest = lengths.max(), let shortest = lengths.min(),
              longest <= maximumLineLength, shortest * 4 >= longest else { return false }
        // Figures belong to an address, a schedule or a table, not a stanza.
        guard lines.filter({ $0.contains(where: \.isNumber) }).count <= 1 else { return false }
        // A sentence ending inside a line and another opening after it is prose run on.
        let runOn = lines.filter { line in
            line.utf8.indices.dropLast(2).contains { i in
                let b = line.utf8
                let j = b.index(after: i)
                return (b[i] == 0x2E || b[i] == 0x21 || b[i] == 0x3F) && b[j] == 0x20 && b[b.index(after: j)] >= 0x41 && b[b.index(after: j)] <= 0x5A
            }
        }.count
        guard runOn * 4 <= lines.count else { return false }
        let inner = lines.dropLast()
        let pausing = inner.filter { line in line.last.map { ",;:—–".contains($0) } == true }.count
        let stopped = inner.filter { line in line.last.map { ".!?…".contains($0) } == true }.count
        // A capital opening a line although the line above ran on: verse's capitals.
        var capitals = 0
        for (above, line) in zip(lines, lines.dropFirst()) where line.first?.isUppercase == true {
            if let end = above.last, !".!?…:".contains(end) { capitals += 1 }
        }
        let breaks = inner.count
        return stopped * 2 <= breaks && (pausing * 3 >= breaks && pausing >= 1 || capitals * 3 >= breaks * 2)
    }
}
