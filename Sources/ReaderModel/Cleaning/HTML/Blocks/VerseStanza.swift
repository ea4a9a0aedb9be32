/// A stanza of a poem or a song set in one `<p>` with a single `<br>` after each line: read as
/// wrapped prose, each stanza would run into one paragraph. The lines are verse-shaped when there
/// are three or more, each short (a line, not a sentence wrapped by the page), none linked, and
/// the stanza ends a sentence (an address or a list of opening hours, also short lines parted by
/// `<br>`, rarely does); then each line is a paragraph of its own, as the text copy of the page
/// shows them. Shape only: no words are looked up, so it holds in any script.
enum VerseStanza {
    static let evidence = "verse: a stanza's short lines parted by single <br>"
    /// Lines in the stanza, at least.
    static let minimumLines = 3
    /// The longest line, in scalars (UTF-8 lead bytes).
    static let maximumLineScalars = 64

    /// The byte ranges of the stanza's lines in `buffer` when the block is verse-shaped, else nil.
    /// `breaks` are the buffer offsets of the spaces its single `<br>`s stand for.
    static func lines(_ buffer: [UInt8], breaks: [Int]) -> [Range<Int>]? {
        guard breaks.count + 1 >= minimumLines else { return nil }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(breaks.count + 1)
        var start = 0
        for end in breaks + [buffer.count] {
            guard let line = trimmed(buffer, start..<end), isVerseLine(buffer[line]) else { return nil }
            ranges.append(line)
            start = end + 1
        }
        guard let last = ranges.last, endsSentence(buffer[last]) else { return nil }
        return ranges
    }

    /// `range` without outer ASCII whitespace; nil when nothing is left.
    private static func trimmed(_ buffer: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(buffer[lower]) { lower += 1 }
        while upper > lower, isSpace(buffer[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// A short line with a letter (of any script: a byte above ASCII counts) and no run of spaces
    /// over a tab's width (a form's aligned fields).
    private static func isVerseLine(_ line: ArraySlice<UInt8>) -> Bool {
        var scalars = 0
        var letter = false
        for byte in line {
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 { letter = true }
        }
        return letter && scalars <= maximumLineScalars
    }

    /// Ends in `.`, `!`, `?` or `…`, possibly inside closing quotes or brackets.
    private static func endsSentence(_ line: ArraySlice<UInt8>) -> Bool {
        TextLine.endsLikeSentence(Substring(decoding: line, as: UTF8.self))
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
