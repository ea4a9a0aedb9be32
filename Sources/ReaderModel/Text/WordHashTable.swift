/// A hash table keyed by a word's UTF-8 bytes, probed with a hash the caller computes once on the
/// bytes it already holds, so no `String` is built or hashed on the hot path. Keys are kept and
/// compared on a hit: an answer is exact, never a hash collision.
struct WordHashTable<Value> {
    /// FNV-1a over UTF-8 bytes; 0 is reserved for empty slots.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashSeed
        for b in bytes { h = hashStep(h, b) }
        return hashFinal(h)
    }

    /// `hash` in steps, for a caller that folds the bytes in as it reads them: start from
    /// `hashSeed`, take each byte with `hashStep`, end with `hashFinal`.
    static var hashSeed: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inline(__always)
    static func hashStep(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    @inline(__always)
    static func hashFinal(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { hash($0) }
    }

    /// One slot holds everything a probe needs (hash, the key's first 8 bytes, the value), so a
    /// lookup of a word of up to 8 bytes touches one place in memory.
    fileprivate struct Slot {
        /// 0: empty.
        var hash: UInt64 = 0
        /// The key's first 8 bytes, little-endian, zero-padded.
        var prefix: UInt64 = 0
        /// The rest of the key is `keyBytes[keyStart ..< keyStart + keyLength - 8]`.
        var keyStart: UInt32 = 0
        var keyLength: UInt32 = 0
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    private var keyBytes: [UInt8] = []
    /// Number of keys.
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    @inline(__always)
    private func firstSlot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 31)) &* 0x9e37_79b9_7f4a_7c15) >> 40) & mask
    }

    @inline(__always)
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var p: UInt64 = 0
        for k in 0..<min(8, bytes.count) { p |= UInt64(bytes[k]) << (8 * UInt64(k)) }
        return p
    }

    @inline(__always)
    private func tailMatches(_ slot: Slot, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 8 else { return true }
        let start = Int(slot.keyStart)
        return keyBytes.withUnsafeBufferPointer { stored in
            var k = 8
            while k < bytes.count {
                if stored[start + k - 8] != bytes[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// The slot of the key with these bytes and hash, or of the empty slot where it would go.
    @inline(__always)
    private func slot(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (index: Int, found: Bool) {
        let p = Self.prefix(bytes)
        return slots.withUnsafeBufferPointer { slots in
            var i = firstSlot(h)
            while true {
                let s = slots[i]
                if s.hash == 0 { return (i, false) }
                if s.hash == h, s.prefix == p, Int(s.keyLength) == bytes.count, tailMatches(s, bytes) { return (i, true) }
                i = (i + 1) & mask
            }
        }
    }

    /// The value stored under these bytes (`hash` is `WordHashTable.hash(bytes)`).
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Value? {
        let (i, found) = slot(bytes, hash: h)
        return found ? slots[i].value : nil
    }

    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Bool {
        slot(bytes, hash: h).found
    }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0, hash: Self.hash($0)) }
    }

    func value(_ word: String) -> Value? {
        var word = word
        return word.withUTF8 { value($0, hash: Self.hash($0)) }
    }

    /// The value of the first key with this hash, keys not compared: for callers holding only a
    /// hash over a few hundred known words, where a false hit is practically impossible.
    @inline(__always)
    func value(hash h: UInt64) -> Value? {
        var i = firstSlot(h)
        while true {
            let stored = slots[i].hash
            if stored == h { return slots[i].value }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Reads the first slot a probe for `hash` looks at and returns a word of it: called for a run of
    /// words before looking them up, so their cache misses overlap instead of coming one by one.
    @inline(__always)
    func touch(hash h: UInt64) -> UInt64 {
        slots.withUnsafeBufferPointer { $0[firstSlot(h)].hash }
    }

    /// Adds the key with `value` when it is new; a key already there is left as it is, without
    /// writing to the table (so a hit costs a probe only: no uniqueness check, no closure).
    mutating func insertIfAbsent(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64, _ value: @autoclosure () -> Value) {
        guard !slot(bytes, hash: h).found else { return }
        update(bytes, hash: h, initial: value()) { _ in }
    }

    /// Changes the value under these bytes, inserting `initial` first when the key is new.
    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64, initial: @autoclosure () -> Value,
                         _ change: (inout Value) -> Void) {
        var (i, found) = slot(bytes, hash: h)
        if found {
            change(&slots[i].value!)
            return
        }
        if (count + 1) * 2 > slots.count {
            grow()
            i = slot(bytes, hash: h).index
        }
        var value = initial()
        change(&value)
        slots[i] = Slot(hash: h, prefix: Self.prefix(bytes), keyStart: UInt32(keyBytes.count), keyLength: UInt32(bytes.count), value: value)
        if bytes.count > 8 { keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[8...])) }
        count += 1
    }

    mutating func update(_ word: String, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        var word = word
        word.withUTF8 { update($0, hash: Self.hash($0), initial: initial(), change) }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for s in old where s.hash != 0 {
            var i = firstSlot(s.hash)
            while slots[i].hash != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}

extension WordHashTable: Sendable where Value: Sendable {}
extension WordHashTable.Slot: Sendable where Value: Sendable {}
