import Glibc

/// Cuts the attributes of any start tag beyond the first `maxAttributes` out of raw HTML before
/// libxml2 parses it: libxml2 checks each new attribute against all earlier ones of its element,
/// so one element with 100,000 attributes took 32 s. No real element has more than a few dozen;
/// the cap bounds the work per page (at most a few hundred million comparisons even in a
/// 16 MB page made of nothing else). The same scan cuts the attributes the cleaner never reads
/// (`cut(_:droppingUnread:)`), so libxml2 does not parse them either.
enum AttributeLimiter {
    static let maxAttributes = 128

    /// The page with the excess attributes removed; nil when no element had too many.
    static func limit(_ html: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        cut(html, droppingUnread: false).bytes
    }

    /// The page with the excess attributes removed and, with `droppingUnread`, also every attribute
    /// the cleaner never reads (`href`, `src`, `data-*`...: a third of a page's bytes, which libxml2
    /// would read character by character); nil bytes when nothing was cut. `limited`: some element
    /// had more than `maxAttributes`.
    ///
    /// An unread attribute is cut only where libxml2 is sure to read the start tag as this scan
    /// does, so the rest of the page parses the same: the tag's name and every attribute name are
    /// plain names (letters, digits, `_:.-`, shorter than libxml2's 100-byte name buffer), no
    /// control character, vertical tab or form feed sits in it, and it is neither inside the raw
    /// text of a `<script>` or `<style>` nor after a `<` that starts no tag (`<!...`, `<?...`, `</...`,
    /// `< `), which libxml2 reads on to the next `>` whatever quotes say.
    static func cut(_ html: UnsafeBufferPointer<UInt8>, droppingUnread: Bool) -> (bytes: [UInt8]?, limited: Bool) {
        guard let base = html.baseAddress else { return (nil, false) }
        let n = html.count
        var cuts: [Range<Int>] = []
        var limited = false
        /// Tags starting before this index get no unread-attribute cuts.
        var unsafeUntil = 0
        /// The unread attributes of the tag being scanned.
        var unread: [Range<Int>] = []
        var i = 0
        while i < n, let found = memchr(base + i, 0x3C, n - i) {  // '<'
            let p = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var j = p + 1
            guard j < n, isLetter(html[j]) else {
                if droppingUnread, p >= unsafeUntil {
                    unsafeUntil = memchr(base + j, 0x3E, max(0, n - j)).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) + 1 } ?? n
                }
                i = j
                continue
            }
            var clean = droppingUnread && p >= unsafeUntil
            while j < n, !isSpace(html[j]), html[j] != 0x3E, html[j] != 0x2F {  // the tag name
                if clean && !isNameByte(html[j]) { clean = false }
                j += 1
            }
            if clean && j - p - 1 >= 100 { clean = false }
            let nameEnd = j
            var count = 0
            var cutFrom: Int? = nil
            unread.removeAll(keepingCapacity: true)
            while j < n {
                while j < n, isSpace(html[j]) {
                    if html[j] == 0x0B || html[j] == 0x0C { clean = false }
                    j += 1
                }
                guard j < n, html[j] != 0x3E else { break }                  // '>'
                if html[j] == 0x2F { j += 1; continue }                        // '/' of '/>' or stray
                let start = j
                var plainName = isNameStart(html[j])
                while j < n, !isSpace(html[j]), html[j] != 0x3D, html[j] != 0x3E {  // name
                    if !isNameByte(html[j]) { plainName = false }
                    j += 1
                }
                if j - start >= 100 { plainName = false }
                let kept = plainName && KeptAttributeName.matchesLowercased(UnsafeBufferPointer(rebasing: html[start..<j]))
                var k = j
                while k < n, isSpace(html[k]) {
                    if html[k] == 0x0B || html[k] == 0x0C { clean = false }
                    k += 1
                }
                if k < n, html[k] == 0x3D {                                    // '=' value
                    k += 1
                    while k < n, isSpace(html[k]) {
                        if html[k] == 0x0B || html[k] == 0x0C { clean = false }
                        k += 1
                    }
                    if k < n, html[k] == 0x22 || html[k] == 0x27 {
                        let quote = Int32(html[k])
                        if let close = memchr(base + k + 1, quote, n - k - 1) {
                            k = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                        } else {
                            k = n
                        }
                    } else {
                        while k < n, !isSpace(html[k]), html[k] != 0x3E {
                            if html[k] < 0x20 { clean = false }
                            k += 1
                        }
                    }
                    j = k
                }
                if !plainName { clean = false }
                count += 1
                if count == maxAttributes + 1 { cutFrom = start }
                if !kept && cutFrom == nil { unread.append(start..<j) }
            }
            if cutFrom != nil { limited = true }
            if clean { cuts += unread }
            // libxml2 reads the body of a script or style as raw text, up to its closing tag; its
            // name is the tag's leading name bytes, whatever follows them.
            if droppingUnread {
                var libxmlNameEnd = p + 1
                while libxmlNameEnd < nameEnd, isNameByte(html[libxmlNameEnd]) { libxmlNameEnd += 1 }
                if let raw = rawTextElement(html, from: p + 1, to: libxmlNameEnd) {
                    unsafeUntil = max(unsafeUntil, closingTag(html, name: raw, from: p + 1) ?? n)
                }
            }
            if let cutFrom { cuts.append(cutFrom..<j) }
            i = j
        }
        guard !cuts.isEmpty else { return (nil, limited) }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var copied = 0
        for cut in cuts {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<cut.lowerBound]))
            copied = cut.upperBound
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<n]))
        return (out, limited)
    }

    private static let rawTextElements: [[UInt8]] = [Array("script".utf8), Array("style".utf8)]

    /// "script" or "style" when the tag name in `from..<to` is one, in any case.
    private static func rawTextElement(_ h: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [UInt8]? {
        rawTextElements.first { name in
            name.count == to - from && (0..<name.count).allSatisfy { h[from + $0] | 0x20 == name[$0] }
        }
    }

    /// Start of the first "</name" at or after `from`, case-insensitively.
    private static func closingTag(_ h: UnsafeBufferPointer<UInt8>, name: [UInt8], from: Int) -> Int? {
        guard let base = h.baseAddress else { return nil }
        var i = from
        while i < h.count, let found = memchr(base + i, 0x3C, h.count - i) {
            let p = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if p + 1 + name.count < h.count, h[p + 1] == 0x2F,
               (0..<name.count).allSatisfy({ h[p + 2 + $0] | 0x20 == name[$0] }) { return p }
            i = p + 1
        }
        return nil
    }

    /// A byte libxml2 takes into an HTML name (`htmlParseHTMLName`), and one it starts a name with.
    @inline(__always) private static func isNameByte(_ c: UInt8) -> Bool {
        isLetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x3A || c == 0x2E || c == 0x2D
    }
    @inline(__always) private static func isNameStart(_ c: UInt8) -> Bool { isLetter(c) || c == 0x5F || c == 0x3A }

    @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
}
