/// Cuts a page into its non-blank lines with their UTF-8 offsets, in one pass over the bytes.
enum LineSplitter {
    /// One physical line: its trimmed byte range, or its raw range when only the scalar-level
    /// trim can tell (`trimmed` false).
    private struct Cut {
        var start: Int
        var end: Int
        var lineNumber: Int
        var trimmed: Bool
    }

    static func lines(of text: String) -> [TextLine] {
        var text = text
        // Scanning raw bytes avoids index arithmetic per byte; lines are then sliced by offset,
        // which is O(1) on native UTF-8 strings. Lines bounded by ASCII are trimmed here on the
        // bytes: walking each line's scalars through `Substring` cost more than the split.
        let cuts: [Cut] = text.withUTF8 { bytes in
            var result: [Cut] = []
            result.reserveCapacity(bytes.count / 60 + 1)
            var start = 0
            var i = 0
            var physicalLine = 0
            let n = bytes.count
            while i < n {
                // Eight bytes at a time where none is below 0x0E (no line break among them): the
                // borrow test `(v - 0x0E...) & ~v & 0x80...` is exact about whether one is.
                if i + 8 <= n {
                    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                }
                let byte = bytes[i]
                if byte == 10 || byte == 13 {
                    physicalLine += 1
                    if let cut = trim(bytes, start, i, physicalLine) { result.append(cut) }
                    // "\r\n" is one line break.
                    if byte == 13, i + 1 < n, bytes[i + 1] == 10 { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < n, let cut = trim(bytes, start, n, physicalLine + 1) { result.append(cut) }
            return result
        }
        var result: [TextLine] = []
        result.reserveCapacity(cuts.count)
        var blankBefore = false
        var lastLine = 0
        let utf8 = text.utf8
        for cut in cuts {
            // A line the byte trim left out was blank.
            if cut.lineNumber > lastLine + 1 { blankBefore = true }
            lastLine = cut.lineNumber
            let lower = utf8.index(utf8.startIndex, offsetBy: cut.start)
            let upper = utf8.index(lower, offsetBy: cut.end - cut.start)
            let line: Substring
            let offset: Int
            if cut.trimmed {
                line = text[lower..<upper]
                offset = cut.start
            } else {
                let raw = text[lower..<upper]
                line = raw.trimmingOuterSpace()
                if line.isEmpty {
                    blankBefore = true
                    continue
                }
                offset = cut.start + raw.utf8.distance(from: raw.startIndex, to: line.startIndex)
            }
            result.append(TextLine(text: line, offset: offset, blankBefore: blankBefore || result.isEmpty,
                                   lineNumber: cut.lineNumber))
            blankBefore = false
        }
        return result
    }

    /// The line `start..<end` without its outer ASCII spaces and tabs; nil when that leaves
    /// nothing. Where a non-ASCII scalar bounds the trimmed line it may be a space itself, or a
    /// combining mark that `Substring` slicing would keep its space for: the cut then holds the
    /// raw line, for `trimmingOuterSpace()`.
    @inline(__always)
    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ lineNumber: Int) -> Cut? {
        var s = start
        while s < end, isASCIISpace(bytes[s]) { s += 1 }
        if s == end { return nil }
        var e = end
        while isASCIISpace(bytes[e - 1]) { e -= 1 }
        let raw = Cut(start: start, end: end, lineNumber: lineNumber, trimmed: false)
        if bytes[s] >= 0x80 {
            guard s == start, !mayBeSpace(scalar(at: s, bytes)) else { return raw }
        }
        if bytes[e - 1] >= 0x80 {
            var k = e - 1
            while bytes[k] & 0xC0 == 0x80 { k -= 1 }
            guard e == end, !mayBeSpace(scalar(at: k, bytes)) else { return raw }
        }
        return Cut(start: s, end: e, lineNumber: lineNumber, trimmed: true)
    }

    /// Tab, space, vertical tab, form feed: the ASCII spaces `trimmingOuterSpace()` removes
    /// (line breaks never reach a line).
    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    /// `Substring.isSpace` of a non-ASCII scalar, its Unicode property read only in the blocks
    /// that hold a White_Space scalar (NEL, no-break space, Ogham space, the general punctuation
    /// spaces, the ideographic space) or the invisible ones it adds.
    @inline(__always)
    private static func mayBeSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        guard v == 0x85 || v == 0xA0 || v == 0x1680 || (0x2000...0x205F).contains(v) || v == 0x3000 || v == 0xFEFF else {
            return false
        }
        return Substring.isSpace(scalar)
    }

    /// The scalar whose UTF-8 starts at `i` (valid UTF-8: the text is a Swift String).
    @inline(__always)
    private static func scalar(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let b0 = UInt32(bytes[i])
        let value: UInt32
        if b0 < 0x80 {
            value = b0
        } else if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        } else {
            value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
        }
        return Unicode.Scalar(value) ?? " "
    }
}
