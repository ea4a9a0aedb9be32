/// A hash table keyed by a word's UTF-8 bytes, probed with a hash the caller computes once on the
/// bytes it already holds, so no `String` is built or hashed on the hot path. Keys are kept and
/// compared on a hit: an answer is exact, never a hash collision.
struct WordHashTable<Value> {
    /// FNV-1a over UTF-8 bytes; 0 is reserved for empty slots.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h == 0 ? 1 : h
    }

    static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { hash($0) }
    }

    /// Hash per slot (0: empty) and the entry the slot holds.
    private var slotHashes: [UInt64]
    private var slotEntries: [Int32]
    private var mask: Int
    private(set) var values: [Value] = []
    /// Entry `e`'s key is `keyBytes[keyEnds[e - 1] ..< keyEnds[e]]` (from 0 for the first).
    private var keyEnds: [Int] = []
    private var keyBytes: [UInt8] = []

    init(minimumCapacity: Int = 16) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slotHashes = Array(repeating: 0, count: size)
        slotEntries = Array(repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { values.count }

    @inline(__always)
    private func firstSlot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 31)) &* 0x9e37_79b9_7f4a_7c15) >> 40) & mask
    }

    @inline(__always)
    private func keyMatches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry == 0 ? 0 : keyEnds[entry - 1]
        let end = keyEnds[entry]
        guard end - start == bytes.count else { return false }
        return keyBytes.withUnsafeBufferPointer { stored in
            var k = 0
            while k < bytes.count {
                if stored[start + k] != bytes[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// The entry index of the key with these bytes and hash, or nil.
    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int? {
        var slot = firstSlot(h)
        while true {
            let stored = slotHashes[slot]
            if stored == 0 { return nil }
            if stored == h {
                let entry = Int(slotEntries[slot])
                if keyMatches(entry, bytes) { return entry }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored under these bytes (`hash` is `WordHashTable.hash(bytes)`).
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Value? {
        find(bytes, hash: h).map { values[$0] }
    }

    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Bool {
        find(bytes, hash: h) != nil
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
        var slot = firstSlot(h)
        while true {
            let stored = slotHashes[slot]
            if stored == h { return values[Int(slotEntries[slot])] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Changes the value under these bytes, inserting `initial` first when the key is new.
    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64, initial: @autoclosure () -> Value,
                         _ change: (inout Value) -> Void) {
        if let entry = find(bytes, hash: h) {
            change(&values[entry])
            return
        }
        if (values.count + 1) * 2 > slotHashes.count { grow() }
        var slot = firstSlot(h)
        while slotHashes[slot] != 0 { slot = (slot + 1) & mask }
        slotHashes[slot] = h
        slotEntries[slot] = Int32(values.count)
        keyBytes.append(contentsOf: bytes)
        keyEnds.append(keyBytes.count)
        var value = initial()
        change(&value)
        values.append(value)
    }

    mutating func update(_ word: String, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        var word = word
        word.withUTF8 { update($0, hash: Self.hash($0), initial: initial(), change) }
    }

    private mutating func grow() {
        let size = slotHashes.count * 2
        var hashes = [UInt64](repeating: 0, count: size)
        var entries = [Int32](repeating: 0, count: size)
        mask = size - 1
        for old in slotHashes.indices where slotHashes[old] != 0 {
            let h = slotHashes[old]
            var slot = firstSlot(h)
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = h
            entries[slot] = slotEntries[old]
        }
        slotHashes = hashes
        slotEntries = entries
    }
}

extension WordHashTable: Sendable where Value: Sendable {}
