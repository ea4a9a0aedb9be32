/// One node of a parsed page, copied out of libxml2's tree: an element with the few attributes
/// the cleaner reads, or a run of text.
struct HTMLNode: Sendable {
    /// Lower-case tag name; empty for a text node.
    var tag: String
    /// Index of the parent in `HTMLDocument.nodes`; -1 for the root.
    var parent: Int
    /// A text node's UTF-8 bytes in `HTMLDocument.textBytes` (none for elements): one arena
    /// for the page instead of a string per text node. `HTMLDocument.text(of:)` reads it.
    var textStart = 0
    var textCount = 0
    /// First child and next sibling as indices (-1 for none): a linked tree costs no array per node.
    var firstChild = -1
    var nextSibling = -1
    /// `class` and `id` together, as written.
    var classAndID: String = ""
    /// The other attributes the cleaner reads (itemprop, property, name, content, rel, datetime, role...).
    var attributes: [String: String] = [:]

    /// The tag's role, looked up once when the node is copied.
    var kind: Kind = []

    var isText: Bool { tag.isEmpty }

    /// What a tag is to the block segmenter and the scorers.
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt16
        static let block = Kind(rawValue: 1)
        static let paragraph = Kind(rawValue: 2)
        static let heading = Kind(rawValue: 4)
        static let link = Kind(rawValue: 8)
        static let lineBreak = Kind(rawValue: 16)
        /// `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden` style.
        static let hidden = Kind(rawValue: 32)
        /// `<object>`: an embedded player, whose text is its fallback (`EmbeddedPlayer`).
        static let embeddedObject = Kind(rawValue: 64)
        /// An element with a player (`iframe`, `video`, `audio`, `embed`) among its children: the
        /// player is dropped while copying the tree, this mark is what is left of it (`PlayerCaption`).
        static let holdsPlayer = Kind(rawValue: 128)
        /// The tag of such a player (never on a copied node: the tags are invisible).
        static let player = Kind(rawValue: 256)

        init(rawValue: UInt16) { self.rawValue = rawValue }

        init(tag: String) { self = Self.byTag[tag] ?? [] }

        private static let byTag: [String: Kind] = {
            var table: [String: Kind] = ["a": .link, "br": .lineBreak, "object": .embeddedObject]
            for tag in HTMLElementKind.block { table[tag, default: []].insert(.block) }
            for tag in HTMLElementKind.paragraph { table[tag, default: []].insert(.paragraph) }
            for tag in HTMLElementKind.headings { table[tag, default: []].insert(.heading) }
            for tag in HTMLElementKind.players { table[tag, default: []].insert(.player) }
            return table
        }()
    }

    subscript(attribute name: String) -> String? { attributes[name] }
}

extension Array where Element == HTMLNode {
    /// Whether node `a` is `b` itself or on `b`'s parent chain.
    func isAncestor(_ a: Int, of b: Int) -> Bool {
        var n = b
        while n >= 0 {
            if n == a { return true }
            n = self[n].parent
        }
        return false
    }

    /// One past the last node of `n`'s subtree: nodes are stored in document order, each subtree contiguous.
    func subtreeEnd(_ n: Int) -> Int {
        var m = n
        while m >= 0 {
            if self[m].nextSibling >= 0 { return self[m].nextSibling }
            m = self[m].parent
        }
        return count
    }
}
