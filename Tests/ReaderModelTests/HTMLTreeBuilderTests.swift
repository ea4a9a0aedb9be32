import CLibXML2
import Foundation
import Testing
@testable import ReaderModel

/// `HTMLTreeBuilder` builds from SAX events what a walk of libxml2's own tree gave (the cleaner's
/// reader before it): same nodes, text, attributes, title, `<meta>` and JSON-LD. The reference walk
/// below is that earlier reader, kept here as the yardstick.
@Suite struct HTMLTreeBuilderTests {
    /// Tag soup where SAX2's tree decides something: comments between text, processing
    /// instructions, content after `</html>`, a late DOCTYPE, prefixed tags, unclosed start tags,
    /// titles and metadata in odd places, whitespace the parser keeps or drops.
    static let cases: [String] = [
        "<html><body><p>one <!-- note --> two</p><p> <!-- a -->  <b>three</b> </p></body></html>",
        "<html><body><div>alpha<?pi stuff?> beta</div><div> <?x?> <i>gamma</i></div></body></html>",
        "<html><body><p>inside</p></body></html><p>after the end</p>",
        "<!DOCTYPE html><html><body><p>inside</p></body></html><div class=\"late\">after the end</div>",
        "<!-- first --><html><body><p>inside</p></body></html><span>tail</span>",
        "<html><body><p>before</p><!DOCTYPE html><p>after</p></body></html>",
        "<html><body><fb:like class=\"share\">like it</fb:like><a:b:c>deep</a:b:c><x:>odd</x:></body></html>",
        "<html><head><title>Head &amp; <b>title</b></title></head><body><title>Body title</title><p>text</p></body></html>",
        "<html><head><meta property=\"og:title\" content=\"Stated\"><noscript><meta name=\"no\" content=\"x\"></noscript></head>"
            + "<body><meta name=\"author\" content=\"Pat Writer\"><p>text</p></body></html>",
        "<html><head><script type=\"application/ld+json\">{\"headline\": \"A\"}</script></head><body>"
            + "<script type=\"APPLICATION/LD+JSON\"><![CDATA[{\"b\": 1}]]></script><p>text</p></body></html>",
        "<html><body><div class=\"a\"><p>open start tag</p><div class=\"b\"",
        "<html><body><p>a<table><tr><td>b</table>c</p><ul><li>one<li>two</ul></body></html>",
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body>  <div> x </div>  <p> y </p>  </body></html>",
        "<html><body><p><b > x </b> <i>y</i> </p><span> </span><em></em> z</body></html>",
        "loose text before any tag <p>and a paragraph</p>",
        "<html><body><div hidden class>valueless</div><div aria-hidden=\"true\" id=\"h\">aria</div>"
            + "<div style=\"DISPLAY: none\">styled</div><span class=\"a\" id=\"b\" class=\"c\">dup</span></body></html>",
        "<html><body><svg><title>drawing</title><text>svg text</text></svg><p>after svg</p></body></html>",
        "<html><body><p>entities &lt; &gt; &amp; &nbsp; &#8212; &unknown; & done</p></body></html>",
        "<html><body><select><option>one</option></select><textarea>typed</textarea><p>kept</p></body></html>",
        "<html><head></head><body><p>first body</p><body class=\"second\"><p>second body</p></body></html>",
        "<html><body><p>broken <a href=\"x\">link <p>next</a> para</p></body></html>",
    ]

    @Test(arguments: cases)
    func buildsWhatTheTreeWalkGave(html: String) {
        expectSame(Array(html.utf8), label: String(html.prefix(60)))
    }

    @Test func deepNestingIsFlattenedAlike() {
        let depth = HTMLDocument.maxDepth + 40
        var html = "<html><body>"
        for level in 0..<depth {
            html += "<div class=\"d\(level % 3)\">t\(level)"
            if level == HTMLDocument.maxDepth + 5 { html += "<script>skip()</script><span>near the bottom</span>" }
        }
        html += String(repeating: "</div>", count: depth) + "<p>after</p></body></html>"
        expectSame(Array(html.utf8), label: "deep")
        let walked = Array(html.utf8).withUnsafeBufferPointer { TreeWalk.read($0) }
        #expect(walked?.limits.isEmpty == false)
        #expect(HTMLDocument.parse(html).limits == walked?.limits)
    }

