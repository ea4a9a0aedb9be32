/// Removes repeats from a list of well-mixed 64-bit hashes with an open-addressing table: the low
/// bits of a mixed hash are already uniform, so they index the table as they are.
enum ShingleSet {
    /// The distinct values of `values`, in order of first appearance.
    static func distinct(_ values: [UInt64]) -> [UInt64] {
        guard values.count > 1 else { return values }
        var capacity = 16
        while capacity < values.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        // 0 marks an empty slot; a value of 0 itself is tracked apart.
        var table = [UInt64](repeating: 0, count: capacity)
        var result: [UInt64] = []
        result.reserveCapacity(values.count)
        var sawZero = false
        table.withUnsafeMutableBufferPointer { slots in
            for value in values {
                if value == 0 {
                    if !sawZero { sawZero = true; result.append(0) }
                    continue
                }
                var i = Int(truncatingIfNeeded: value) & mask
                while true {
                    let held = slots[i]
                    if held == value { break }
                    if held == 0 { slots[i] = value; result.append(value); break }
                    i = (i + 1) & mask
                }
            }
        }
        return result
    }
}
