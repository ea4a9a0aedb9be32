/// The article's lists read by their markers: items numbered in sequence ("1.", "2.", or "Step 1",
/// "Step 2") and runs of bulleted items. A list's items are short lines, which the body keeps only
/// between paragraphs; an item beside a code block, a label repeated in the page or a line some
/// vocabulary misreads is dropped as a fragment, and a list that closes the post is left outside
/// it. The markers say the lines are one list: a number continuing the numbering the body holds,
/// or a bullet shared with items the body reads as prose. A menu or a block of teasers is rarely
/// numbered in sequence from one, and its bulleted lines are no prose.
enum MarkedListRun {
    /// The fewest items of a numbered sequence that make a list of it.
    static let minimumNumberedItems = 3
    /// The fewest lines of a bulleted run inside the body, and of its lines that read as prose.
    static let minimumBulletedItems = 4
    static let minimumProseItems = 2
    /// How many numbers a sequence may skip (an item joined to its paragraph, or dropped as noise).
    static let maximumSkip = 2
    /// The most items a closing list may add to the body, and the wordless lines before it.
    static let maximumClosingItems = 60
    static let maximumLeadingGap = 3

    /// The body widened over a numbered list that closes it, and every marked item of the body
    /// given the list's reason.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard !body.isEmpty else { return body }
        markNumberedSequences(lines, &evidence, body: body)
        markBulletedRuns(lines, &evidence, body: body)
        return closingSequence(lines, &evidence, body: body)
    }

    // MARK: Markers

    /// An item's marker: its number and a key naming its format (the closing mark, or the label
    /// word before the number), so that "1." and "Step 2" are not read as one sequence.
    struct Marker: Equatable {
        var key: Substring
        var number: Int
    }

    /// "12. …" / "3) …" (the number closed by `.` or `)` and a space), or a short label word and a
    /// number ("Step 1: …", "Part 2 (…)"): the label is at most `maximumLabelBytes` letters.
    static func marker(_ text: Substring) -> Marker? {
        if let number = ListMarker.number(text) {
            return Marker(key: text.drop(while: \.isASCIIDigitCharacter).prefix(1), number: number)
        }
        // Read on the stored bytes: this runs on every line of the body.
        guard let (labelBytes, number) = text.utf8.withContiguousStorageIfAvailable(labelledNumber) ?? labelledNumber(Array(text.utf8)) else {
            return nil
        }
        let label = text[..<text.utf8.index(text.startIndex, offsetBy: labelBytes)]
        return Marker(key: label, number: number)
    }

    /// The label's length in bytes and the number of "Step 1: …", or nil.
    private static func labelledNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var index = 0
        while index < bytes.count, index <= maximumLabelBytes, isLetterByte(bytes[index]) { index += 1 }
        guard index > 0, index <= maximumLabelBytes, index < bytes.count, bytes[index] == 32 else { return nil }
        let labelBytes = index
        index += 1
        var value = 0
        var digits = 0
        while index < bytes.count, (48...57).contains(bytes[index]), digits < 3 {
            value = value * 10 + Int(bytes[index] - 48)
            digits += 1
            index += 1
        }
        guard digits > 0, index < bytes.count else { return nil }
        let close = bytes[index]
        // "Step 1:", "Step 1 (…)", "Step 1." go on with words; "Step 12345" or "Step 1a" do not.
        guard close == 58 || close == 46 || close == 41 || close == 32 else { return nil }
        return (labelBytes, value)
    }

    private static func labelledNumber(_ bytes: [UInt8]) -> (Int, Int)? {
        bytes.withUnsafeBufferPointer(labelledNumber)
    }

    static let maximumLabelBytes = 12

    /// ASCII letters; a label in another script is read by its bytes (any byte of a multi-byte letter).
    @inline(__always)
    private static func isLetterByte(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte) || byte >= 0x80
    }

    /// A line the list may hold: no furniture the vocabulary or a header names, no metadata.
    @inline(__always)
    static func mayBeItem(_ ev: LineEvidence) -> Bool {
        guard !ev.isMetadata, !ev.isTimestamp else { return false }
        guard let noise = ev.noise else { return true }
        guard !ev.isHeavyNoise || ev.isInPageRepeatNoise, let source = ev.noiseSource else { return false }
        // A teaser guess, a line repeated in the page or a fragment's shape: nothing names furniture.
        return noise != .comments && (source.isTeaserList || source.isSoft)
    }

    /// The item's evidence cleared and its reason set.
    @inline(__always)
    static func keep(_ i: Int, _ evidence: inout [LineEvidence], _ reason: ArticleListReason) {
        evidence[i].noise = nil
        evidence[i].noiseSource = nil
        evidence[i].isCaption = false
        if evidence[i].listItem == nil { evidence[i].listItem = reason }
    }

    // MARK: Inside the body

    /// Numbered lines of the body in sequence from one or zero (sub-headings "1. …", "2. …" far apart, or
    /// the items of a list): at least `minimumNumberedItems` of them make every one the article's.
    private static func markNumberedSequences(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) {
        var chains: [Substring: [Int]] = [:]
        var lastNumber: [Substring: Int] = [:]
        func close(_ key: Substring, _ evidence: inout [LineEvidence]) {
            guard let chain = chains[key], chain.count >= minimumNumberedItems else { return }
            for (n, i) in chain.enumerated() {
                if mayBeItem(evidence[i]) {
                    keep(i, &evidence, .numberedThroughBody)
                } else if n > 0, isSectionUnderBox(i, previous: chain[n - 1], lines, evidence, body: body) {
                    keep(i, &evidence, .numberedThroughBody)
                    evidence[i].keptNote = boxedSectionEvidence
                }
            }
            OutlineSubItems.mark(lines, &evidence, chain: chain)
        }
        for i in body {
            guard let marker = marker(lines[i].text) else { continue }
            if let last = lastNumber[marker.key], marker.number > last, marker.number - last <= maximumSkip + 1 {
                chains[marker.key, default: []].append(i)
            } else {
                close(marker.key, &evidence)
                chains[marker.key] = marker.number <= 1 ? [i] : nil
            }
            lastNumber[marker.key] = chains[marker.key] == nil ? nil : marker.number
        }
        for key in chains.keys { close(key, &evidence) }
    }

    static let boxedSectionEvidence = "the next numbered section of the body, under which a related box had run on"

    /// A box of links set between two sections runs on over the next section's numbered heading:
    /// the heading goes on the body's numbering by one, the box's own lines are not numbered, and
    /// the line under the heading is a paragraph of the body.
    private static func isSectionUnderBox(_ i: Int, previous: Int, _ lines: [TextLine], _ evidence: [LineEvidence],
                                          body: Range<Int>) -> Bool {
        guard let source = evidence[i].noiseSource, source.isUnderHeader || source.isInsideBox,
              evidence[i].noise != .comments, !evidence[i].isMetadata,
              let m = marker(lines[i].text), let p = marker(lines[previous].text), m.number == p.number + 1 else { return false }
        var next = i + 1
        while next < body.upperBound, lines[next].words.isEmpty { next += 1 }
        guard next < body.upperBound else { return false }
        let after = evidence[next]
        guard after.noise == nil, !after.isCaption, after.shape != .short else { return false }
        // The box's other lines, up to the previous item, carry no number of this format.
        var k = i - 1
        while k > previous, evidence[k].noise != nil {
            if let other = marker(lines[k].text), other.key == m.key { return false }
            k -= 1
        }
        return true
    }

    /// A run of lines of the body opening with a bullet (blank lines between allowed) of which at
    /// least `minimumProseItems` read as clean prose: its short items are the same list's.
    private static func markBulletedRuns(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) {
        var i = body.lowerBound
        while i < body.upperBound {
            guard ListMarker.opensWithBullet(lines[i]) else { i += 1; continue }
            let bullet = lines[i].text.unicodeScalars.first
            var end = i
            var prose = 0
            while end < body.upperBound, ListMarker.opensWithBullet(lines[end]), lines[end].text.unicodeScalars.first == bullet {
                if evidence[end].noise == nil, !evidence[end].isCaption, evidence[end].shape != .short { prose += 1 }
                end += 1
            }
            if end - i >= minimumBulletedItems, prose >= minimumProseItems {
                for k in i..<end where evidence[k].shape == .short && mayBeItem(evidence[k]) { keep(k, &evidence, .bulletedInBody) }
            }
            i = end
        }
    }

    // MARK: Past the body

    /// A numbered list right under the body's last line (only wordless lines between), in sequence
    /// from one (or zero: "Step 0" is where a worked example starts) or from the last number of the same format inside the body: a post that closes
    /// with its list (a playlist, the steps of a worked example) has no paragraph after it.
    private static func closingSequence(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        var start = body.upperBound
        while start < lines.count, start - body.upperBound < maximumLeadingGap, lines[start].words.isEmpty { start += 1 }
        guard start < lines.count, let first = marker(lines[start].text) else { return body }
        var previous: Int? = nil
        for i in body.reversed() {
            if let m = marker(lines[i].text), m.key == first.key { previous = m.number; break }
        }
        let continues = previous.map { first.number == $0 + 1 } ?? false
        guard first.number <= 1 || continues else { return body }
        var items: [Int] = []
        var expected = first.number
        var i = start
        while i < lines.count, items.count < maximumClosingItems {
            if lines[i].words.isEmpty, evidence[i].noise == nil || evidence[i].noiseSource == .noWords { i += 1; continue }
            guard let m = marker(lines[i].text), m.key == first.key, m.number == expected, mayBeItem(evidence[i]) else { break }
            items.append(i)
            expected += 1
            i += 1
        }
        guard items.count >= (continues ? 2 : minimumNumberedItems), let last = items.last else { return body }
        for k in items { keep(k, &evidence, .numberedClosingList) }
        return body.lowerBound..<(last + 1)
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
