import CLibXML2
import Glibc

/// libxml2's `htmlReadMemory`, step for step (libxml2 2.9's own code: a memory parser context, the
/// HTML SAX handlers, `htmlDoRead`), with one difference: the tree builder is handed only the
/// attributes the copier reads (`KeptAttributeName`). libxml2 builds a node, a text child and an ID
/// entry for every attribute, then frees them all; `href`, `src`, `data-*` and the like are most
/// of a page's attributes and nothing ever read them. The tree's elements and text are the same:
/// the parser decides its structure before the builder sees a start tag's attributes.
enum LeanHTMLRead {
    /// The document, or nil where `htmlReadMemory` would give nil. The caller frees it (`xmlFreeDoc`).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, options: Int32) -> xmlDocPtr? {
        guard bytes.count > 0, bytes.count < Int(Int32.max),
              let base = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
              let ctxt = xmlCreateMemoryParserCtxt(base, Int32(bytes.count))
        else { return nil }
        htmlDefaultSAXHandlerInit()
        if let sax = ctxt.pointee.sax {
            UnsafeMutableRawPointer(sax).copyMemory(from: __htmlDefaultSAXHandler(), byteCount: MemoryLayout<xmlSAXHandlerV1>.size)
            sax.pointee.startElement = startElementKeepingReadAttributes
        }
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
        xmlFreeParserCtxt(ctxt)
        return doc
    }

    /// Hands `xmlSAX2StartElement` the start tag with only the attributes the copier keeps, in their order.
    private static let startElementKeepingReadAttributes: startElementSAXFunc = { ctx, name, atts in
        guard let atts, atts[0] != nil else { return xmlSAX2StartElement(ctx, name, atts) }
        // atts is name, value, name, value, ..., nil.
        var pairs = 0
        while atts[2 * pairs] != nil { pairs += 1 }
        withUnsafeTemporaryAllocation(of: UnsafePointer<xmlChar>?.self, capacity: 2 * pairs + 2) { kept in
            var k = 0
            for i in 0..<pairs where KeptAttributeName.match(atts[2 * i]!) != nil {
                kept[k] = atts[2 * i]
                kept[k + 1] = atts[2 * i + 1]
                k += 2
            }
            kept[k] = nil
            kept[k + 1] = nil
            xmlSAX2StartElement(ctx, name, kept.baseAddress)
        }
    }
}
