import CLibXML2

/// Recognises the attribute names the cleaner reads straight from libxml2's bytes. libxml2's HTML
/// parser copies every attribute name (it interns only tag names), so caching by address never
/// hits; comparing a few bytes beats building a String and hashing it for each attribute.
enum KeptAttributeName {
    /// The name as a Swift string when the cleaner reads it (`class`, `id` or one of
    /// `HTMLElementKind.keptAttributes`), nil otherwise.
    static func match(_ pointer: UnsafePointer<xmlChar>) -> String? {
        let first = pointer[0]
        guard first != 0 else { return nil }
        for candidate in candidates where candidate.bytes[0] == first {
            if matches(pointer, candidate.bytes) { return candidate.name }
        }
        return nil
    }

    /// The whole name equals `bytes` (and ends there).
    private static func matches(_ pointer: UnsafePointer<xmlChar>, _ bytes: [UInt8]) -> Bool {
        for (i, byte) in bytes.enumerated() where pointer[i] != byte { return false }
        return pointer[bytes.count] == 0
    }

    private static let candidates: [(name: String, bytes: [UInt8])] =
        (["class", "id"] + HTMLElementKind.keptAttributes.sorted()).map { ($0, Array($0.utf8)) }
}
