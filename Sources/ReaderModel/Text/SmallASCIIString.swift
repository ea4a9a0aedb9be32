/// Makes the String of an ASCII word of up to 15 bytes from the word's bytes packed into two
/// integers, in the layout the standard library gives such a String (stored inline, no
/// allocation), without its UTF-8 validation: the tokenizer builds one String per word of every
/// line, and building each through `String(unsafeUninitializedCapacity:)` cost about 110
/// instructions, 8% of cleaning a text page.
///
/// The layout is checked once against Strings the library builds (`isAvailable`); where it
/// differs, callers build their Strings the ordinary way. `WordTokenizerFastPathTests` hold the
/// Strings made here to the decoded ones.
enum SmallASCIIString {
    /// Longest word stored inline.
    static var maximumCount: Int { 15 }

    /// Whether `make` gives the very String the library builds for such bytes, on this runtime.
    static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        for word in ["a", "of", "abcdefg", "abcdefgh", "abcdefghi", "fifteen-letters", "it's", "2024"] {
            let bytes = Array(word.utf8)
            let built = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            let (low, high) = bytes.withUnsafeBufferPointer { packed($0) }
            guard unsafeBitCast(built, to: (UInt64, UInt64).self) == (low, high | tag(count: bytes.count)) else { return false }
            let made = make(low: low, high: high, count: bytes.count)
            guard made == word, Array(made.utf8) == bytes, made.hashValue == word.hashValue else { return false }
        }
        return true
    }()

    /// The String of `count` (1...15) ASCII bytes packed little-endian into `low` (bytes 0-7) and
    /// `high` (bytes 8-14), every byte past `count` zero. Only when `isAvailable`.
    @inline(__always)
    static func make(low: UInt64, high: UInt64, count: Int) -> String {
        unsafeBitCast((low, high | tag(count: count)), to: String.self)
    }

    /// Initializes the String `make(low:high:count:)` gives at `target`, written as its two words:
    /// no String value passes through, so none is retained (an inline String holds no object).
    @inline(__always)
    static func initialize(_ target: UnsafeMutablePointer<String>, low: UInt64, high: UInt64, count: Int) {
        let raw = UnsafeMutableRawPointer(target)
        raw.storeBytes(of: low, as: UInt64.self)
        raw.storeBytes(of: high | tag(count: count), toByteOffset: 8, as: UInt64.self)
    }

    /// The top byte of an inline ASCII String: flags (immortal, ASCII, small) and the count.
    @inline(__always)
    private static func tag(count: Int) -> UInt64 {
        0xE000_0000_0000_0000 | UInt64(truncatingIfNeeded: count) << 56
    }

    /// The first eight bytes (little-endian) and the byte count of the String at `string` when it
    /// is one `make` would give (inline, ASCII); nil for any other. Read in place: the String is
    /// neither copied nor retained. Only when `isAvailable`.
    @inline(__always)
    static func inlineASCII(_ string: UnsafePointer<String>) -> (low: UInt64, count: Int)? {
        let raw = UnsafeRawPointer(string)
        let high = raw.load(fromByteOffset: 8, as: UInt64.self)
        guard high >> 60 == 0xE else { return nil }
        return (raw.load(as: UInt64.self), Int(truncatingIfNeeded: (high >> 56) & 0xF))
    }

    /// Up to 15 bytes packed as `make` takes them.
    static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (k, byte) in bytes.prefix(maximumCount).enumerated() {
            if k < 8 { low |= UInt64(byte) << (8 * UInt64(k)) } else { high |= UInt64(byte) << (8 * UInt64(k - 8)) }
        }
        return (low, high)
    }
}
