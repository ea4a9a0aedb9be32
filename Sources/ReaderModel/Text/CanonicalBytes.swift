import Foundation

/// The NFC UTF-8 bytes of a word, so that comparing bytes agrees with `String ==` (canonical
/// equivalence: "São" typed decomposed equals "São", U+212A KELVIN SIGN equals "K").
/// Nearly every word is already NFC and is passed through without a copy; only words with
/// characters outside the well-known stable ranges are normalised.
enum CanonicalBytes {
    /// Calls `body` with the NFC bytes of `bytes`.
    @inline(__always)
    static func with<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isStable(bytes) { return body(bytes) }
        var normalized = String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
        return normalized.withUTF8(body)
    }

    static func with<R>(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var word = word
        return word.withUTF8 { with($0, body) }
    }

    /// True when every scalar is one that NFC leaves alone and that never composes with a
    /// neighbour: ASCII, Latin-1 to Latin Extended-B, Cyrillic letters, Latin Extended Additional
    /// (Vietnamese), general punctuation and currency signs. Such text is NFC as it stands.
    @inline(__always)
    static func isStable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let scalar: UInt32
            if b >= 0xC2 && b < 0xE0, i + 1 < n {
                scalar = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b >= 0xE0 && b < 0xF0, i + 2 < n {
                scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return false
            }
            switch scalar {
            case 0xA0...0x24F, 0x400...0x482, 0x48A...0x52F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0:
                continue
            default:
                return false
            }
        }
        return true
    }
}
