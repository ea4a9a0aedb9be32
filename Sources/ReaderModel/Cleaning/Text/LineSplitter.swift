/// Cuts a page into its non-blank lines with their UTF-8 offsets, in one pass over the bytes.
enum LineSplitter {
    static func lines(of text: String) -> [TextLine] {
        var result: [TextLine] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineStartOffset = 0
        var offset = 0
        var physicalLine = 0
        var blankBefore = false
        func emit(_ end: String.Index) {
            let raw = text[lineStart..<end]
            let trimmed = raw.trimmingOuterSpace()
            if trimmed.isEmpty {
                blankBefore = true
            } else {
                let lead = raw.utf8.distance(from: raw.startIndex, to: trimmed.startIndex)
                result.append(TextLine(text: trimmed, offset: lineStartOffset + lead, blankBefore: blankBefore || result.isEmpty,
                                       lineNumber: physicalLine + 1))
                blankBefore = false
            }
            physicalLine += 1
        }
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            let next = utf8.index(after: i)
            if byte == 10 || byte == 13 {
                emit(i)
                // "\r\n" is one line break.
                if byte == 13, next != utf8.endIndex, utf8[next] == 10 {
                    lineStart = utf8.index(after: next)
                    offset += 2
                    lineStartOffset = offset
                    i = lineStart
                    continue
                }
                lineStart = next
                lineStartOffset = offset + 1
            }
            offset += 1
            i = next
        }
        if lineStart != utf8.endIndex { emit(utf8.endIndex) }
        return result
    }
}
