import CLibXML2
import Glibc

/// Recognises the attribute names the cleaner reads straight from libxml2's bytes. libxml2's HTML
/// parser copies every attribute name (it interns only tag names), so caching by address never
/// hits; comparing a few bytes beats building a String and hashing it for each attribute.
enum KeptAttributeName {
    /// The name as a Swift string when the cleaner reads it (`class`, `id` or one of
    /// `HTMLElementKind.keptAttributes`), nil otherwise.
    static func match(_ pointer: UnsafePointer<xmlChar>) -> String? {
        // Measured only up to one past the longest kept name: most attributes are rejected by
        // their length alone, or by their first byte among the few names of that length.
        var n = 0
        while pointer[n] != 0 {
            n += 1
            if n > maxLength { return nil }
        }
        guard n > 0 else { return nil }
        for candidate in byLength[n] where candidate.bytes[0] == pointer[0] {
            if memcmp(pointer, candidate.bytes, n) == 0 { return candidate.name }
        }
        return nil
    }

    /// Whether `name` (raw page bytes, any case) is one of the names `match` returns.
    static func matchesLowercased(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = name.count
        guard n > 0, n <= maxLength else { return false }
        for candidate in byLength[n] where candidate.bytes[0] == name[0] | 0x20 {
            var k = 1
            while k < n, name[k] | 0x20 == candidate.bytes[k] || (name[k] == candidate.bytes[k]) { k += 1 }
            if k == n { return true }
        }
        return false
    }

    private static let candidates: [(name: String, bytes: [UInt8])] =
        (["class", "id"] + HTMLElementKind.keptAttributes.sorted()).map { ($0, Array($0.utf8)) }

    private static let maxLength = candidates.map(\.bytes.count).max() ?? 0

    /// The candidates by the length of their name (index 0 unused).
    private static let byLength: [[(name: String, bytes: [UInt8])]] = (0...maxLength).map { length in
        candidates.filter { $0.bytes.count == length }
    }
}
