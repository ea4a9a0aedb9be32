/// A list of links set by `<br>`s in the article's cell, whose only unlinked text besides a label
/// before its first link is each item's date, number or bullet ("Other stories: <link> (12.03.2002)
/// <link> (11.03.2002)", "Ranking 1. <link> 2. <link>"): the section's other stories. Its dates keep
/// it under the link-density bar a list of bare links meets, so it read as a paragraph; the article's
/// own prose has words outside its links.
enum DatedLinkList {
    /// Links such a list has at least: one link with a date is a source line.
    static let minimumLinks = 2
    /// The share of the block's bytes inside links a list has at least; its label and dates are the rest.
    static let minimumLinkDensity = 0.5
    /// A label's length at most (script-neutral bytes, `ScriptNeutralLength`): a heading over a
    /// list, not the sentence of prose that leads into the author's own list of links.
    static let maximumLabelLength = 60

    static let evidence = "a list of links whose only unlinked text after its label is dates, numbers and bullets: the section's other stories"

    /// Whether `block`, a mostly linked block of the article, is such a list.
    static func matches(_ block: TextBlock, in document: HTMLDocument) -> Bool {
        guard block.firstText >= 0, block.lastText >= block.firstText, block.linkDensity >= minimumLinkDensity,
              block.linkLength < block.length else { return false }
        let nodes = document.nodes
        var links = 0
        var lastLink = -1
        var label: [UInt8] = []
        var labelOpen = true
        var marked = false
        for i in block.firstText...block.lastText where nodes[i].isText && document.hasInk(i) {
            if let link = enclosingLink(of: i, below: block.node, nodes) {
                if link != lastLink { links += 1; lastLink = link }
                labelOpen = false
                continue
            }
            let bytes = document.textBytes[nodes[i].textStart..<nodes[i].textStart + nodes[i].textCount]
            if labelOpen {
                label.append(contentsOf: bytes)
                if label.count > maximumLabelLength * 3 { return false }
                continue
            }
            guard let item = itemMark(bytes) else { return false }
            marked = marked || item
        }
        // Dashes or bars alone between links make a row of links, which the article's prose may lead into.
        guard links >= minimumLinks, marked else { return false }
        let labelText = String(decoding: label, as: UTF8.self)
        return ScriptNeutralLength.of(labelText, bytes: label.count, limit: maximumLabelLength) <= maximumLabelLength
    }

    /// The `<a>` at or above text node `i`, up to the block's element.
    private static func enclosingLink(of i: Int, below owner: Int, _ nodes: [HTMLNode]) -> Int? {
        var n = nodes[i].parent
        while n > owner {
            if nodes[n].kind.contains(.link) { return n }
            n = nodes[n].parent
        }
        return nil
    }

    /// For unlinked text between the links: nil when it has letters; else whether it marks an item
    /// (a digit of a date or rank, or a bullet), not only separates two links (a dash, a bar).
    private static func itemMark(_ bytes: ArraySlice<UInt8>) -> Bool? {
        // ASCII is read by byte; any other script through its scalars.
        if bytes.allSatisfy({ $0 < 0x80 }) {
            if bytes.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) { return nil }
            return bytes.contains { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2A }
        }
        var mark = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar.properties.isAlphabetic { return nil }
            // Digits of any width; bullets: •, ・, ·, ■, ●, ◆, ▶.
            if scalar.properties.numericType != nil || Self.bullets.contains(scalar.value) { mark = true }
        }
        return mark
    }

    private static let bullets: Set<UInt32> = [0x2022, 0x30FB, 0xFF65, 0x00B7, 0x25A0, 0x25CF, 0x25C6, 0x25B6, 0x2023]
}
