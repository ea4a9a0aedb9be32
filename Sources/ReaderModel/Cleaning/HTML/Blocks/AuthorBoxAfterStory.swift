/// The box about the writer that closes a post: a short linked line naming the author ("Written by
/// Ann Writer", "Author: Ann Writer"), removed as a link, then a paragraph that opens with the same
/// name ("Ann Writer is the editor of..."), and nothing of the story after it. The author line may
/// also have been kept, as a lone link between paragraphs: then it goes with the bio. The name repeated
/// at the seam is the evidence, in any language that writes names as separate words; a section
/// that opens with the words a "Main article:" link ends in is followed by more prose, so it stays.
enum AuthorBoxAfterStory {
    /// The index in `candidates` (the kept body blocks, in page order) where the box starts, or nil:
    /// the bio paragraph, or the author line right before it when that line was kept (a lone linked
    /// line between paragraphs). `removedBefore(i)`: the removed blocks right before candidate `i`
    /// (nearest first), each with whether it was removed as a linked line. `isLinkedLine`: a kept
    /// block that is no heading and mostly linked text.
    /// `byline`: the page's author name from its metadata; an unlinked line of exactly that name
    /// before the bio is the box's heading (a card of bare `<div>`s names the writer unlinked).
    static func bioStart(_ candidates: [(text: String, length: Int, isLinkedLine: Bool)], byline: String? = nil,
                         removedBefore: (Int) -> [(text: String, isLinkLine: Bool)]) -> Int? {
        // The bio ends the article: only short lines (a stranded heading) may follow it.
        var i = candidates.count - 1
        while i > 0, candidates[i].length < maximumTrailingBytes { i -= 1 }
        guard i > 0, candidates[i].length >= minimumBioBytes else { return nil }
        let opening = openingWords(candidates[i].text)
        guard opening.count == nameWords else { return nil }
        let previous = candidates[i - 1]
        // Only a linked line: a heading or caption ending in the words a paragraph opens with ("Slide 3") is the post's.
        if removedBefore(i).isEmpty, i > 1, previous.isLinkedLine, previous.length <= maximumNameLineBytes,
           closingWords(previous.text) == opening {
            return i - 1
        }
        if let byline, removedBefore(i).isEmpty, i > 1, previous.text == byline, previous.length <= maximumNameLineBytes,
           closingWords(previous.text) == opening {
            return i - 1
        }
        for line in removedBefore(i).prefix(maximumRemovedBetween)
            where line.isLinkLine && line.text.utf8.count <= maximumNameLineBytes && closingWords(line.text) == opening {
            return i
        }
        return nil
    }

    /// The first `nameWords` words (runs of letters and digits) of `text`, or none when it has fewer.
    /// Read only as far as they go: the bio may be a long paragraph, and splitting all of it
    /// character by character cost more than the rest of the rule on every page.
    private static func openingWords(_ text: String) -> [Substring] {
        var found: [Substring] = []
        var start: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isLetter || c.isNumber {
                if start == nil { start = i }
            } else if let s = start {
                found.append(text[s..<i])
                if found.count == nameWords { return found }
                start = nil
            }
            i = text.index(after: i)
        }
        if let s = start { found.append(text[s...]) }
        return found.count == nameWords ? found : []
    }

    /// The last `nameWords` words of a short line (an author line), or none when it has fewer.
    private static func closingWords(_ text: String) -> [Substring] {
        let all = text.split { !$0.isLetter && !$0.isNumber }
        return all.count >= nameWords ? Array(all.suffix(nameWords)) : []
    }

    /// A given name and a family name.
    private static let nameWords = 2
    /// "Written by" and a name; a longer line is a teaser or a sentence.
    static let maximumNameLineBytes = 60
    /// A sentence or two about the writer.
    private static let minimumBioBytes = 100
    /// A line after the bio shorter than this is a stranded label or heading, not more story.
    private static let maximumTrailingBytes = 80
    /// The author line may be followed by its follow and profile links.
    private static let maximumRemovedBetween = 4
}
