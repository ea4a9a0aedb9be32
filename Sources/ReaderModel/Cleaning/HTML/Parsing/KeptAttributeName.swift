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

    private static let candidates: [(name: String, bytes: [UInt8])] =
        (["class", "id"] + HTMLElementKind.keptAttributes.sorted()).map { ($0, Array($0.utf8)) }

    private static let maxLength = candidates.map(\.bytes.count).max() ?? 0

    /// The candidates by the length of their name (index 0 unused).
    private static let byLength: [[(name: String, bytes: [UInt8])]] = (0...maxLength).map { length in
        candidates.filter { $0.bytes.count == length }
    }
}
