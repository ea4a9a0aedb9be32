/// A select-all copy runs a header's source into its date when the page sets them in adjacent
/// spans ("Wire ServiceMarch 3, 2021"): the date parser reads no month in the glued word, so the
/// line carries no date. Read again from where a capital follows a lower-case letter, it is the
/// header's date line. The line evidence asks only of a short line with a year word whose date the
/// parser missed, so few lines are read twice on the hot path.
enum GluedSourceDateLine {
    /// A full date (day, month and year) that starts at a lower-to-upper-case seam inside a word.
    static func hasGluedDate(_ text: Substring) -> Bool {
        date(in: text) != nil
    }

    /// The ISO day of the full date (day, month and year) that starts at a lower-to-upper-case seam
    /// inside a word, or nil.
    static func date(in text: Substring) -> String? {
        read(text)?.iso
    }

    /// The full date starting at a lower-to-upper-case seam inside a word: its ISO day and the
    /// letters of the glued word from the seam on ("October" in "GuideOctober").
    static func read(_ text: Substring) -> (iso: String, gluedWord: String)? {
        // Most lines with a year have no seam at all: one pass over the bytes, nothing copied.
        guard hasSeam(text.utf8) else { return nil }
        let bytes = Array(text.utf8)
        guard bytes.count > 1 else { return nil }
        for p in 1..<bytes.count where (0x61...0x7A).contains(bytes[p - 1]) && (0x41...0x5A).contains(bytes[p]) {
            // The date must start at the seam: a name like "McDonald" opens no date.
            if let match = DateNormalizer.matchAtStart(of: String(decoding: bytes[p...], as: UTF8.self)), match.iso.count >= 10 {
                var end = p
                while end < bytes.count, (0x41...0x5A).contains(bytes[end]) || (0x61...0x7A).contains(bytes[end]) { end += 1 }
                return (match.iso, String(decoding: bytes[p..<end], as: UTF8.self))
            }
        }
        return nil
    }

    /// A lower-case ASCII letter followed by an upper-case one somewhere in the line.
    @inline(__always)
    private static func hasSeam(_ bytes: Substring.UTF8View) -> Bool {
        var previousLower = false
        for byte in bytes {
            if previousLower, byte &- 0x41 < 26 { return true }
            previousLower = byte &- 0x61 < 26
        }
        return false
    }

    /// The byline read off a glued date line without the date's glued word ("Jo Bloggs, GuideOctober"
    /// names "Jo Bloggs, Guide").
    static func byline(_ byline: String, without gluedWord: String) -> String {
        guard byline.count > gluedWord.count, byline.hasSuffix(gluedWord) else { return byline }
        return String(byline.dropLast(gluedWord.count))
    }
}
