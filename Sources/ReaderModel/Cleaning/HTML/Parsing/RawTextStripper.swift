import Glibc

/// Cuts script, style, svg, noscript and template bodies, comments and the markers of
/// downlevel-revealed conditional comments out of raw HTML before
/// libxml2 parses it: they are most of a modern page's bytes, the cleaner never reads them, and
/// libxml2's HTML parser walks them character by character. JSON-LD scripts are kept.
enum RawTextStripper {
    private static let conditionalIf = Array("if".utf8)
    private static let conditionalEndif = Array("endif".utf8)
    private static let elements: [[UInt8]] = ["script", "style", "svg", "noscript", "template"].map { Array($0.utf8) }

    /// The page without those elements; nil when there was nothing to cut.
    static func strip(_ html: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = html.baseAddress else { return nil }
        let n = html.count
        var out: [UInt8] = []
        var copied = 0  // bytes of `html` before this index are already in `out` or dropped
        var i = 0
        while i < n {
            guard let found = memchr(base + i, 0x3C, n - i) else { break }  // '<'
            let p = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var end: Int? = nil
            if p + 3 < n, html[p + 1] == 0x21, html[p + 2] == 0x2D, html[p + 3] == 0x2D {  // "<!--"
                end = find(html, "-->", from: p + 4).map { $0 + 3 } ?? n
            } else if p + 3 < n, html[p + 1] == 0x21, html[p + 2] == 0x5B,  // "<![": a conditional comment's marker
                      matches(html, conditionalIf, at: p + 3) || matches(html, conditionalEndif, at: p + 3) {
                // Word's downlevel-revealed `<![if !supportLists]>§ <![endif]>`: browsers show what is
                // between the markers and not the markers, which libxml2 would keep as text.
                end = find(html, ">", from: p + 3).map { $0 + 1 } ?? n
            } else if let name = elementName(html, at: p + 1) {
                let openEnd = find(html, ">", from: p) ?? n
                let isJSON = name == 0 && contains(html, "ld+json", in: p..<openEnd)
                let close = closingTag(html, name: elements[name], from: openEnd)
                let after = close.flatMap { find(html, ">", from: $0) }.map { $0 + 1 } ?? n
                if isJSON { i = after; continue }
                end = after
            }
            guard let cut = end else { i = p + 1; continue }
            if out.isEmpty { out.reserveCapacity(n) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<p]))
            copied = cut
            i = cut
        }
        guard copied > 0 || !out.isEmpty else { return nil }
        if copied < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<n])) }
        return out
    }

    /// Index into `elements` of the element whose start tag begins at `i` (after '<').
    private static func elementName(_ h: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i < h.count else { return nil }
        let first = h[i] | 0x20
        guard first == 0x73 || first == 0x6E || first == 0x74 else { return nil }  // s, n, t
        for (index, name) in elements.enumerated() where matches(h, name, at: i) {
            let j = i + name.count
            if j >= h.count { return index }
            let c = h[j]
            if c == 0x3E || c == 0x2F || c == 0x20 || (c >= 0x09 && c <= 0x0D) { return index }
        }
        return nil
    }

    /// Start of the first "</name" at or after `from`, case-insensitively.
    private static func closingTag(_ h: UnsafeBufferPointer<UInt8>, name: [UInt8], from: Int) -> Int? {
        var i = from
        while let p = find(h, "</", from: i) {
            if matches(h, name, at: p + 2) { return p }
            i = p + 2
        }
        return nil
    }

    private static func matches(_ h: UnsafeBufferPointer<UInt8>, _ lowerName: [UInt8], at i: Int) -> Bool {
        guard i + lowerName.count <= h.count else { return false }
        for k in 0..<lowerName.count where h[i + k] | 0x20 != lowerName[k] { return false }
        return true
    }

    private static func find(_ h: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int) -> Int? {
        guard let base = h.baseAddress, from < h.count else { return nil }
        let bytes = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var i = from
        while i < h.count, let found = memchr(base + i, Int32(bytes[0]), h.count - i) {
            let p = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if p + bytes.count > h.count { return nil }
            var k = 1
            while k < bytes.count && h[p + k] == bytes[k] { k += 1 }
            if k == bytes.count { return p }
            i = p + 1
        }
        return nil
    }

    /// Searches `range` only: searching on to the end of the page for every `<script>` made
    /// pages with many scripts and no JSON-LD quadratic.
    private static func contains(_ h: UnsafeBufferPointer<UInt8>, _ needle: StaticString, in range: Range<Int>) -> Bool {
        guard range.upperBound <= h.count, range.count >= needle.utf8CodeUnitCount else { return false }
        return find(UnsafeBufferPointer(rebasing: h[range]), needle, from: 0) != nil
    }
}
