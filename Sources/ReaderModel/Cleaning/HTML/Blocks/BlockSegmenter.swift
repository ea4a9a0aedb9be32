/// Cuts a parsed page into `TextBlock`s in reading order, in one walk of the tree.
struct BlockSegmenter {
    private let document: HTMLDocument
    private var blocks: [TextBlock] = []
    /// The UTF-8 bytes of the block being read, in one array reused for every block.
    private var buffer: [UInt8] = []
    private var bufferLinkBytes = 0
    /// Linked bytes since the block's last unlinked text with ink.
    private var trailingLinkBytes = 0
    private var linkDepth = 0
    /// A `<br>` was seen with only whitespace since: a second one ends the paragraph.
    private var pendingBreak = false
    /// The first and last text nodes with ink in the block being read (-1: none yet).
    private var firstInk = -1
    private var lastInk = -1
    /// The first text node with ink since the last `<br>` or block edge (-1: none yet).
    private var lineFirstInk = -1
    /// Buffer offsets where a line after a single `<br>` begins, in the block being read.
    private var lineStarts: [Int] = []
    /// Blocks of a stanza's shape (`VerseLineBreaks`): their index and lines.
    private var stanzas: [(block: Int, lines: [String])] = []
    /// Blocks whose every line is a "Label: value" field (`FieldLineBreaks`): their index and lines.
    private var fieldBlocks: [(block: Int, lines: [String])] = []

    /// Text bytes below each node, to tell a small hidden element from a hidden page.
    private var textBytes: [Int] = []

    static func blocks(of document: HTMLDocument) -> [TextBlock] {
        guard !document.isEmpty else { return [] }
        var segmenter = BlockSegmenter(document: document)
        segmenter.buffer.reserveCapacity(4096)
        let nodes = document.nodes
        var bytes = [Int](repeating: 0, count: nodes.count)
        for i in nodes.indices where nodes[i].isText { bytes[i] = nodes[i].textCount }
        for i in stride(from: nodes.count - 1, through: 1, by: -1) where nodes[i].parent >= 0 { bytes[nodes[i].parent] += bytes[i] }
        segmenter.textBytes = bytes
        segmenter.walk(0, owner: 0)
        segmenter.flush(owner: 0)
        if !segmenter.stanzas.isEmpty || !segmenter.fieldBlocks.isEmpty { segmenter.splitLines() }
        return segmenter.blocks
    }

    private init(document: HTMLDocument) { self.document = document }

    private mutating func walk(_ index: Int, owner: Int) {
        // Fields read in place: a copy of the node would retain and release all its strings.
        let kind = document.nodes[index].kind
        if document.nodes[index].isText {
            appendText(of: index)
            return
        }
        // Hidden elements are skipped unless `HiddenPartReading` says why they are read.
        if kind.contains(.hidden), HiddenPartReading.evidence(index, document: document, textBytes: textBytes) == nil { return }
        if kind.contains(.lineBreak) {
            if pendingBreak || StyledLineBreak.separates(index, lineFirstInk: lineFirstInk, lastInk: lastInk, document: document, textBytes: textBytes) {
                flush(owner: owner)
            } else {
                buffer.append(0x20)
                lineStarts.append(buffer.count)
            }
            pendingBreak = true
            lineFirstInk = -1
            return
        }
        if kind.contains(.block) {
            flush(owner: owner)
            for child in document.children(of: index) { walk(child, owner: index) }
            flush(owner: index)
            return
        }
        let isLink = kind.contains(.link)
        if isLink { linkDepth += 1 }
        for child in document.children(of: index) { walk(child, owner: owner) }
        if isLink { linkDepth -= 1 }
    }

    /// Adds a text node's bytes, copied straight from the document's text arena.
    private mutating func appendText(of index: Int) {
        let start = document.nodes[index].textStart
        let count = document.nodes[index].textCount
        let all = document.textBytes
        let hasInk = all.withUnsafeBufferPointer { all in
            let text = UnsafeBufferPointer(rebasing: all[start..<start + count])
            buffer.append(contentsOf: text)
            return text.contains { $0 > 32 }
        }
        if hasInk {
            if firstInk < 0 { firstInk = index }
            if lineFirstInk < 0 { lineFirstInk = index }
            lastInk = index
            pendingBreak = false
            if linkDepth > 0 { bufferLinkBytes += count; trailingLinkBytes += count } else { trailingLinkBytes = 0 }
        }
    }

    private mutating func flush(owner: Int) {
        pendingBreak = false
        defer {
            buffer.removeAll(keepingCapacity: true); bufferLinkBytes = 0; trailingLinkBytes = 0; firstInk = -1; lastInk = -1; lineFirstInk = -1
            if !lineStarts.isEmpty { lineStarts.removeAll(keepingCapacity: true) }
        }
        // Indentation between block elements leaves buffers of ASCII whitespace only: they
        // normalise to nothing, so skip the copy.
        guard buffer.contains(where: { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }) else { return }
        let text = buffer.withUnsafeBufferPointer(WhitespaceNormalizer.normalize)
        guard !text.isEmpty else { return }
        let length = text.utf8.count
        // A single break or more, no link: a record's field lines? Two or more: a stanza of verse?
        if !lineStarts.isEmpty, bufferLinkBytes == 0,
           let lines = buffer.withUnsafeBufferPointer({ FieldLineBreaks.lines($0, starts: lineStarts) }) {
            fieldBlocks.append((blocks.count, lines))
        } else if lineStarts.count >= 2, bufferLinkBytes == 0,
           let lines = buffer.withUnsafeBufferPointer({ VerseLineBreaks.lines($0, starts: lineStarts) }) {
            stanzas.append((blocks.count, lines))
        }
        blocks.append(TextBlock(text: text, node: owner, length: length, linkLength: min(bufferLinkBytes, length),
                                inlineWrapper: inlineWrapper(owner: owner), trailingLinkLength: min(trailingLinkBytes, length),
                                firstText: firstInk, lastText: lastInk))
    }

    /// Cuts each stanza beside another stanza (`VerseLineBreaks`) and each block of field lines
    /// (`FieldLineBreaks`) into its lines, last block first so the earlier indices hold.
    private mutating func splitLines() {
        let candidates = Set(stanzas.map(\.block))
        let verse = stanzas.filter { candidates.contains($0.block - 1) || candidates.contains($0.block + 1) }
        let cuts = (verse.map { ($0.block, $0.lines, true) } + fieldBlocks.map { ($0.block, $0.lines, false) }).sorted { $0.0 > $1.0 }
        for (index, lines, isVerse) in cuts {
            let block = blocks[index]
            let parts = lines.map { line in
                TextBlock(text: line, node: block.node, length: line.utf8.count, linkLength: 0,
                          inlineWrapper: block.inlineWrapper, trailingLinkLength: 0, isVerseLine: isVerse, isFieldLine: !isVerse)
            }
            blocks.replaceSubrange(index...index, with: parts)
        }
    }

    /// The lowest element holding both the first and the last inked text node, when it lies below
    /// `owner`. Nodes are numbered in document order, so an ancestor of the last text node holds the
    /// first one exactly when its number is not above the first's, and everything between them too.
    private func inlineWrapper(owner: Int) -> Int {
        guard firstInk >= 0 else { return -1 }
        var element = document.nodes[lastInk].parent
        while element > firstInk && element > owner { element = document.nodes[element].parent }
        return element > owner ? element : -1
    }
}
