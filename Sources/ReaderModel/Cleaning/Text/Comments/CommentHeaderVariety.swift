/// Evidence that a run of dated headers opens readers' comments rather than a blog's posts, which
/// lets the comments run long: the headers number the comments ("#1.3 - Tue Jul 24, 2012 10:14 AM"),
/// or most of them open with a different author's name (a front page repeats its one author).
enum CommentHeaderVariety {
    /// `--explain` evidence of a thread of long comments accepted on this evidence.
    static let evidence = "dated headers numbered or opened by different names (long comments)"

    /// "#12 ...", "#1.3 - ...": a numbered comment's header.
    static func isNumbered(_ line: TextLine) -> Bool {
        var bytes = line.text.utf8.makeIterator()
        guard bytes.next() == 35, let digit = bytes.next() else { return false }
        return digit >= 48 && digit <= 57
    }

    /// The headers are numbered, or three in four open with a name no other header opens with.
    static func isVaried(_ lines: [TextLine], _ headers: ArraySlice<Int>) -> Bool {
        guard headers.count >= 4 else { return false }
        if headers.filter({ isNumbered(lines[$0]) }).count * 4 >= headers.count * 3 { return true }
        var seen: [String: Int] = [:]
        for h in headers { if let first = lines[h].words.first { seen[first, default: 0] += 1 } }
        let unique = seen.values.filter { $0 == 1 }.count
        return unique * 4 >= headers.count * 3
    }
}
