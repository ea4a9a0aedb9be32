/// A long list inside the article (steps, features, a reading list) is a run of short lines longer
/// than the sub-heading window of `RoleAssigner`; it still belongs to the body when the run is
/// clean (no line of it marked as furniture) and full paragraphs of the body stand on both sides.
/// An item the list repeats (an ingredient of two lists, a quiz's "No.") does not break the run.
enum ListBetweenParagraphs {
    static let evidence = "clean run of short lines between paragraphs of the body (a list)"
    /// How far a run may reach on each side before it is no longer one list.
    static let maximumReach = 30

    static func holds(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        guard lines[i].wordCount >= 2 || lines[i].text.utf8.count >= 4 else { return false }
        return proseReached(from: i, step: -1, lines, evidence, body: body)
            && proseReached(from: i, step: 1, lines, evidence, body: body)
    }

    /// Walking from `i`, a paragraph is met before any furniture, the body's edge or the reach.
    private static func proseReached(from i: Int, step: Int, _ lines: [TextLine], _ evidence: [LineEvidence],
                                     body: Range<Int>) -> Bool {
        var k = i + step
        while body.contains(k), abs(k - i) <= maximumReach {
            let ev = evidence[k]
            // An item the list itself repeats is passed over while more items follow it; a label
            // repeated next to a paragraph (a gallery's "view all") still closes the run.
            if ev.noise != nil, repeatsInsideBody(k, lines, evidence, body: body) {
                let next = k + step
                guard body.contains(next), evidence[next].shape == .short, !evidence[next].isCaption,
                      evidence[next].noise == nil || repeatsInsideBody(next, lines, evidence, body: body) else { return false }
                k = next
                continue
            }
            if ev.noise != nil || ev.isMetadata { return false }
            // Only a full paragraph bounds a list: a long unpunctuated line may be a menu's blurb,
            // unless a full paragraph follows it at once (it opens the text after the list).
            if !ev.isCaption, ev.shape == .good { return true }
            if !ev.isCaption, ev.shape == .nearGood {
                let next = k + step
                return body.contains(next) && evidence[next].shape == .good && evidence[next].noise == nil
                    && !evidence[next].isCaption && !evidence[next].isMetadata
            }
            k += step
        }
        return false
    }



    /// Repeated in the page only because the list repeats itself ("A: No." in a quiz, "olive oil"
    /// in two ingredient lists): another copy lies inside the body. A menu entry repeated in the
    /// page's header or footer does not qualify, so a menu still ends a list.
    static func repeatsInsideBody(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        guard evidence[k].noiseSource?.hasSuffix("x in page") == true else { return false }
        let text = lines[k].text
        let lower = max(body.lowerBound, k - maximumReach)
        let upper = min(body.upperBound, k + maximumReach + 1)
        return (lower..<upper).contains { $0 != k && lines[$0].text == text }
    }
}
