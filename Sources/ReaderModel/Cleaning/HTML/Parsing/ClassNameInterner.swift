import CLibXML2

/// A page's `class` and `id` strings by their bytes: the same few dozen strings recur on hundreds
/// of elements, so each is built as a Swift string once and then shared (no allocation, no
/// seeded hashing per element).
struct ClassNameInterner {
    private var known = WordHashTable<String>(minimumCapacity: 64)
    /// The `class` and `id` values of the element being copied, joined by a space as read.
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(256) }

    mutating func begin() { bytes.removeAll(keepingCapacity: true) }

    /// Adds one attribute value as the SAX parser gives it (nil for an attribute without one).
    mutating func add(_ value: UnsafePointer<xmlChar>?) {
        if !bytes.isEmpty { bytes.append(0x20) }
        if let value { bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value)))) }
    }

    /// The joined values as a string shared with every element that had the same bytes ("" when none).
    mutating func string() -> String {
        guard !bytes.isEmpty else { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            let h = WordHashTable<String>.hash(buffer)
            if let string = known.value(buffer, hash: h) { return string }
            let string = String(decoding: buffer, as: UTF8.self)
            known.insertIfAbsent(buffer, hash: h, string)
            return string
        }
    }
}
