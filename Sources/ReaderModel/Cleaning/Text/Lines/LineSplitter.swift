/// Cuts a page into its non-blank lines with their UTF-8 offsets, in one pass over the bytes.
enum LineSplitter {
    static func lines(of text: String) -> [TextLine] {
        var text = text
        // Scanning raw bytes avoids index arithmetic per byte; lines are then sliced by offset,
        // which is O(1) on native UTF-8 strings.
        let breaks: [(start: Int, end: Int)] = text.withUTF8 { bytes in
            var result: [(start: Int, end: Int)] = []
            result.reserveCapacity(bytes.count / 60 + 1)
            var start = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if byte == 10 || byte == 13 {
                    result.append((start, i))
                    // "\r\n" is one line break.
                    if byte == 13, i + 1 < n, bytes[i + 1] == 10 { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < n { result.append((start, n)) }
            return result
        }
        var result: [TextLine] = []
        result.reserveCapacity(breaks.count)
        var blankBefore = false
        let utf8 = text.utf8
        for (physicalLine, range) in breaks.enumerated() {
            let lower = utf8.index(utf8.startIndex, offsetBy: range.start)
            let upper = utf8.index(lower, offsetBy: range.end - range.start)
            let raw = text[lower..<upper]
            let trimmed = raw.trimmingOuterSpace()
            if trimmed.isEmpty {
                blankBefore = true
                continue
            }
            let lead = raw.utf8.distance(from: raw.startIndex, to: trimmed.startIndex)
            result.append(TextLine(text: trimmed, offset: range.start + lead, blankBefore: blankBefore || result.isEmpty,
                                   lineNumber: physicalLine + 1))
            blankBefore = false
        }
        return result
    }
}
