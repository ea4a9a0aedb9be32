import ReaderModel

extension Benchmarks {
    /// Decoding 4 MiB of text in each encoding the loader meets; reported in KiB.
    static var decode: [Benchmark] {
        let line = "KYIV, May 4 (Wire) – “Port deal” signed for 2.4 billion euros in Odesa; Київ welcomes it.\n"
        let utf8 = { Array(String(repeating: line, count: 4_194_304 / line.utf8.count).utf8) }
        let inputs: [(String, () -> [UInt8])] = [
            ("utf8", utf8),
            ("utf8-repair", {
                var bytes = utf8()
                for index in stride(from: 5_000, to: bytes.count, by: 50_000) { bytes[index] = 0xFF }
                return bytes
            }),
            ("windows1252", { utf8().map { $0 >= 0x80 ? UInt8(0xE9) : $0 } }),
            ("utf16", { [0xFF, 0xFE] + String(decoding: utf8(), as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }),
        ]
        return inputs.map { name, make in
            Benchmark(name: "decode-\(name)", unit: "KiB") { _ in
                let bytes = make()
                return { TextDecoder.decode(bytes).text.isEmpty ? 0 : bytes.count / 1024 }
            }
        }
    }
}
