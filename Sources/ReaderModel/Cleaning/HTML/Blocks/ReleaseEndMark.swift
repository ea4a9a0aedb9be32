/// The end mark of a press release or wire copy ("###", "-30-", "- ENDS -") as a block of its own
/// under the story. Wire desks close a release with it; what follows (the "SOURCE" line, links) is
/// the wire's, and the short contact block right above it (names, an address, a number) is for
/// journalists, not readers. Only a mark that closes enough prose counts: a lone "###" high on a
/// page is a divider.
enum ReleaseEndMark {
    static let evidence = "under the release's end mark (\"###\", \"-30-\", \"- ENDS -\"): the wire's lines, not the story"
    static let markEvidence = "the release's end mark (\"###\", \"-30-\", \"- ENDS -\")"
    static let dividerEvidence = "an end mark with more than a wire's tail under it: a divider, no words of the story"
    static let contactEvidence = "contact block right above the release's end mark: an address or a number, no sentence"

    /// A mark is at most this many bytes (spaced "# # #" and "- ENDS -" included).
    static let maximumMarkBytes = 10
    /// Prose above the mark: a release has a few paragraphs before it.
    static let minimumStoryBytes = 400
    /// A contact block is at most this long.
    static let maximumContactBytes = 200

    /// The wire's tail under the mark is a few short lines ("SOURCE ...", a link); a longer line
    /// there is the writer's own (a footnote under a "###" used as a divider), and the mark is no end.
    static let maximumTailLines = 3
    static let maximumTailBytes = 100

    /// Whether the lines under the mark (their lengths in bytes) are a wire's tail.
    static func isWireTail(_ lengths: some Collection<Int>) -> Bool {
        lengths.count <= maximumTailLines && lengths.allSatisfy { $0 < maximumTailBytes }
    }

    /// Whether `text` is an end mark: cheap length test first, then the few shapes.
    static func isMark(_ text: String, length: Int) -> Bool {
        guard length >= 3, length <= maximumMarkBytes else { return false }
        var letters: [UInt8] = []
        for byte in text.utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "-") {
            letters.append(byte)
        }
        switch letters {
        case Array("###".utf8): return !text.contains("-")
        case Array("30".utf8): return text.first == "-" && text.last == "-"
        case Array("ENDS".utf8), Array("END".utf8): return text.first == "-" && text.last == "-"
        default: return false
        }
    }

    /// Whether the short block right above the mark is a contact block: no closing stop, and an
    /// e-mail address or a phone number (seven digits or more) in it.
    static func isContact(_ text: String, length: Int) -> Bool {
        guard length <= maximumContactBytes, let last = text.utf8.last, last != UInt8(ascii: "."),
              last != UInt8(ascii: "!"), last != UInt8(ascii: "?") else { return false }
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { return true }
            if byte >= 48, byte <= 57 { digits += 1 }
        }
        return digits >= 7
    }
}
