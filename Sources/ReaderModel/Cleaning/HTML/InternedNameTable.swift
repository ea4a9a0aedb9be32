/// A map keyed by the address of a name libxml2 interned in its dictionary, hashed by the address
/// itself: a page looks a name up once per element and attribute, and hashing the key with the
/// standard library's seeded hasher cost more than copying the element.
struct InternedNameTable<Value> {
    private var keys: [UnsafeRawPointer?]
    private var values: [Value?]
    private var count = 0

    /// `capacity` is rounded up to a power of two; the table doubles when half full.
    init(capacity: Int = 64) {
        var size = 8
        while size < capacity { size *= 2 }
        keys = [UnsafeRawPointer?](repeating: nil, count: size)
        values = [Value?](repeating: nil, count: size)
    }

    subscript(key: UnsafeRawPointer) -> Value? {
        var slot = Self.slot(key, size: keys.count)
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    mutating func insert(_ value: Value, for key: UnsafeRawPointer) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(key, size: keys.count)
        while let stored = keys[slot] {
            if stored == key { values[slot] = value; return }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, values)
        keys = [UnsafeRawPointer?](repeating: nil, count: keys.count * 2)
        values = [Value?](repeating: nil, count: keys.count)
        count = 0
        for (key, value) in old {
            if let key, let value { insert(value, for: key) }
        }
    }

    /// Fibonacci hashing of the address: its high product bits spread nearby allocations apart.
    private static func slot(_ key: UnsafeRawPointer, size: Int) -> Int {
        let product = UInt64(UInt(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: product >> 32) & (size - 1)
    }
}
