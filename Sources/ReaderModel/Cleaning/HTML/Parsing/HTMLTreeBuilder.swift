import CLibXML2
import Glibc

/// Builds an `HTMLDocument` straight from the SAX events of libxml2's HTML parser, without
/// libxml2's own tree: no node, text copy or attribute is allocated in C only to be copied once
/// into Swift and freed. The result is the one `htmlReadMemory` and a walk of its tree would give,
/// because the builder places every node as libxml2's tree builder (SAX2) does:
/// - the parser itself asks the tree one question, whether a run of whitespace is droppable
///   (`areBlanks`: what the open element's last child is); each open element is a stand-in
///   `xmlNode` on the parser's node stack whose `last` says just that;
/// - consecutive text (or CDATA) events under one element make one text node;
/// - an element started when nothing is open goes where SAX2 puts it: the root, a child of the
///   root, or a sibling of the root that nobody reads;
/// - the parser sometimes drops an element from its stack without an end event; the builder
///   follows the stack, not the events.
/// What the old walk took from the tree (visible elements and their text, the head's `<meta>`,
/// JSON-LD and `<title>`, subtrees below `maxDepth` read as flat text) is taken from the events.
/// A struct behind a pointer (the context's `_private`), not a class: a class's stored properties
/// pay a runtime exclusivity check on every mutation, and the callbacks mutate on every event.
struct HTMLTreeBuilder {
    private var document = HTMLDocument()
    private var names = HTMLDocument.NameCache()

    /// What an open element is to the builder.
    private enum Mode {
        /// Copied as a node (`index`) at `depth`.
        case copied(index: Int, depth: Int)
        /// Below `maxDepth`: its text goes to `target` as flat text.
        case flat(target: Int)
        /// Not copied (invisible, or outside the root).
        case skip
        /// A `<head>` (invisible): its `<meta>`, JSON-LD and `<title>` children are read.
        case head
    }

    /// What an element's last child is, as far as text merging cares.
    private enum LastChild { case other, text, cdata }

    private struct Frame {
        var mode: Mode
        /// Text captures (`<title>`, JSON-LD) this element opened: they end with it.
        var captures: Int
        var last: LastChild = .other
        /// The copied text node of that last child (-1 when it is not copied).
        var lastTextNode = -1
    }

    private let ctxt: htmlParserCtxtPtr
    private var frames: [Frame] = []
    /// The stand-in xmlNode of the open element at each level, and one for its last child.
    private var standIns: [UnsafeMutablePointer<xmlNode>] = []
    private var lastChildStandIns: [UnsafeMutablePointer<xmlNode>] = []
    /// Local names of prefixed elements ("fb:like" → "like"), kept alive for the stand-ins.
    private var localNames: [UnsafeMutablePointer<xmlChar>] = []

    /// What the document node's first child is (SAX2 attaches elements started at the top by it).
    private enum DocumentChild { case none, element, other }
    private var documentFirstChild = DocumentChild.none
    private var hasRoot = false
    /// The root's mode, for elements SAX2 appends to the root after it closed.
    private var rootMode = Mode.skip

    /// Text being collected for `<title>` and JSON-LD: every text event inside them, in order.
    private var captures: [[UInt8]] = []
    private var openCaptures: [Int] = []
    /// `<title>` texts in the order the old walk met them; `conditional` only fills an empty title.
    private var titleCaptures: [(capture: Int, conditional: Bool)] = []
    private var jsonLDCaptures: [Int] = []

    private init(ctxt: htmlParserCtxtPtr) { self.ctxt = ctxt }

