/// The field labels of a record list ("Distance: …", "Course: …", "Rates: …"): a page listing
/// events, places or products gives each record the same labelled lines. A labelled line glued
/// under a short name is such a field, not a teaser's summary, when its label opens three or more
/// lines of the range.
struct RecordFieldLabels {
    static let evidence = "field of a record list (its label opens several lines)"
    static let minimumRecords = 3
    /// Longest label read, in bytes, and most words in it.
    static let maximumLabelBytes = 24
    static let maximumLabelWords = 3

    private var counts: [Substring: Int] = [:]

    init(_ lines: [TextLine], in range: Range<Int>) {
        for i in range {
            if let label = Self.label(lines[i].text) { counts[label, default: 0] += 1 }
        }
    }

    /// The line opens with a label that recurs across the records.
    func isField(_ line: TextLine) -> Bool {
        guard !counts.isEmpty, let label = Self.label(line.text) else { return false }
        return (counts[label] ?? 0) >= Self.minimumRecords
    }

    /// The words before the line's first colon when they are a short label followed by a space:
    /// at most `maximumLabelWords` words in `maximumLabelBytes` bytes, starting with a letter or digit.
    /// With `noBreakSpace`, a no-break space after the colon also counts, as rich-text editors write it.
    static func label(_ text: Substring, noBreakSpace: Bool = false) -> Substring? {
        // Read on the contiguous bytes: through the Substring's UTF-8 view each byte cost a
        // generic index step, and every body line of every page is asked.
        let read = { (bytes: UnsafeBufferPointer<UInt8>) in labelLength(bytes, noBreakSpace: noBreakSpace) }
        let length = text.utf8.withContiguousStorageIfAvailable(read) ?? Array(text.utf8).withUnsafeBufferPointer(read)
        guard let length else { return nil }
        return text[text.startIndex..<text.utf8.index(text.startIndex, offsetBy: length)]
    }

    /// Bytes of the label opening `bytes` (see `label`), or nil.
    private static func labelLength(_ bytes: UnsafeBufferPointer<UInt8>, noBreakSpace: Bool) -> Int? {
        guard let first = bytes.first, (48...57).contains(first) || (65...90).contains(first) || (97...122).contains(first) || first >= 0xC0
        else { return nil }
        var spaces = 0
        var index = 0
        while index < bytes.count, index <= maximumLabelBytes {
            let byte = bytes[index]
            if byte == 58 {
                guard index > 0, index + 1 < bytes.count else { return nil }
                let next = bytes[index + 1]
                guard next == 32 || next == 9
                        || noBreakSpace && next == 0xC2 && index + 2 < bytes.count && bytes[index + 2] == 0xA0 else { return nil }
                return index
            }
            if byte == 32 {
                spaces += 1
                if spaces >= maximumLabelWords { return nil }
            }
            index += 1
        }
        return nil
    }
}