    /// Saved pages from the dev sets, where present (they are not in the repository).
    @Test func buildsWhatTheTreeWalkGaveOnSavedPages() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/devsets")
        guard FileManager.default.fileExists(atPath: root.path) else { return }
        for set in ["readability", "dragnet-dev", "cleanportal", "cleaneval-dev"] {
            let folder = root.appendingPathComponent(set).appendingPathComponent("html")
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().prefix(12)
            for file in files {
                let article = try ArticleLoader().load(path: folder.appendingPathComponent(file).path)
                var text = article.text
                let bytes = text.withUTF8 { original -> [UInt8] in
                    let stripped = RawTextStripper.strip(original) ?? Array(original)
                    return stripped.withUnsafeBufferPointer { AttributeLimiter.limit($0) } ?? stripped
                }
                expectSame(bytes, label: "\(set)/\(file)")
            }
        }
    }

    private func expectSame(_ bytes: [UInt8], label: String) {
        let built = bytes.withUnsafeBufferPointer { HTMLTreeBuilder.build($0, options: HTMLDocument.parseOptions, expectedNodes: 16) }
        let walked = bytes.withUnsafeBufferPointer { TreeWalk.read($0) }
        #expect((built == nil) == (walked == nil), "\(label)")
        guard let built, let walked else { return }
        #expect(built.nodes.count == walked.nodes.count, "\(label)")
        for i in 0..<min(built.nodes.count, walked.nodes.count) {
            let a = built.nodes[i], b = walked.nodes[i]
            let same = a.tag == b.tag && a.parent == b.parent && a.firstChild == b.firstChild && a.nextSibling == b.nextSibling
                && a.classAndID == b.classAndID && a.attributes == b.attributes && a.kind == b.kind
                && (!a.isText || built.text(of: i) == walked.text(of: i))
            #expect(same, "\(label): node \(i) <\(a.tag)> \(a.isText ? built.text(of: i) : "") vs <\(b.tag)> \(b.isText ? walked.text(of: i) : "")")
            if !same { break }
        }
        #expect(built.title == walked.title, "\(label)")
        #expect(built.meta.map { "\($0.key)=\($0.value)" } == walked.meta.map { "\($0.key)=\($0.value)" }, "\(label)")
        #expect(built.jsonLD == walked.jsonLD, "\(label)")
    }
}

/// The earlier reader: `htmlReadMemory`, then a walk of libxml2's tree.
private enum TreeWalk {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> HTMLDocument? {
        guard let base = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
              let doc = htmlReadMemory(base, Int32(bytes.count), nil, "UTF-8", HTMLDocument.parseOptions)
        else { return nil }
        defer { xmlFreeDoc(doc) }
        var document = HTMLDocument()
        var places = 0
        if let root = xmlDocGetRootElement(doc) { copy(root, parent: -1, depth: 0, into: &document, places: &places) }
        if places > 0 { document.limits.append(.flattened(depth: HTMLDocument.maxDepth, places: places)) }
        return document
    }

    private static func copy(_ node: xmlNodePtr, parent: Int, depth: Int, into document: inout HTMLDocument, places: inout Int) {
        let name = String(cString: node.pointee.name)
        if HTMLElementKind.invisible.contains(name) { return collectHead(node, name: name, into: &document) }
        var element = HTMLNode(tag: name, parent: parent)
        element.kind = HTMLNode.Kind(tag: name)
        var classAndID = ""
        var hidden = false, ariaHidden: String?, style: String?
        var attr = node.pointee.properties
        while let a = attr {
            let key = String(cString: a.pointee.name)
            let value = attributeValue(a)
            if key == "class" || key == "id" {
                // As read: a space before a value only when something came before it.
                if !classAndID.isEmpty { classAndID += " " }
                classAndID += value
            } else if HTMLElementKind.keptAttributes.contains(key) {
                if key == "hidden" { hidden = true }
                if key == "aria-hidden" { ariaHidden = value }
                if key == "style" { style = value }
                element.attributes[key] = value
            }
            attr = a.pointee.next
        }
        element.classAndID = classAndID
        if hidden || ariaHidden == "true" || style.map(HTMLDocument.hidesElement) == true { element.kind.insert(.hidden) }
        let index = document.appendNode(element)
        if name == "title" { document.title = textContent(node) }
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                if depth < HTMLDocument.maxDepth {
                    // A player is not copied; the element holding it is marked.
                    if HTMLElementKind.players.contains(String(cString: c.pointee.name)) {
                        document.nodes[index].kind.insert(.holdsPlayer)
                    }
                    copy(c, parent: index, depth: depth + 1, into: &document, places: &places)
                } else {
                    places += 1
                    appendFlatText(c, parent: index, into: &document)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { appendText(content, parent: index, into: &document) }
            default:
                break
            }
            child = c.pointee.next
        }
    }

    private static func appendFlatText(_ node: xmlNodePtr, parent: Int, into document: inout HTMLDocument) {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            guard !HTMLElementKind.invisible.contains(String(cString: node.pointee.name)) else { return }
            var child = node.pointee.children
            while let c = child {
                appendFlatText(c, parent: parent, into: &document)
                child = c.pointee.next
            }
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { appendText(content, parent: parent, into: &document) }
        default:
            break
        }
    }

    private static func appendText(_ content: UnsafePointer<xmlChar>, parent: Int, into document: inout HTMLDocument) {
        _ = document.appendText(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))), parent: parent)
    }

    private static func collectHead(_ node: xmlNodePtr, name: String, into document: inout HTMLDocument) {
        switch name {
        case "head":
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { collectHead(c, name: String(cString: c.pointee.name).lowercased(), into: &document) }
                child = c.pointee.next
            }
        case "meta":
            let key = attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop")
            if let key, let value = attribute(node, "content") { document.meta.append((key.lowercased(), value)) }
        case "script":
            if let type = attribute(node, "type"), type.lowercased().contains("ld+json") { document.jsonLD.append(textContent(node)) }
        case "title":
            if document.title == nil { document.title = textContent(node) }
        default:
            break
        }
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if String(cString: a.pointee.name).lowercased() == name { return attributeValue(a) }
            attr = a.pointee.next
        }
        return nil
    }

    private static func attributeValue(_ a: xmlAttrPtr) -> String {
        var value = ""
        var child = a.pointee.children
        while let c = child {
            if let content = c.pointee.content { value += String(cString: content) }
            child = c.pointee.next
        }
        return value
    }

    private static func textContent(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                text += textContent(c)
            } else if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                text += String(cString: content)
            }
            child = c.pointee.next
        }
        return text
    }
}

