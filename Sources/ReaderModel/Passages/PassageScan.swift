/// One pass over a field's text: its words (hashed), sentences, quotations and clause breaks,
/// all as UTF-8 byte offsets into the text.
struct PassageScan {
    struct Word {
        var start: Int
        var end: Int
        var hash: UInt32
    }

    private(set) var words: [Word] = []
    /// Sentence ranges, from the first visible character to the end of the terminator and its closing marks.
    private(set) var sentences: [Range<Int>] = []
    /// Quotations, from the opening mark to the closing one (to the end of the text when never closed).
    private(set) var quotes: [Range<Int>] = []
    /// Indices of the words that follow a comma, semicolon, colon or dash.
    private(set) var clauseBreaks: [Int] = []

    init(_ text: String) {
        var offset = 0
        var wordStart = -1
        var hash = PassageHash.basis
        var wordIsInitial = false  // one upper-case letter so far ("J." is not a sentence end)
        var lastWordWasInitial = false
        var sentenceStart: Int?
        var visibleEnd = 0
        // After a terminator: where the sentence would end, and whether white space has followed since.
        var pendingEnd: Int?
        var spaceSincePending = false
        var quoteOpen: Int?
        var clausePending = false

        func closeSentence(at end: Int) {
            if let start = sentenceStart, start < end { sentences.append(start..<end) }
            sentenceStart = nil
            pendingEnd = nil
        }

        // Over the UTF-8 bytes, decoding a scalar only where one is not ASCII (Swift strings are valid UTF-8).
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let length: Int
                let value: UInt32
                if lead < 0x80 {
                    length = 1
                    value = UInt32(lead)
                } else if lead < 0xE0 {
                    length = 2
                    value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                } else if lead < 0xF0 {
                    length = 3
                    value = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                } else {
                    length = 4
                    value = (UInt32(lead & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6)
                        | UInt32(bytes[i + 3] & 0x3F)
                }
                i += length
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                if Self.isWordScalar(scalar) {
                    if let end = pendingEnd {
                        // A new sentence starts after white space with anything but a lower-case letter
                        // ("3.5", "U.S.", "e.g. this" stay one sentence).
                        if spaceSincePending && !Self.isLowercase(scalar) { closeSentence(at: end) } else { pendingEnd = nil }
                    }
                    if sentenceStart == nil { sentenceStart = offset }
                    if wordStart < 0 {
                        wordStart = offset
                        hash = PassageHash.basis
                        wordIsInitial = Self.isUppercase(scalar)
                        if clausePending { clauseBreaks.append(words.count); clausePending = false }
                    } else {
                        wordIsInitial = false
                    }
                    hash = Self.addLowercased(scalar, to: hash)
                    visibleEnd = offset + length
                    offset += length
                    continue
                }
                if wordStart >= 0 {
                    words.append(Word(start: wordStart, end: offset, hash: PassageHash.finish(hash)))
                    lastWordWasInitial = wordIsInitial
                    wordStart = -1
                }
                let isSpace = value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : scalar.properties.isWhitespace
                if !isSpace { visibleEnd = offset + length }
                switch value {
                case 0x2E, 0x21, 0x3F, 0x2026:  // . ! ? …
                    if value == 0x2E && lastWordWasInitial && pendingEnd == nil { break }
                    if sentenceStart != nil { pendingEnd = offset + length; spaceSincePending = false }
                case 0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB:  // " “ ” „ « »
                    if let open = quoteOpen, value != 0x201E {
                        quotes.append(open..<(offset + length))
                        quoteOpen = nil
                        if pendingEnd != nil && !spaceSincePending { pendingEnd = offset + length }
                    } else {
                        // An opening mark after a terminator starts the next sentence.
                        if let end = pendingEnd { closeSentence(at: end) }
                        quoteOpen = offset
                        if sentenceStart == nil { sentenceStart = offset }
                    }
                case 0x29, 0x5D, 0x2019:  // ) ] ’ after a terminator belong to its sentence
                    if pendingEnd != nil && !spaceSincePending { pendingEnd = offset + length }
                case 0x2C, 0x3B, 0x3A, 0x2013, 0x2014:  // , ; : – —
                    clausePending = true
                default:
                    if isSpace { if pendingEnd != nil { spaceSincePending = true } } else if sentenceStart == nil { sentenceStart = offset }
                }
                offset += length
            }
        }
        if wordStart >= 0 { words.append(Word(start: wordStart, end: offset, hash: PassageHash.finish(hash))) }
        closeSentence(at: pendingEnd ?? visibleEnd)
        if let open = quoteOpen { quotes.append(open..<visibleEnd) }
    }

    /// The indices of the words lying wholly inside a byte range.
    func words(in range: Range<Int>) -> Range<Int> {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].start < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < words.count, words[end].end <= range.upperBound { end += 1 }
        return low..<end
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .otherNumber: return true
        default: return properties.isAlphabetic
        }
    }

    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value >= 0x61 && scalar.value <= 0x7A) : scalar.properties.isLowercase
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase
    }

    @inline(__always)
    private static func addLowercased(_ scalar: Unicode.Scalar, to hash: UInt32) -> UInt32 {
        let v = scalar.value
        if v < 0x80 { return PassageHash.add(v >= 0x41 && v <= 0x5A ? v | 0x20 : v, to: hash) }
        guard scalar.properties.changesWhenLowercased else { return PassageHash.add(v, to: hash) }
        var h = hash
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { h = PassageHash.add(lower.value, to: h) }
        return h
    }
}
