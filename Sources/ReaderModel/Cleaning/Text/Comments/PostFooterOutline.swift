/// Timed lines that close the posts of a blog's front page rather than open comments.
///
/// A comment header opens its comment: the comment's text follows it. A post's footer closes its
/// post: prose stands above it, and the next post opens with its title (a short line, maybe under a
/// date line) before its own prose, and every footer has the same outline of digits and marks
/// whoever wrote the post and in whichever script. Read by shape, a run of such footers is not a
/// thread, so the body keeps the posts and `PostFooterRun` reads them.
enum PostFooterOutline {
    /// A run of headers is a run of footers when three in four of them fit each test.
    static func closesPosts(_ lines: [TextLine], _ evidence: [LineEvidence], _ run: ArraySlice<Int>) -> Bool {
        let headers = Array(run)
        // Numbered headers ("#1.2 - date") count comments; footers number nothing.
        guard headers.count >= PostFooterRun.minimumPosts, !headers.contains(where: { CommentHeaderVariety.isNumbered(lines[$0]) }) else { return false }
        var underProse = 0
        var intoTitle = 0
        for (k, h) in headers.enumerated() {
            if isUnderProse(h, lines, evidence) { underProse += 1 }
            if k + 1 < headers.count, opensTitledPost(after: h, before: headers[k + 1], lines, evidence) { intoTitle += 1 }
        }
        guard underProse * 4 >= headers.count * 3, intoTitle * 4 >= (headers.count - 1) * 3 else { return false }
        var outlines: [String: Int] = [:]
        for h in headers { outlines[outline(lines[h].text), default: 0] += 1 }
        return (outlines.values.max() ?? 0) * 4 >= headers.count * 3
    }

    /// A paragraph within three lines above: the footer ends a post (a sign-off may stand between).
    static func isUnderProse(_ h: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        for k in [h - 1, h - 2, h - 3] where k >= 0 {
            if evidence[k].shape == .good { return true }
        }
        return false
    }

    /// Under the footer `h` a short undated line that ends no sentence (the next post's title, perhaps
    /// under its date line) stands before a paragraph. A bare name or a "Name said," line under the
    /// date is a comment's author (`NameBelowCommentHeader`, `CommentSignature`), not a title.
    static func opensTitledPost(after h: Int, before next: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard h + 1 < next, !NameAboveCommentHeader.isBareName(lines[h + 1]), !CommentSignature.isSignedBelow(h, lines) else { return false }
        var titled = false
        for k in (h + 1)..<min(next, h + 4) {
            if evidence[k].shape == .good { return titled }
            let line = lines[k]
            // A line ending in a comma or colon leads into the text under it, as a title does not.
            guard line.wordCount >= 1, line.wordCount <= 12, !line.endsSentence, line.text.utf8.last != 44, line.text.utf8.last != 58 else { return false }
            // A lone word ("reader0") is a handle as often as a title.
            if line.wordCount >= 2, evidence[k].dateISO == nil, !evidence[k].isTimestamp { titled = true }
        }
        return false
    }

    /// The footer's digits and marks in order, its words left out: one author's name or another's,
    /// in any script, leaves the same outline ("Posted by X in Y at 14:32 | Comments (2)" → "9:9|(9)").
    static func outline(_ text: Substring) -> String {
        var out = ""
        var lastDigit = false
        for ch in text where !ch.isLetter && !ch.isWhitespace {
            let digit = ch.isNumber
            if !(digit && lastDigit) { out.append(digit ? "9" : ch) }
            lastDigit = digit
        }
        return out
    }
}
