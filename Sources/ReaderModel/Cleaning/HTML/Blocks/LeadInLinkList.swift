/// A list of links the article's own prose introduces and then continues past: a line ending in a
/// colon ("Further reading:", "Other deals:") right before a `ul`/`ol` of linked items, and more of
/// the article right after it. The author cites those pages as part of the text; a related-stories
/// box inside the article has a heading of its own (no colon) or ends the article (nothing follows).
enum LeadInLinkList {
    private static let listTags: Set<String> = ["ul", "ol"]
    /// An item block sits at most this many levels below its list (`li`, a `p` in an `li`).
    private static let maxDepth = 3
    /// Blocks after the list within which the article's prose must resume (a subheading may come first).
    private static let lookahead = 3
    /// A lead-in sentence before a list laid out as paragraphs, not a form label ("City:").
    private static let minimumSentenceBytes = 25

    /// The lists among `blocks` whose block before is an unlinked lead-in ending in a colon (no page
    /// label) and after which the article's prose resumes, all inside the article (`inContent`).
    static func lists(blocks: [TextBlock], document: HTMLDocument, layout: PageLayout, inContent: [Bool]) -> Set<Int> {
        let nodes = document.nodes
        var found: Set<Int> = []
        var seen: Set<Int> = []
        for i in blocks.indices {
            guard inContent[blocks[i].node], let list = list(around: blocks[i].node, nodes: nodes), seen.insert(list).inserted else { continue }
            // The run of blocks inside this list (items, nested lists and their lines).
            let end = nodes.subtreeEnd(list)
            var first = i, last = i
            while first > 0, blocks[first - 1].node > list { first -= 1 }
            while last + 1 < blocks.count, blocks[last + 1].node > list, blocks[last + 1].node < end { last += 1 }
            guard first > 0, last + 1 < blocks.count, blocks[first...last].contains(where: { $0.linkDensity > 0.5 }) else { continue }
            let lead = blocks[first - 1]
            guard inContent[lead.node], layout.chrome[lead.node] == nil, lead.linkDensity < 0.5, endsInColon(lead.text),
                  !isLabel(lead.text), continues(after: last, blocks: blocks, layout: layout, inContent: inContent) else { continue }
            found.insert(list)
        }
        return found
    }

    /// The linked blocks of a list laid out as short paragraphs (no `ul`): after a lead-in sentence
    /// ending in a colon (at least `minimumSentenceBytes`, no page label), a run of at least three
    /// short blocks (under 80 bytes each) inside the article whose text is mostly unlinked (40 bytes
    /// or more, under 70% linked, as `MixedLinkList` asks of a list): names of which some link.
    /// Returns the block elements of the run's linked lines.
    static func paragraphRunItems(blocks: [TextBlock], layout: PageLayout, inContent: [Bool]) -> Set<Int> {
        var found: Set<Int> = []
        var i = 0
        while i < blocks.count {
            let lead = blocks[i]
            i += 1
            guard lead.length >= minimumSentenceBytes, inContent[lead.node], layout.chrome[lead.node] == nil,
                  lead.linkDensity < 0.5, endsInColon(lead.text), !isLabel(lead.text) else { continue }
            var end = i
            var text = 0, links = 0
            while end < blocks.count, blocks[end].length < 80, inContent[blocks[end].node], layout.chrome[blocks[end].node] == nil {
                text += blocks[end].length
                links += blocks[end].linkLength
                end += 1
            }
            guard end - i >= 3, text - links >= 40, links * 10 < text * 7 else { continue }
            for block in blocks[i..<end] where block.linkDensity > 0.5 { found.insert(block.node) }
        }
        return found
    }

    /// The article goes on after the list's last block `last`: a paragraph of prose (80 bytes or more,
    /// under 30% linked, no furniture phrase) within the next `lookahead` blocks, before any furniture.
    private static func continues(after last: Int, blocks: [TextBlock], layout: PageLayout, inContent: [Bool]) -> Bool {
        for block in blocks[(last + 1)...].prefix(lookahead) {
            guard inContent[block.node], layout.chrome[block.node] == nil, !isLabel(block.text) else { return false }
            if block.length >= 80, block.linkDensity < 0.3 { return true }
        }
        return false
    }

    /// A page label or furniture phrase ("Related posts:", "Category:"): the page's words, not the author's.
    private static func isLabel(_ text: String) -> Bool {
        HTMLNoiseLabels.reason(for: text) != nil || (text.utf8.count < 300 && BlockNoisePhrases.reason(for: text) != nil)
    }

    /// The nearest `ul`/`ol` holding the block element `node`, within `maxDepth` levels.
    static func list(around node: Int, nodes: [HTMLNode]) -> Int? {
        var n = nodes[node].parent
        var depth = 1
        while n >= 0, depth <= maxDepth {
            if listTags.contains(nodes[n].tag) { return n }
            n = nodes[n].parent
            depth += 1
        }
        return nil
    }

    /// `--explain`: the list (or the run's line) and its lead-in.
    static func evidence(_ list: Int, document: HTMLDocument) -> String {
        let tag = document.nodes[list].tag
        return listTags.contains(tag)
            ? "a linked item of a <\(tag)> the article introduces with a line ending in a colon and continues after"
            : "a linked line of a run of short paragraphs, mostly unlinked, after a lead-in sentence ending in a colon: a list laid out as paragraphs"
    }

    /// The text's last visible character is a colon (ASCII or full-width).
    private static func endsInColon(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return last == ":" || last == "\u{FF1A}"
    }
}
