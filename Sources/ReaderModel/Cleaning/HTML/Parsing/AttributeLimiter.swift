import Glibc

/// Cuts the attributes of any start tag beyond the first `maxAttributes` out of raw HTML before
/// libxml2 parses it: libxml2 checks each new attribute against all earlier ones of its element,
/// so one element with 100,000 attributes took 32 s. No real element has more than a few dozen;
/// the cap bounds the work per page (at most a few hundred million comparisons even in a
/// 16 MB page made of nothing else).
enum AttributeLimiter {
    static let maxAttributes = 128

    /// The page with the excess attributes removed; nil when no element had too many.
    static func limit(_ html: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = html.baseAddress else { return nil }
        let n = html.count
        var cuts: [Range<Int>] = []
        var i = 0
        while i < n, let found = memchr(base + i, 0x3C, n - i) {  // '<'
            let p = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var j = p + 1
            guard j < n, isLetter(html[j]) else { i = j; continue }
            while j < n, !isSpace(html[j]), html[j] != 0x3E, html[j] != 0x2F { j += 1 }  // the tag name
            var count = 0
            var cutFrom: Int? = nil
            while j < n {
                while j < n, isSpace(html[j]) { j += 1 }
                guard j < n, html[j] != 0x3E else { break }                  // '>'
                if html[j] == 0x2F { j += 1; continue }                        // '/' of '/>' or stray
                let start = j
                while j < n, !isSpace(html[j]), html[j] != 0x3D, html[j] != 0x3E { j += 1 }  // name
                var k = j
                while k < n, isSpace(html[k]) { k += 1 }
                if k < n, html[k] == 0x3D {                                    // '=' value
                    k += 1
                    while k < n, isSpace(html[k]) { k += 1 }
                    if k < n, html[k] == 0x22 || html[k] == 0x27 {
                        let quote = Int32(html[k])
                        if let close = memchr(base + k + 1, quote, n - k - 1) {
                            k = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                        } else {
                            k = n
                        }
                    } else {
                        while k < n, !isSpace(html[k]), html[k] != 0x3E { k += 1 }
                    }
                    j = k
                }
                count += 1
                if count == maxAttributes + 1 { cutFrom = start }
            }
            if let cutFrom { cuts.append(cutFrom..<j) }
            i = j
        }
        guard !cuts.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var copied = 0
        for cut in cuts {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<cut.lowerBound]))
            copied = cut.upperBound
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<n]))
        return out
    }

    @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
}
