/// Old blog templates set the comment thread as plain text in the post's own container, under a
/// header no class or id names but that counts the comments ("3 Comments:", "5 Kommentare"): with
/// blocks shaped like comments right below it (a "Name said..." signature, a short posted-at time,
/// a reply link), that header ends the article, as `CountedCommentHeader` ends a text copy's.
/// A count alone ("2 comments" over more paragraphs of the story) cuts nothing.
struct CountedCommentThread {
    /// How many blocks below the header the comment shapes must show.
    static let maxLead = 4
    /// Comment marks those blocks must hold between them: a signature and its time, two times, a
    /// signature and a reply link. One "The mayor said:" opening a paragraph is not a thread.
    static let marksNeeded = 2
    /// Signatures come first in a block ("At 3/14/2006 9:12 PM, Name said..."): where to look for one.
    static let maxSignatureBytes = 120
    /// A posted-at time or a reply link stands alone in a short block, or closes a comment's block.
    static let maxTimedBytes = 120
    static let closingTimeBytes = 32

    /// `--explain` evidence for the header.
    static let evidence = "a header that counts its comments, with comment-shaped blocks below it (a \"said...\" signature, a posted-at time, a reply link): the article ends here"

    /// The node whose subtree holds the thread, and the header's text for `--explain`.
    private var container = -1
    private var containerEnd = -1
    private(set) var header = ""

    /// Whether `block` (given in page order) lies in a thread an earlier counted header started.
    func contains(_ block: TextBlock) -> Bool {
        container >= 0 && block.node >= container && block.node < containerEnd
    }

    /// Starts the thread at `blocks[index]`, a short block the vocabulary reads as a comments
    /// header, when it counts its comments and comment-shaped blocks follow within its container.
    mutating func starts(at index: Int, _ blocks: [TextBlock], document: HTMLDocument) -> Bool {
        let block = blocks[index]
        // Cheap shape first: a digit among the bytes before the header is read as words.
        guard block.length <= 48, block.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
              CountedCommentHeader.datedHeadersNeeded(Self.line(block.text[...])) != nil,
              let first = Self.firstCommentBlock(after: index, blocks) else { return false }
        let nodes = document.nodes
        container = Self.commonAncestor(block.node, first, nodes)
        containerEnd = nodes.subtreeEnd(container)
        header = String(block.text.prefix(40))
        return true
    }

    /// The node of the first comment-shaped block below the header, when the blocks there hold
    /// enough comment marks; nil otherwise.
    private static func firstCommentBlock(after index: Int, _ blocks: [TextBlock]) -> Int? {
        var marks = 0
        var first: Int?
        for k in (index + 1)..<min(blocks.count, index + 1 + maxLead) {
            let found = commentMarks(blocks[k])
            guard found > 0 else { continue }
            if first == nil { first = blocks[k].node }
            marks += found
            if marks >= marksNeeded { return first }
        }
        return nil
    }

    /// Comment marks of one block: a signature opening it (and a posted-at time closing it), or,
    /// short, a posted-at time or a reply link alone.
    static func commentMarks(_ block: TextBlock) -> Int {
        if let signatureEnd = signatureEnd(block.text) {
            let tail = block.text.utf8.count - signatureEnd
            guard tail > 0 else { return 1 }
            let closing = block.text.utf8.suffix(min(tail, closingTimeBytes))
            return CommentThreadDetector.hasClock(Substring(closing)) ? 2 : 1
        }
        guard block.length <= maxTimedBytes else { return 0 }
        let text = block.text[...]
        let line = line(text)
        let dated = line.hasYearWord || line.hasMonthWord ? DateNormalizer.firstMatch(in: block.text) != nil : false
        switch CommentThreadDetector.mark(line, isDated: dated) {
        case .action, .timedHeader: return 1
        case .saysHeader, .none: return 0
        }
    }

    /// The UTF-8 offset where a signature opening `text` ends ("Name said...", "Name says:", or
    /// "Name wrote," alone): the text up to a colon, comma or ellipsis that `CommentThreadDetector` reads
    /// as a "says" header or `CommentSignature` as a signature line.
    static func signatureEnd(_ text: String) -> Int? {
        let utf8 = text.utf8
        var offset = 0
        var index = utf8.startIndex
        while index != utf8.endIndex, offset < maxSignatureBytes {
            let byte = utf8[index]
            var end: String.Index?
            if byte == 58 {
                end = utf8.index(after: index)
            } else if byte == 44, utf8.index(after: index) == utf8.endIndex {
                // "He said, ..." opens prose as often as comments: a comma signature stands alone.
                end = utf8.endIndex
            } else if byte == 46, text[index...].hasPrefix("...") {
                end = utf8.index(index, offsetBy: 3)
            } else if byte == 0xE2, text[index...].hasPrefix("…") {
                end = utf8.index(index, offsetBy: 3)
            }
            if let end {
                let signature = line(text[..<end])
                let says = CommentThreadDetector.mark(signature, isDated: false) == .saysHeader && signature.words.first != "re"
                if says || CommentSignature.isSignature(signature) { return utf8.distance(from: utf8.startIndex, to: end) }
                // A signature closes at its first such mark: past it the text is the comment's.
                if signature.lastWord.isSaysWord { return nil }
            }
            offset += 1
            index = utf8.index(after: index)
        }
        return nil
    }

    private static func line(_ text: Substring) -> TextLine {
        TextLine(text: text, offset: 0, blankBefore: true, lineNumber: 0)
    }

    /// The deepest node holding both `a` and `b`.
    private static func commonAncestor(_ a: Int, _ b: Int, _ nodes: [HTMLNode]) -> Int {
        var n = a
        while n >= 0 {
            if nodes.isAncestor(n, of: b) { return n }
            n = nodes[n].parent
        }
        return 0
    }
}
