/// A paragraph beside the article element whose prose carries many inline links (an encyclopedia
/// entry's cross-references, a citation-heavy essay): too linked for the plain sibling test
/// (under 25% links), yet its unlinked words alone make a paragraph of sentences, which a teaser,
/// a link list or a "read more" line never has.
enum CitedParagraph {
    /// Unlinked text the paragraph must hold: a teaser's summary line stays well under it.
    static let minimumPlainBytes = 200
    /// Above this the links are the paragraph and the words between them only join them.
    static let maximumLinkDensity = 0.5
    /// Sentence ends the paragraph's text must show: one long linked line is a teaser's blurb.
    static let minimumSentences = 2

    /// True when a sibling paragraph with `length` text bytes, `density` links and first block
    /// `text` is prose with inline links, not a teaser.
    static func isProse(length: Int, density: Double, text: String) -> Bool {
        guard density < maximumLinkDensity, Double(length) * (1 - density) >= Double(minimumPlainBytes) else { return false }
        return sentenceEnds(in: text, atLeast: minimumSentences)
    }

    /// `--explain`'s words for a block of such a paragraph.
    static let evidence = "a paragraph beside the article element: prose with inline links (\(minimumPlainBytes)+ bytes unlinked, in sentences)"

    /// Whether `text` shows `count` sentence ends: `.`, `!` or `?` before a space or the end (a
    /// closing quote, bracket or reference mark like "[12]" may come between), or a full stop of a
    /// script without spaces (。, ।, ؟).
    static func sentenceEnds(in text: String, atLeast count: Int) -> Bool {
        var found = 0
        var pendingEnd = false
        var inReference = false
        for scalar in text.unicodeScalars {
            if ScriptProfile.isUnspacedSentenceEnd(scalar) {
                found += 1
                pendingEnd = false
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                pendingEnd = true
            } else if pendingEnd {
                switch scalar {
                case " ", "\n", "\u{A0}":
                    found += 1
                    pendingEnd = false
                    inReference = false
                case "[":
                    inReference = true
                case "\"", "'", "”", "’", "»", ")", "]":
                    continue
                default:
                    // Digits inside a reference mark ("[12]") keep the end pending; "3.2" does not.
                    if !(inReference && ("0"..."9").contains(scalar)) { pendingEnd = false; inReference = false }
                }
            }
            if found >= count { return true }
        }
        if pendingEnd { found += 1 }
        return found >= count
    }
}
