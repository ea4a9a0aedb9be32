/// A tag name of up to 16 bytes packed into two words, read straight from libxml2's C string.
/// libxml2's HTML parser copies every name into its own allocation, so the address says nothing;
/// the bytes themselves make the key, with no String built and no seeded hashing.
struct PackedName: Equatable {
    var low: UInt64
    var high: UInt64

    /// nil for a name longer than 16 bytes (no real tag is).
    init?(_ pointer: UnsafePointer<UInt8>) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var i = 0
        while pointer[i] != 0 {
            guard i < 16 else { return nil }
            if i < 8 { low |= UInt64(pointer[i]) << (8 * UInt64(i)) } else { high |= UInt64(pointer[i]) << (8 * UInt64(i - 8)) }
            i += 1
        }
        self.low = low
        self.high = high
    }
}

/// A small open-addressing map from packed names to what the copier needs to know of them.
struct PackedNameTable<Value> {
    private var keys: [PackedName?]
    private var values: [Value?]
    private var count = 0

    /// `capacity` is rounded up to a power of two; the table doubles when half full.
    init(capacity: Int = 64) {
        var size = 8
        while size < capacity { size *= 2 }
        keys = [PackedName?](repeating: nil, count: size)
        values = [Value?](repeating: nil, count: size)
    }

    subscript(key: PackedName) -> Value? {
        var slot = Self.slot(key, size: keys.count)
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    mutating func insert(_ value: Value, for key: PackedName) {
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
        keys = [PackedName?](repeating: nil, count: keys.count * 2)
        values = [Value?](repeating: nil, count: keys.count)
        count = 0
        for (key, value) in old {
            if let key, let value { insert(value, for: key) }
        }
    }

    /// Fibonacci hashing: the product's high bits mix every byte of the name.
    private static func slot(_ key: PackedName, size: Int) -> Int {
        let product = (key.low ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: product >> 32) & (size - 1)
    }
}
