/// Builds a gzip stream that inflates to `size` zero bytes from a few hundred KB: one literal zero,
/// then back-references of length 258 at distance 1, in a fixed-Huffman deflate block.
/// The trailer's CRC is left zero: a client that is right stops long before reading it.
enum GzipBomb {
    static func make(inflatedSize size: Int) -> [UInt8] {
        var writer = BitWriter()
        writer.bits(1, count: 1)  // BFINAL
        writer.bits(1, count: 2)  // BTYPE 01: fixed Huffman
        writer.huffman(0x30, length: 8)  // literal 0
        for _ in 0..<((size - 1) / 258) {
            writer.huffman(0xC5, length: 8)  // length code 285 = 258 bytes
            writer.huffman(0, length: 5)  // distance code 0 = 1 byte back
        }
        writer.huffman(0, length: 7)  // end of block
        let inflated = UInt32(truncatingIfNeeded: 1 + (size - 1) / 258 * 258)
        var stream: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + writer.finish()
        stream += [0, 0, 0, 0]
        stream += (0..<4).map { UInt8(truncatingIfNeeded: inflated >> (8 * $0)) }
        return stream
    }

    private struct BitWriter {
        var bytes: [UInt8] = []
        var current: UInt8 = 0
        var used = 0

        mutating func bit(_ value: Int) {
            if value & 1 == 1 { current |= 1 << used }
            used += 1
            if used == 8 { bytes.append(current); current = 0; used = 0 }
        }

        /// Extra bits and header fields go least significant bit first.
        mutating func bits(_ value: Int, count: Int) { for i in 0..<count { bit(value >> i) } }

        /// Huffman codes go most significant bit first.
        mutating func huffman(_ code: Int, length: Int) { for i in (0..<length).reversed() { bit(code >> i) } }

        mutating func finish() -> [UInt8] {
            if used > 0 { bytes.append(current) }
            return bytes
        }
    }
}
