import CLibXML2

/// libxml2's HTML parser alone, with the options the cleaner uses, on the whole page as saved:
/// the yardstick for the cleaner's speed (`lede bench --filter clean-html.vs-libxml2`).
public enum HTMLParseBaseline {
    /// Parses `html` into a libxml2 tree and frees it; returns whether a root element came out.
    public static func parse(_ html: String) -> Bool {
        HTMLDocument.initialiseLibXML2()
        var html = html
        return html.withUTF8 { bytes -> Bool in
            guard bytes.count > 0, bytes.count < Int(Int32.max),
                  let base = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                  let doc = htmlReadMemory(base, Int32(bytes.count), nil, "UTF-8", HTMLDocument.parseOptions)
            else { return false }
            defer { xmlFreeDoc(doc) }
            return xmlDocGetRootElement(doc) != nil
        }
    }
}
