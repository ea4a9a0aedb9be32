import Foundation
import CLibXML2

/// An XML element copied out of libxml2's tree into Swift values (the C tree is freed at once).
struct XMLElement: Sendable, Hashable {
    /// A child: an element or a run of text (CDATA included).
    enum Child: Sendable, Hashable {
        case element(XMLElement)
        case text(String)
    }

    var name: String
    var namespace: String?
    /// Attributes by local name (the few feeds need never clash across namespaces).
    var attributes: [String: String]
    var children: [Child]

    var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    func first(_ name: String, namespace: String? = nil) -> XMLElement? {
        elements.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    func all(_ name: String, namespace: String? = nil) -> [XMLElement] {
        elements.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// All text inside, trimmed; nil when empty.
    var text: String? {
        var result = ""
        appendText(to: &result)
        let trimmed = result.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }

    /// The children written back as markup (Atom's `type="xhtml"` content), attributes other than
    /// links and image sources dropped.
    var innerMarkup: String {
        var result = ""
        for child in children {
            switch child {
            case .text(let text): result += XMLTree.escape(text)
            case .element(let element):
                var open = "<" + element.name
                for key in ["href", "src", "alt"] { if let value = element.attributes[key] { open += " \(key)=\"\(XMLTree.escape(value))\"" } }
                result += open + ">" + element.innerMarkup + "</\(element.name)>"
            }
        }
        return result
    }
}

/// Parses XML safely with libxml2: no entity substitution (XML_PARSE_NOENT off), no network
/// (XML_PARSE_NONET), no DTD loading, and documents declaring entities refused outright.
enum XMLTree {
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue)

    /// The root element. `encoding` (the HTTP header's charset) overrides the document's own declaration.
    static func parse(_ bytes: [UInt8], encoding: String? = nil) throws(FeedParseError) -> XMLElement {
        HTMLDocument.initialiseLibXML2()
        if declaresEntities(bytes) { throw .declaresEntities }
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { throw .malformed("empty document") }
        guard let context = xmlNewParserCtxt() else { throw .malformed("out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, encoding, parseOptions)
            }
        }
        guard let document else {
            let message = xmlCtxtGetLastError(context).flatMap { $0.pointee.message.map { String(cString: $0) } }
            throw .malformed((message ?? "not well-formed").trimmingCharacters(in: .whitespacesAndNewlines))
        }
        defer { xmlFreeDoc(document) }
        if let subset = document.pointee.intSubset, hasEntityDeclaration(subset) { throw .declaresEntities }
        guard let root = xmlDocGetRootElement(document) else { throw .malformed("no root element") }
        return copy(root)
    }

    /// A byte scan of the prolog before any parse: `<!ENTITY` inside a `<!DOCTYPE ... [ ]>`.
    static func declaresEntities(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(1 << 20)
        guard let doctype = find(Array("<!DOCTYPE".utf8), in: head, from: head.startIndex) else { return false }
        return find(Array("<!ENTITY".utf8), in: head, from: doctype) != nil
    }

    private static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = start
        let last = bytes.endIndex - needle.count
        while index <= last {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func hasEntityDeclaration(_ dtd: xmlDtdPtr) -> Bool {
        if dtd.pointee.entities != nil || dtd.pointee.pentities != nil { return true }
        var node = dtd.pointee.children
        while let current = node {
            if current.pointee.type == XML_ENTITY_DECL { return true }
            node = current.pointee.next
        }
        return false
    }

    private static func copy(_ node: xmlNodePtr) -> XMLElement {
        var element = XMLElement(name: string(node.pointee.name) ?? "", namespace: node.pointee.ns.flatMap { string($0.pointee.href) },
                                 attributes: [:], children: [])
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = string(current.pointee.name) {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if text.pointee.type == XML_TEXT_NODE, let content = string(text.pointee.content) { value += content }
                    child = text.pointee.next
                }
                element.attributes[name] = value
            }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: element.children.append(.element(copy(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let text = string(current.pointee.content) { element.children.append(.text(text)) }
            default: break  // entity references (never expanded), comments, processing instructions
            }
            child = current.pointee.next
        }
        return element
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
