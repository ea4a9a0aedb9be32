/// Recognises files that are not text: known binary formats by their magic numbers,
/// and anything with a large share of control bytes.
enum BinarySniffer {
    /// How much of the file is inspected for control characters.
    static let sampleSize = 65_536

    private static let signatures: [(magic: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        (Array("GIF87a".utf8), "a GIF image"),
        (Array("GIF89a".utf8), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office/EPUB file)"),
        ([0x50, 0x4B, 0x05, 0x06], "an empty ZIP archive"),
        ([0x1F, 0x8B], "a gzip archive"),
        (Array("BZh".utf8), "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "a Mach-O or Java class file"),
        (Array("SQLite format 3".utf8), "an SQLite database"),
        (Array("OggS".utf8), "an Ogg media file"),
        (Array("ID3".utf8), "an MP3 file"),
        (Array("fLaC".utf8), "a FLAC file"),
        ([0x00, 0x61, 0x73, 0x6D], "a WebAssembly module"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Microsoft Office file"),
        (Array("wOFF".utf8), "a web font"),
        (Array("wOF2".utf8), "a web font"),
    ]

    /// What the file is when its first bytes are a known binary signature.
    static func knownFormat(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)) {
            let kind = String(decoding: bytes[8..<12], as: UTF8.self)
            return kind == "WEBP" ? "a WebP image" : kind == "WAVE" ? "a WAV file" : "a RIFF media file"
        }
        if bytes.count >= 12, bytes[4..<8].elementsEqual(Array("ftyp".utf8)) { return "an MP4/QuickTime media file" }
        return signatures.first { bytes.starts(with: $0.magic) }?.name
    }

    /// More than 5% control characters in the sample (other than tab, newlines, form feed and
    /// ESC, which real copies of pages do contain). NUL counts as one, but a few are no proof:
    /// real saved pages carry stray NULs, while binary data is about a tenth control bytes.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let count = min(bytes.count, sampleSize)
        // Over the raw buffer: iterating an ArraySlice checked every index.
        return bytes.withUnsafeBufferPointer { buffer in
            var controls = 0
            var i = 0
            // Eight bytes at a time, skipped whole when none is below 0x20 or DEL (most of a page):
            // the byte loop cost 2% of a folder of HTML pages. A chunk holding one goes through
            // the byte loop, so the count is the same.
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 8 <= count {
                    let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if !mayHoldControl(x) { i += 8; continue }
                    for k in i..<(i + 8) where isCountedControl(buffer[k]) { controls += 1 }
                    i += 8
                }
            }
            while i < count {
                if isCountedControl(buffer[i]) { controls += 1 }
                i += 1
            }
            return controls * 20 > count
        }
    }

    /// A control byte other than tab, newlines, form feed and ESC.
    @inline(__always)
    private static func isCountedControl(_ byte: UInt8) -> Bool {
        guard byte < 0x20 || byte == 0x7F else { return false }
        switch byte {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: return false
        default: return true
        }
    }

    /// Whether some byte of the eight is below 0x20 or is 0x7F (exact as a yes/no: the lowest such
    /// byte always sets its high bit in these sums, whatever the other bytes hold).
    @inline(__always)
    static func mayHoldControl(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below20 = (x &- ones &* 0x20) & ~x & highs
        let del = x ^ (ones &* 0x7F)
        let isDel = (del &- ones) & ~del & highs
        return below20 | isDel != 0
    }
}
