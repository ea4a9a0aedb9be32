/// Some comment themes write the header time first and the author last ("on 2019-04-02 at 9:14 am
/// Name"): a short name after the header's clock time names the comment's author as a name opening
/// the header would. Only names that vary down the run count, since a live article's timestamps
/// end in one repeated word (a time zone, "Update").
enum TrailingNameCommentHeader {
    /// `--explain` evidence of a thread accepted on names after the clock time.
    static let evidence = "dated headers ending in different authors' names"
    /// Longest author name after the time, in words.
    static let maxNameWords = 4
    /// Different trailing names a run needs at least.
    static let minimumDistinct = 3

    /// Headers of `run` that end in an author's name, when the names vary (else 0).
    static func namedCount(_ lines: [TextLine], _ run: ArraySlice<Int>) -> Int {
        var names: [Substring] = []
        for h in run { if let name = trailingName(lines[h].text) { names.append(name) } }
        let distinct = Set(names).count
        guard distinct >= minimumDistinct, distinct * 4 >= names.count * 3 else { return 0 }
        return names.count
    }

    /// The text after the line's last clock time (and its am/pm), when it is a short name: one to
    /// four words, opening with a letter, ending no sentence.
    static func trailingName(_ text: Substring) -> Substring? {
        let bytes = text.utf8
        guard let clockEnd = lastClockEnd(bytes) else { return nil }
        var rest = text[clockEnd...].drop { $0 == " " || $0 == "\t" }
        for meridiem in ["am", "pm", "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M."] where rest.hasPrefix(meridiem) {
            let after = rest.dropFirst(meridiem.count)
            // "am" glued to a longer word ("amanda") is the name itself.
            if after.first.map({ !$0.isLetter }) ?? true { rest = after }
            break
        }
        rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "|" || $0 == "-" || $0 == "–" || $0 == "—" || $0 == "·" || $0 == "," }
        guard let first = rest.unicodeScalars.first, first.properties.isAlphabetic, let last = rest.last,
              !".!?:;…".contains(last) else { return nil }
        var words = 1
        var previousSpace = false
        for byte in rest.utf8 {
            if byte == 32 || byte == 9 {
                if !previousSpace { words += 1 }
                previousSpace = true
                if words > maxNameWords { return nil }
            } else {
                previousSpace = false
            }
        }
        return rest
    }

    /// The index just after the minutes of the line's last clock time ("9:14", "10:05").
    private static func lastClockEnd(_ bytes: Substring.UTF8View) -> Substring.Index? {
        var found: Substring.Index?
        var digits = 0
        var afterColon = -1
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            let isDigit = byte >= 48 && byte <= 57
            if afterColon >= 0 {
                if isDigit {
                    afterColon += 1
                    if afterColon == 2 { found = bytes.index(after: i); afterColon = -1; digits = 0 }
                    i = bytes.index(after: i)
                    continue
                }
                afterColon = -1
                digits = 0
            }
            if isDigit { digits += 1 } else if byte == 58, (1...2).contains(digits) { afterColon = 0 } else { digits = 0 }
            i = bytes.index(after: i)
        }
        return found
    }
}
