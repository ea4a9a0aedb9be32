/// A writer's call for comments inside the post ("Questions and comments welcome!", "Any comments?")
/// reads as a comments header by its words; taken as one, it ends the article there and the post's
/// paragraphs under it are read as the readers' comments, or cut off from its opening above. A
/// header labels a section; a call that closes with "!" or "?", has the post's prose right under it
/// and the page's own comments header further down asks the reader something in the middle of the
/// post. It is still dropped, but no longer as the comments section's header.
enum CommentInvitationLine {
    static let evidence = "a call for comments inside the post (prose right under it, the comments header further down), not the comments section's header"
    /// The words of a call for comments at most, as a comments header's (`CommentSectionGuard`).
    static let maximumWords = 6

    /// Relabels each call for comments so that no rule reads it as the comments header.
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        var i = 0
        while i + 1 < lines.count {
            // Byte gate first: only a short line closing with "!" or "?" is read further.
            if let last = lines[i].lastByte, last == 0x21 || last == 0x3F, isHeaderByWords(i, lines, evidence),
               isProse(i + 1, evidence), hasHeaderBelow(i, lines, evidence) {
                evidence[i].noiseSource = .rule(Self.evidence)
            }
            i += 1
        }
    }

    private static func isHeaderByWords(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[i].noise == .comments && evidence[i].noiseSource == .vocabulary && lines[i].wordCount <= maximumWords
    }

    /// A clean paragraph of prose: not a comment's name, date or signature line.
    private static func isProse(_ k: Int, _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[k]
        return ev.noise == nil && ev.shape == .good && !ev.isCaption && !ev.isMetadata && !ev.isTimestamp
    }

    /// A comments header that labels (closes with no "!" or "?") stands further down the page.
    private static func hasHeaderBelow(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        for k in (i + 2)..<max(i + 2, lines.count) where isHeaderByWords(k, lines, evidence) {
            if let last = lines[k].lastByte, last == 0x21 || last == 0x3F { continue }
            return true
        }
        return false
    }
}
