import CLibXML2
import Glibc

/// A page parsed by libxml2's HTML parser into Swift values (`HTMLTreeBuilder`, from the parser's
/// SAX events), so the cleaner works on plain arrays and no C tree is built.
struct HTMLDocument: Sendable {
    /// Every kept node; index 0 is the root element when the page has one.
    var nodes: [HTMLNode] = []
    /// The text of every text node back to back, as libxml2 gave it (UTF-8); nodes hold their ranges.
    var textBytes: [UInt8] = []
    /// The bodies of `<script type="application/ld+json">` blocks, in page order.
    var jsonLD: [String] = []
    /// `<meta>` elements as (name or property, content), lower-cased keys, in page order.
    var meta: [(key: String, value: String)] = []
    /// The text of `<title>`.
    var title: String?
    /// The bounds this page met while parsing (deep nesting flattened, attributes cut).
    var limits: [ReadingLimit] = []
    /// Subtrees below `maxDepth` read as flat text.
    private var flattenedPlaces = 0

    /// Last child of each node while building, so appending a child is O(1); emptied after parsing.
    private var lastChild: [Int] = []

    var isEmpty: Bool { nodes.isEmpty }

    /// Whether text node `index` holds a byte that prints (anything above a space).
    func hasInk(_ index: Int) -> Bool {
        let start = nodes[index].textStart
        let count = nodes[index].textCount
        return textBytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[start..<start + count]).contains { $0 > 32 } }
    }

    /// The children of node `index`, in order.
    func children(of index: Int) -> Children { Children(nodes: nodes, cursor: nodes[index].firstChild) }

    /// Walks a sibling chain.
    struct Children: Sequence, IteratorProtocol {
        let nodes: [HTMLNode]
        var cursor: Int
        mutating func next() -> Int? {
            guard cursor >= 0 else { return nil }
            defer { cursor = nodes[cursor].nextSibling }
            return cursor
        }
    }

    /// Takes `node` (consuming): borrowed, it was copied into the array and the caller's copy
    /// destroyed, a retain and release of its strings and attributes for every node of a page.
    private mutating func append(_ node: consuming HTMLNode) -> Int {
        let index = nodes.count
        let parent = node.parent
        nodes.append(node)
        lastChild.append(-1)
        if parent >= 0 {
            if lastChild[parent] >= 0 { nodes[lastChild[parent]].nextSibling = index } else { nodes[parent].firstChild = index }
            lastChild[parent] = index
        }
        return index
    }

    /// libxml2 sets up its globals on first use, which is not thread-safe; a Swift static is
    /// initialised exactly once, so cleaning may then run on any number of threads.
    private static let libxml2Initialised: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialiseLibXML2() { _ = libxml2Initialised }

    /// RECOVER, NOERROR, NOWARNING, NONET and HUGE: never fetches, never runs scripts, never fails.
    static let parseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        // Without HUGE libxml2 stops at 256 nested elements and the rest of the page is lost.
        | XML_PARSE_HUGE.rawValue)

    /// Parses `html` (already decoded); broken pages give whatever libxml2 recovers.
    static func parse(_ html: String) -> HTMLDocument {
        _ = libxml2Initialised
        var result = HTMLDocument()
        var html = html
        let options = parseOptions
        html.withUTF8 { original in
            let stripped = RawTextStripper.strip(original)
            func parse(_ bytes: UnsafeBufferPointer<UInt8>) {
                // Up to two nodes per `<` (a start tag's element and the text after it; the text
                // after an end tag, often a line break): room for them all at once spares the node
                // array its regrowth copies, which room for one per `<` still paid on most pages.
                var tags = 0
                if let start = bytes.baseAddress {
                    var i = 0
                    while i < bytes.count, let found = memchr(start + i, 0x3C, bytes.count - i) {  // '<', found by memchr
                        tags += 1
                        i = start.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    }
                }
                if let built = HTMLTreeBuilder.build(bytes, options: options, expectedNodes: 2 * tags + 1) {
                    let limits = result.limits
                    result = built
                    result.limits = limits + built.limits
                }
            }
            // Then excess attributes are cut, which keeps libxml2's start-tag work linear, and
            // the attributes nobody reads, which libxml2 would parse for nothing.
            func limitAndParse(_ bytes: UnsafeBufferPointer<UInt8>) {
                let cut = AttributeLimiter.cut(bytes, droppingUnread: true)
                if cut.limited { result.limits.append(.attributesCut(limit: AttributeLimiter.maxAttributes)) }
                if let kept = cut.bytes { kept.withUnsafeBufferPointer(parse) } else { parse(bytes) }
            }
            if let stripped { stripped.withUnsafeBufferPointer(limitAndParse) } else { limitAndParse(original) }
        }
        result.lastChild = []
        if result.flattenedPlaces > 0 { result.limits.append(.flattened(depth: maxDepth, places: result.flattenedPlaces)) }
        return result
    }

    /// Nesting deeper than this is tag soup, not layout: below it the text is kept but the
    /// structure flattened (its text nodes become children of the element at this depth).
    static let maxDepth = 300

    // MARK: - Building (HTMLTreeBuilder)

    mutating func reserveLinks(_ count: Int) { lastChild.reserveCapacity(count) }

    /// Appends an element; its index.
    mutating func appendNode(_ node: consuming HTMLNode) -> Int { append(node) }

    /// A text node for `bytes` under `parent`, its bytes added to `textBytes`; its index.
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, parent: Int) -> Int {
        let start = textBytes.count
        textBytes.append(contentsOf: bytes)
        return append(HTMLNode(tag: "", parent: parent, textStart: start, textCount: bytes.count))
    }

    /// One more subtree below `maxDepth` read as flat text.
    mutating func countFlattenedPlace() { flattenedPlaces += 1 }

    /// `display:none` or `visibility:hidden` in an inline style, in any case and spacing; read
    /// byte by byte, since styles are on thousands of elements of a page.
    static func hidesElement(_ style: String) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return contains(compact, "display:none") || contains(compact, "visibility:hidden")
    }

    private static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard haystack.count >= n else { return false }
        let first = needle.utf8Start[0]
        var i = 0
        outer: while i + n <= haystack.count {
            if haystack[i] == first {
                for k in 1..<n where haystack[i + k] != needle.utf8Start[k] { i += 1; continue outer }
                return true
            }
            i += 1
        }
        return false
    }

    /// Tag names by their bytes: a page's thousands of `div`s become one Swift string and one
    /// cheap lookup.
    struct NameCache {
        struct Element {
            var name: String
            var isInvisible: Bool
            var kind: HTMLNode.Kind
        }
        private var elements = PackedNameTable<Element>()
        /// Class and id strings, shared between the elements that repeat them.
        var classes = ClassNameInterner()

        mutating func element(_ pointer: UnsafePointer<xmlChar>) -> Element {
            guard let key = PackedName(pointer) else { return Self.element(named: String(cString: pointer)) }
            if let known = elements[key] { return known }
            let element = Self.element(named: String(cString: pointer))
            elements.insert(element, for: key)
            return element
        }

        private static func element(named name: String) -> Element {
            Element(name: name, isInvisible: HTMLElementKind.invisible.contains(name), kind: HTMLNode.Kind(tag: name))
        }
    }
}

extension HTMLDocument {
    /// All text below node `index`, unnormalised.
    func text(of index: Int) -> String {
        let node = nodes[index]
        if node.isText { return String(decoding: textBytes[node.textStart..<node.textStart + node.textCount], as: UTF8.self) }
        var text = ""
        for child in children(of: index) {
            text += self.text(of: child)
            if !nodes[child].kind.isDisjoint(with: [.block, .lineBreak]) { text += " " }
        }
        return text
    }
}
