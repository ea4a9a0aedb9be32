/// A sub-heading inside the body leads into the paragraph under it even when furniture stands
/// between it and the paragraph above: a photo credit the page prints twice, a date line, a
/// post's "posted by" footer on a page of several posts. `RoleAssigner` wants prose on both sides, so
/// such a heading is dropped as a fragment. Its shape and place say what it is: a short clean line
/// (or two) glued over a full paragraph of the body, with only a small block of light furniture
/// back to the previous paragraph. A line the vocabulary names (a share row, tags, an ad label) or a
/// teaser between them says the text under it may be something else, so it does not qualify.
enum HeadingPastFurniture {
    static let evidence = "heading leading into a paragraph, past furniture after the paragraph above"
    /// Short lines a heading may stack over its paragraph (a title and its sub-title).
    static let maximumHeadingLines = 2
    /// The most furniture lines between the heading and the paragraph above.
    static let maximumFurniture = 5

    /// Line `i` of the body (clean and short) heads the paragraph under it, furniture above it.
    static func holds(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Bool {
        guard lines[i].wordCount >= 2 || lines[i].text.utf8.count >= 4, !lines[i].isBullet,
              let below = linesToParagraph(from: i, evidence, body: body) else { return false }
        return paragraphPastFurniture(above: i, headingLines: below, evidence, body: body)
    }

    /// The heading lines from `i` down to a full paragraph (only clean short lines between), or nil.
    private static func linesToParagraph(from i: Int, _ evidence: [LineEvidence], body: Range<Int>) -> Int? {
        var j = i + 1
        while j < body.upperBound, j - i < maximumHeadingLines, isHeadingLine(evidence[j]) { j += 1 }
        guard j < body.upperBound else { return nil }
        let ev = evidence[j]
        return ev.noise == nil && !ev.isCaption && !ev.isMetadata && ev.shape == .good ? j - i : nil
    }

    /// Walking up from `i`: the rest of a heading of at most `maximumHeadingLines`, then light
    /// furniture (repeats, captions, metadata; clean short lines may sit among it), then a paragraph.
    private static func paragraphPastFurniture(above i: Int, headingLines: Int, _ evidence: [LineEvidence],
                                               body: Range<Int>) -> Bool {
        var heading = headingLines
        var k = i - 1
        while k >= body.lowerBound, isHeadingLine(evidence[k]) {
            heading += 1
            k -= 1
        }
        guard heading <= maximumHeadingLines else { return false }
        var furniture = 0
        while k >= body.lowerBound, furniture <= maximumFurniture, i - k <= maximumFurniture + 2 * maximumHeadingLines {
            let ev = evidence[k]
            if ev.noise != nil {
                // Only a repeat (a photo credit, a label the page prints twice) is light: a line the
                // vocabulary names (a share row, tags, an ad label) or a teaser may end the article.
                // A post's own banner (its "posted by" footer) is light as well.
                // A line without words (a rule, an image's placeholder) is light too.
                guard ev.noiseSource?.isSoft == true || ev.noise == .banner,
                      !ev.isHeavyNoise else { return false }
                furniture += 1
            } else if ev.isMetadata || ev.isCaption {
                furniture += 1
            } else if ev.shape != .short {
                return furniture > 0
            }
            k -= 1
        }
        return false
    }

    @inline(__always)
    private static func isHeadingLine(_ ev: LineEvidence) -> Bool {
        ev.noise == nil && !ev.isCaption && !ev.isMetadata && ev.shape == .short
    }
}