/// Cutting the attributes nobody reads before libxml2 parses the page changes nothing the cleaner
/// reads: the document equals the one parsed from the page with all its attributes.
@Suite struct UnreadAttributeCutTests {
    static let cases: [String] = [
        "<html><head><title>A <b data-x=\"1\">bold</b> title</title></head><body><p class=\"a\" data-y=\"2\">text</p></body></html>",
        "<html><body><textarea data-t=\"1\">a <i data-u=\"2\">b</i></textarea><p>after</p></body></html>",
        "<html><body><p>a <!x <a href=\"1>2\" class=\"k\">link</a> b</p><p>3 < 4 <span data-z=\"q\" id=\"s\">x</span></p></body></html>",
        "<html><body><?pi <a href=\"p>q\">?> <a href=\"y\" rel=\"author\" HREF=\"z\" CLASS=\"C\">n</a></body></html>",
        "<html><body></p href=\"a>b\"><div x\"y=\">\" class=\"a\" data-q=\"r\">one</div><div @click=\"f\" class=\"b\">two</div></body></html>",
        "<html><body><div\u{0C}data-a=\"1\" class=\"c\">ff</div><div data-b=1 class=c style=display:none>unquoted</div></body></html>",
        "<html><head><script type=\"application/ld+json\" data-s=\"1\">{\"a\": \"<b data-x='1'>\"}</script></head>"
            + "<body><style media=\"x\">p { color: red }</style><p data-p=\"1\" itemprop=\"articleBody\">body</p></body></html>",
        "<html><body><img src=\"a.jpg\" alt=\"it's\" class=\"pic\"><a href=x title='t\"q' class=\"l\">l</a><br/><hr data-x/></body></html>",
    ]

    @Test(arguments: cases)
    func sameDocumentAsWithEveryAttribute(html: String) {
        let bytes = Array(html.utf8)
        let whole = bytes.withUnsafeBufferPointer { HTMLTreeBuilder.build($0, options: HTMLDocument.parseOptions, expectedNodes: 16) }
        let cut = bytes.withUnsafeBufferPointer { AttributeLimiter.cut($0, droppingUnread: true) }
        let kept = (cut.bytes ?? bytes).withUnsafeBufferPointer { HTMLTreeBuilder.build($0, options: HTMLDocument.parseOptions, expectedNodes: 16) }
        #expect(!cut.limited)
        guard let whole, let kept else { Issue.record("no document"); return }
        #expect(whole.nodes.count == kept.nodes.count)
        for i in 0..<min(whole.nodes.count, kept.nodes.count) {
            let a = whole.nodes[i], b = kept.nodes[i]
            #expect(a.tag == b.tag && a.parent == b.parent && a.classAndID == b.classAndID && a.attributes == b.attributes
                    && a.kind == b.kind && (!a.isText || whole.text(of: i) == kept.text(of: i)), "node \(i) <\(a.tag)>")
        }
        #expect(whole.title == kept.title)
        #expect(whole.meta.map { "\($0.key)=\($0.value)" } == kept.meta.map { "\($0.key)=\($0.value)" })
        #expect(whole.jsonLD == kept.jsonLD)
    }
}
