/// A link that closes several of the article's paragraphs with the same words (a classified list's
/// "see the ad" after each ad's opening lines): each item's own pointer to its full page, cut from
/// the paragraphs it ends. A paragraph's own closing link (a source, a name) differs from one
/// paragraph to the next, and one that closes a sentence is the author's. A one-word link that
/// repeats (a source's name after each item of a roundup, a bare "more") may be read as the item's
/// own word, so a pointer is two words or more.
enum RepeatedTrailingLink {
    /// Paragraphs a link must end: two may be the author's, three is a template's.
    static let minimumRepeats = 3
    /// A pointer is a few words.
    static let maximumLinkBytes = 60
    /// The paragraph keeps at least this many bytes of its own before the link.
    static let minimumOwnBytes = 20

    /// For each candidate (its text, byte count and bytes of the links that end it), the text with
    /// the closing link cut, when the same link text ends at least `minimumRepeats` of them; nil otherwise.
    static func trimmed(_ candidates: [(text: String, length: Int, trailingLinkLength: Int)]) -> [String?] {
        let tails = candidates.map { c -> Substring? in
            mayEnd(length: c.length, trailingLinkLength: c.trailingLinkLength) ? tail(of: c.text, bytes: c.trailingLinkLength) : nil
        }
        var counts: [Substring: Int] = [:]
        for tail in tails { if let tail { counts[tail, default: 0] += 1 } }
        guard counts.values.contains(where: { $0 >= minimumRepeats }) else { return candidates.map { _ in nil } }
        return zip(candidates, tails).map { c, tail in
            guard let tail, counts[tail, default: 0] >= minimumRepeats, tail.utf8.contains(0x20),
                  !LinkedSentenceRun.closesSentence(String(tail)) else { return nil }
            let kept = c.text.utf8.dropLast(tail.utf8.count)
            return String(Substring(kept)).trimmingTrailingSpaces()
        }
    }

    /// A block of `length` bytes whose closing links take `trailingLinkLength` of them could be cut.
    static func mayEnd(length: Int, trailingLinkLength: Int) -> Bool {
        trailingLinkLength > 0 && trailingLinkLength <= maximumLinkBytes && length - trailingLinkLength >= minimumOwnBytes
    }

    /// The last `bytes` bytes of `text` with leading spaces dropped, when they start on a character
    /// boundary after a space (the link is a word run of its own); nil otherwise.
    static func tail(of text: String, bytes: Int) -> Substring? {
        let utf8 = text.utf8
        guard bytes < utf8.count else { return nil }
        let start = utf8.index(utf8.endIndex, offsetBy: -bytes)
        guard let at = start.samePosition(in: text.unicodeScalars) else { return nil }
        var tail = Substring(text.unicodeScalars[at...])
        while tail.first == " " { tail = tail.dropFirst() }
        guard !tail.isEmpty, text.utf8[text.utf8.index(before: tail.startIndex)] == 0x20 else { return nil }
        return tail
    }

    static func evidence(_ tail: String, count: Int) -> String {
        "closing link \"\(tail)\" cut: the same link ends \(count) paragraphs of the article, each item's pointer to its page"
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
