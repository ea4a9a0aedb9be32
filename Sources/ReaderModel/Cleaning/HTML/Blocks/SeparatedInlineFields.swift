/// A byline box often sets its fields in adjacent inline elements with no space between them
/// (`<span class="author">Ana Example</span><span class="date">3 May 2024</span>`): the page's
/// style sets them apart, the text runs them together ("Ana Example3 May 2024") and the byline
/// reader takes the date's day for part of the name. Read again with a space wherever two sibling
/// elements meet letter to digit, digit to letter or digit, or lower to upper case, the line
/// parts into its fields. Only metadata lines are read twice, so the hot path pays nothing.
enum SeparatedInlineFields {
    static let evidence = "; fields of adjacent inline elements read apart"

    /// The text of `node` with a space at each such seam between sibling elements, whitespace
    /// normalised; nil when there is none, or when the element's text is not `text` (the line is
    /// one of several blocks of the element).
    static func text(of node: Int, matching text: String, in document: HTMLDocument) -> String? {
        var plain = "", spaced = ""
        var seams = 0
        append(node, document, &plain, &spaced, &seams)
        guard seams > 0, WhitespaceNormalizer.normalize(plain) == text else { return nil }
        return WhitespaceNormalizer.normalize(spaced)
    }

    /// The text of the first of `node`'s child elements, whitespace normalised, when the element
    /// sets its text in two or more of them with only whitespace between (a byline box's fields:
    /// `<span>Анна Морозова</span><span>15 июля 2025</span>`); nil otherwise.
    static func firstField(of node: Int, in document: HTMLDocument) -> String? {
        var first: String?
        var fields = 0
        for child in document.children(of: node) {
            if document.nodes[child].isText {
                guard document.text(of: child).allSatisfy(\.isWhitespace) else { return nil }
                continue
            }
            let text = WhitespaceNormalizer.normalize(document.text(of: child))
            guard !text.isEmpty else { continue }
            fields += 1
            if first == nil { first = text }
        }
        return fields >= 2 ? first : nil
    }

    private static func append(_ index: Int, _ document: HTMLDocument, _ plain: inout String, _ spaced: inout String, _ seams: inout Int) {
        var previousIsElement = false
        for child in document.children(of: index) {
            let node = document.nodes[child]
            if node.isText {
                let text = document.text(of: child)
                plain += text
                spaced += text
                previousIsElement = false
                continue
            }
            var childPlain = "", childSpaced = ""
            append(child, document, &childPlain, &childSpaced, &seams)
            if !node.kind.isDisjoint(with: [.block, .lineBreak]) { childPlain += " "; childSpaced += " " }
            if previousIsElement, let last = spaced.unicodeScalars.last, let first = childSpaced.unicodeScalars.first, isSeam(last, first) {
                spaced += " "
                seams += 1
            }
            plain += childPlain
            spaced += childSpaced
            previousIsElement = !childPlain.isEmpty
        }
    }

    /// Letter then digit, digit then letter or digit, lower then upper case, or two letters of
    /// scripts without case ("اسٹاف رپورٹر" then "شائع 5 اپریل"): no word runs on so across
    /// elements (a drop cap, upper then lower, does), and without case nothing else marks the seam.
    static func isSeam(_ last: Unicode.Scalar, _ first: Unicode.Scalar) -> Bool {
        let lastDigit = last.properties.numericType == .decimal, firstDigit = first.properties.numericType == .decimal
        if lastDigit { return firstDigit || first.properties.isAlphabetic }
        guard last.properties.isAlphabetic else { return false }
        if firstDigit || (last.properties.isLowercase && first.properties.isUppercase) { return true }
        return first.properties.isAlphabetic && !last.properties.isCased && !first.properties.isCased
    }
}