    /// Parses `bytes` as `htmlReadMemory(bytes, nil, "UTF-8", options)` would (libxml2 2.9's
    /// own steps: a memory parser context, the HTML SAX handlers, `htmlDoRead`), our handlers in
    /// place of the tree builder's. nil where that gives no document.
    static func build(_ bytes: UnsafeBufferPointer<UInt8>, options: Int32, expectedNodes: Int) -> HTMLDocument? {
        guard bytes.count > 0, bytes.count < Int(Int32.max),
              let base = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
              let ctxt = xmlCreateMemoryParserCtxt(base, Int32(bytes.count))
        else { return nil }
        let builder = UnsafeMutablePointer<HTMLTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: HTMLTreeBuilder(ctxt: ctxt))
        defer { builder.deinitialize(count: 1); builder.deallocate() }
        builder.pointee.document.nodes.reserveCapacity(expectedNodes)
        builder.pointee.document.reserveLinks(expectedNodes)
        builder.pointee.document.textBytes.reserveCapacity(bytes.count / 2)
        htmlDefaultSAXHandlerInit()
        if let sax = ctxt.pointee.sax {
            UnsafeMutableRawPointer(sax).copyMemory(from: __htmlDefaultSAXHandler(), byteCount: MemoryLayout<xmlSAXHandlerV1>.size)
            // startDocument, internalSubset (the DOCTYPE, which areBlanks reads) and the rest stay libxml2's.
            sax.pointee.startElement = { ctx, name, atts in HTMLTreeBuilder.from(ctx)?.pointee.startElement(name, atts) }
            sax.pointee.endElement = { ctx, _ in HTMLTreeBuilder.from(ctx)?.pointee.endElement() }
            sax.pointee.characters = { ctx, ch, len in HTMLTreeBuilder.from(ctx)?.pointee.text(ch, Int(len), .text) }
            sax.pointee.cdataBlock = { ctx, ch, len in HTMLTreeBuilder.from(ctx)?.pointee.text(ch, Int(len), .cdata) }
            sax.pointee.comment = { ctx, _ in HTMLTreeBuilder.from(ctx)?.pointee.otherChild(piTarget: nil) }
            sax.pointee.processingInstruction = { ctx, target, _ in HTMLTreeBuilder.from(ctx)?.pointee.otherChild(piTarget: target) }
        }
        ctxt.pointee._private = UnsafeMutableRawPointer(builder)
        // htmlDoRead from here on.
        htmlCtxtUseOptions(ctxt, options)
        ctxt.pointee.html = 1
        if let handler = xmlFindCharEncodingHandler("UTF-8") {
            xmlSwitchToEncoding(ctxt, handler)
            if let input = ctxt.pointee.input {
                if let old = input.pointee.encoding { free(UnsafeMutableRawPointer(mutating: old)) }
                input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
            }
        }
        htmlParseDocument(ctxt)
        let doc = ctxt.pointee.myDoc
        ctxt.pointee.myDoc = nil
        if ctxt.pointee.dictNames != 0, let doc, doc.pointee.dict == ctxt.pointee.dict { ctxt.pointee.dict = nil }
        while !builder.pointee.frames.isEmpty { builder.pointee.close(builder.pointee.frames.removeLast()) }
        xmlFreeParserCtxt(ctxt)
        builder.pointee.freeStandIns()
        guard let doc else { return nil }
        xmlFreeDoc(doc)  // holds at most the DOCTYPE
        return builder.pointee.finished()
    }

    fileprivate static func from(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTreeBuilder>? {
        guard let ctx, let raw = ctx.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return raw.assumingMemoryBound(to: HTMLTreeBuilder.self)
    }

    private mutating func finished() -> HTMLDocument {
        for (capture, conditional) in titleCaptures where !conditional || document.title == nil {
            document.title = String(decoding: captures[capture], as: UTF8.self)
        }
        document.jsonLD = jsonLDCaptures.map { String(decoding: captures[$0], as: UTF8.self) }
        return document
    }

    // MARK: - The parser's node stack

    /// Closes the frames the parser dropped from its stack without an end event.
    @inline(__always) private mutating func sync() {
        let depth = Int(ctxt.pointee.nodeNr)
        while frames.count > depth { close(frames.removeLast()) }
    }

    private mutating func close(_ frame: Frame) {
        if frame.captures > 0 { openCaptures.removeLast(frame.captures) }
    }

    private mutating func push(_ frame: Frame, name: UnsafePointer<xmlChar>) {
        let level = frames.count
        if level == standIns.count {
            standIns.append(calloc(1, MemoryLayout<xmlNode>.size)!.assumingMemoryBound(to: xmlNode.self))
            lastChildStandIns.append(calloc(1, MemoryLayout<xmlNode>.size)!.assumingMemoryBound(to: xmlNode.self))
        }
        let node = standIns[level]
        node.pointee.type = XML_ELEMENT_NODE
        node.pointee.name = name
        node.pointee.last = nil
        node.pointee.content = nil
        frames.append(frame)
        _ = nodePush(ctxt, node)
    }

    /// Records the open element's new last child for areBlanks (comments are skipped there, so they leave it).
    private mutating func setLastChild(type: xmlElementType, name: UnsafePointer<xmlChar>?) {
        let level = frames.count - 1
        let child = lastChildStandIns[level]
        child.pointee.type = type
        child.pointee.name = name
        standIns[level].pointee.last = child
    }

    private mutating func freeStandIns() {
        for node in standIns { free(node) }
        for node in lastChildStandIns { free(node) }
        for name in localNames { free(name) }
    }

    // MARK: - Events

    private mutating func startElement(_ fullName: UnsafePointer<xmlChar>?, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let fullName, ctxt.pointee.myDoc != nil else { return }
        sync()
        let capturesBefore = openCaptures.count
        let name = localName(fullName)
        let mode: Mode
        if !frames.isEmpty {
            frames[frames.count - 1].last = .other
            frames[frames.count - 1].lastTextNode = -1
            setLastChild(type: XML_ELEMENT_NODE, name: name)
            mode = childMode(of: frames[frames.count - 1].mode, name: name, atts: atts)
        } else {
            // SAX2: the document's first child takes it as a child when it is an element (the
            // root); otherwise it goes beside it, and the first element there is the root.
            let first: DocumentChild = ctxt.pointee.myDoc.pointee.children != nil ? .other : documentFirstChild
            if first == .none { documentFirstChild = .element }
            if first == .element {
                mode = childMode(of: rootMode, name: name, atts: atts)
            } else if !hasRoot {
                hasRoot = true
                mode = enter(name: name, atts: atts, parent: -1, depth: 0)
                rootMode = mode
            } else {
                mode = .skip
            }
        }
        push(Frame(mode: mode, captures: openCaptures.count - capturesBefore), name: name)
    }

    private mutating func endElement() {
        sync()
        guard !frames.isEmpty else { return }
        close(frames.removeLast())
        _ = nodePop(ctxt)
    }

    private mutating func text(_ bytes: UnsafePointer<xmlChar>?, _ count: Int, _ kind: LastChild) {
        sync()
        guard let bytes, !frames.isEmpty else { return }
        let buffer = UnsafeBufferPointer(start: bytes, count: count)
        for capture in openCaptures { captures[capture].append(contentsOf: buffer) }
        let level = frames.count - 1
        if frames[level].last == kind {
            // SAX2 adds the text to the last child; the copied node grows with it.
            let node = frames[level].lastTextNode
            if node >= 0 {
                document.textBytes.append(contentsOf: buffer)
                document.nodes[node].textCount += count
            }
            return
        }
        frames[level].last = kind
        setLastChild(type: kind == .text ? XML_TEXT_NODE : XML_CDATA_SECTION_NODE, name: nil)
        switch frames[level].mode {
        case .copied(let index, _): frames[level].lastTextNode = document.appendText(buffer, parent: index)
        case .flat(let target): frames[level].lastTextNode = document.appendText(buffer, parent: target)
        case .skip, .head: frames[level].lastTextNode = -1
        }
    }

    /// A comment (`piTarget` nil) or processing instruction: no text, but it ends text merging.
    private mutating func otherChild(piTarget: UnsafePointer<xmlChar>?) {
        sync()
        guard !frames.isEmpty else {
            if documentFirstChild == .none { documentFirstChild = .other }
            return
        }
        frames[frames.count - 1].last = .other
        frames[frames.count - 1].lastTextNode = -1
        if let piTarget { setLastChild(type: XML_PI_NODE, name: piTarget) }
    }

    // MARK: - What each element becomes

    private mutating func childMode(of parent: Mode, name: UnsafePointer<xmlChar>, atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Mode {
        switch parent {
        case .copied(let index, let depth):
            if depth < HTMLDocument.maxDepth { return enter(name: name, atts: atts, parent: index, depth: depth + 1) }
            document.countFlattenedPlace()
            return names.element(name).isInvisible ? .skip : .flat(target: index)
        case .flat(let target):
            return names.element(name).isInvisible ? .skip : .flat(target: target)
        case .skip:
            return .skip
        case .head:
            return collectHead(name: names.element(name).name, atts: atts)
        }
    }

    /// An element the old walk copied (or, when invisible, read for the head's metadata).
    private mutating func enter(name: UnsafePointer<xmlChar>, atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, parent: Int, depth: Int) -> Mode {
        let tag = names.element(name)
        if tag.isInvisible {
            // The player is not copied; its parent remembers it held one (a video's caption is no paragraph).
            if tag.kind.contains(.player), parent >= 0 { document.nodes[parent].kind.insert(.holdsPlayer) }
            return collectHead(name: tag.name, atts: atts)
        }
        var element = HTMLNode(tag: tag.name, parent: parent)
        element.kind = tag.kind
        names.classes.begin()
        // The three attributes that hide an element (the last value of each).
        var hiddenSet = false
        var ariaHidden: String?
        var style: String?
        if let atts {
            var i = 0
            while let attribute = atts[i] {
                let value = atts[i + 1]
                i += 2
                guard let key = KeptAttributeName.match(attribute) else { continue }
                if key == "class" || key == "id" {
                    names.classes.add(value)
                    continue
                }
                let text = value.map { String(cString: $0) } ?? ""
                switch key {
                case "hidden": hiddenSet = true
                case "aria-hidden": ariaHidden = text
                case "style": style = text
                default: break
                }
                element.attributes[key] = text
            }
        }
        element.classAndID = names.classes.string()
        // Hidden like readability's isProbablyVisible; the segmenter decides what to do with it.
        if hiddenSet || ariaHidden == "true" || style.map(HTMLDocument.hidesElement) == true
            || EditSectionLink.names(tag: tag.name, element.classAndID) {
            element.kind.insert(.hidden)
        }
        let index = document.appendNode(element)
        if tag.name == "title" { openTitle(conditional: false) }
        return .copied(index: index, depth: depth)
    }

    /// What the old walk kept of an invisible element and the head's children.
    private mutating func collectHead(name: String, atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Mode {
        switch name {
        case "head":
            return .head
        case "meta":
            let key = Self.attribute(atts, "property") ?? Self.attribute(atts, "name") ?? Self.attribute(atts, "itemprop")
            if let key, let value = Self.attribute(atts, "content") { document.meta.append((key.lowercased(), value)) }
        case "script":
            if let type = Self.attribute(atts, "type"), type.lowercased().contains("ld+json") {
                jsonLDCaptures.append(openCapture())
            }
        case "title":
            openTitle(conditional: true)
        default:
            break
        }
        return .skip
    }

    private mutating func openTitle(conditional: Bool) {
        titleCaptures.append((openCapture(), conditional))
    }

    private mutating func openCapture() -> Int {
        captures.append([])
        openCaptures.append(captures.count - 1)
        return captures.count - 1
    }

    /// The first attribute named `name` (any case), its value "" when it has none.
    private static func attribute(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ name: String) -> String? {
        guard let atts else { return nil }
        var i = 0
        while let attribute = atts[i] {
            if String(cString: attribute).lowercased() == name { return atts[i + 1].map { String(cString: $0) } ?? "" }
            i += 2
        }
        return nil
    }

    /// The element's name as SAX2's `xmlSplitQName` leaves it: after the prefix of "prefix:name".
    private mutating func localName(_ fullName: UnsafePointer<xmlChar>) -> UnsafePointer<xmlChar> {
        guard strchr(UnsafeRawPointer(fullName).assumingMemoryBound(to: CChar.self), 0x3A) != nil else { return fullName }
        var prefix: UnsafeMutablePointer<xmlChar>?
        guard let local = xmlSplitQName(ctxt, fullName, &prefix) else { return fullName }
        if let prefix { free(prefix) }
        localNames.append(local)
        return UnsafePointer(local)
    }
}
