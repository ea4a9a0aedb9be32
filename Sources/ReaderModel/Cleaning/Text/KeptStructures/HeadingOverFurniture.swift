/// A sub-heading inside the body leads into its paragraph even when furniture stands between them:
/// a section heading set over a photo whose credit the page prints at every picture, or over the
/// photo's caption. `RoleAssigner` wants prose on both sides of a short line, and the credit under
/// the heading hides the paragraph below, so the heading is dropped as a fragment. It is the mirror
/// of `HeadingPastFurniture`: a short clean line (or two) right under a full paragraph of the body,
/// then a small block of light furniture, then a full paragraph. A handle, a hashtag or a link in
/// the line, or a date line among the furniture (the next post of a thread), says it is no heading.
enum HeadingOverFurniture {
    static let evidence = "heading over its paragraph, past a photo's credit or caption between them"
    /// Short lines a heading may stack (a title and its sub-title).
    static let maximumHeadingLines = 2
    /// The most furniture lines between the heading and its paragraph.
    static let maximumFurniture = 4
    /// The paragraphs on both sides are full ones, not teaser summaries under a card's title.
    static let minimumParagraphWords = 20

    /// Line `i` of the body (clean and short) heads the paragraph below the furniture under it.
    static func holds(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        // Cheap shape first: a short line with a word or two that is no list item.
        guard lines[i].wordCount >= 2 || lines[i].text.utf8.count >= 4, !lines[i].isBullet,
              isHeadingLine(evidence[i]) else { return false }
        var heading = 1
        var k = i - 1
        if k >= body.lowerBound, isHeadingLine(evidence[k]) { heading += 1; k -= 1 }
        guard k >= body.lowerBound, isParagraph(k, lines, evidence) else { return false }
        var j = i + 1
        if heading < maximumHeadingLines, j < body.upperBound, isHeadingLine(evidence[j]) { heading += 1; j += 1 }
        var furniture = 0
        while j < body.upperBound, furniture <= maximumFurniture, isLightFurniture(lines[j], evidence[j]) {
            furniture += 1
            j += 1
        }
        guard furniture >= 1, furniture <= maximumFurniture, j < body.upperBound, isParagraph(j, lines, evidence) else { return false }
        // Read the heading's bytes only now: a handle, a tag or an address marks a post or a link.
        return !marksHandleOrLink(lines[i].text)
    }

    @inline(__always)
    private static func isHeadingLine(_ ev: LineEvidence) -> Bool {
        ev.noise == nil && !ev.isCaption && !ev.isMetadata && ev.shape == .short
    }

    /// A full paragraph of prose that nothing names as furniture.
    @inline(__always)
    private static func isParagraph(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let ev = evidence[k]
        return ev.noise == nil && !ev.isCaption && !ev.isMetadata && ev.shape == .good
            && lines[k].wordCount >= minimumParagraphWords
    }

    /// A line the page prints at every picture (a credit), a line without words (a rule, an image's
    /// placeholder) or a caption. A date or byline is not: under a short line it opens the next post.
    /// A repeated link ending in an arrow ("View the full gallery »") is not either: over it the
    /// short lines are a gallery's teaser, not a heading.
    @inline(__always)
    private static func isLightFurniture(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard !ev.isMetadata, !ev.isTimestamp else { return false }
        guard let noise = ev.noise else { return ev.isCaption }
        if ev.noiseSource == .noWords || noise == .credit { return true }
        guard ev.noiseSource?.isRepeatedInPage == true, noise == .repeated || noise == .related else { return false }
        return !endsInArrow(line.text)
    }

    /// The line ends in `>`, `»`, `›` or `→`: a link's arrow.
    private static func endsInArrow(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8.suffix(3))
        guard let last = bytes.last else { return false }
        if last == UInt8(ascii: ">") { return true }
        if bytes.count >= 2, bytes[bytes.count - 2] == 0xC2, last == 0xBB { return true }
        if bytes.count == 3, bytes[0] == 0xE2, (bytes[1] == 0x80 && last == 0xBA) || (bytes[1] == 0x86 && last == 0x92) { return true }
        return false
    }

    /// `@`, `#` or `://` in the line: a handle, a hashtag or an address.
    private static func marksHandleOrLink(_ text: Substring) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#") { return true }
            if previous == UInt8(ascii: ":"), byte == UInt8(ascii: "/") { return true }
            previous = byte
        }
        return false
    }
}
