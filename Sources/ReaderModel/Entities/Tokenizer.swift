/// A word, number or punctuation mark in a text, by its UTF-8 byte offsets: no `String` per token
/// (`text(in:)` or `FieldText.text(_:)` make one when a caller needs it). Plain data, so arrays of
/// tokens are built and freed without reference counting.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: Sendable, Hashable {
        case word, number, punctuation
        /// A possessive ending ("'s", "’s", "'") split off the word before it.
        case possessive
    }

    /// UTF-8 byte offsets into the tokenised text.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// First letter upper-case ("Kyiv", "NATO", "Énergie").
    public let isCapitalised: Bool
    /// Two or more letters and none lower-case ("NATO", "U.S.", "KYIV").
    public let isAllCaps: Bool
    /// The token's first byte: one-byte marks (".", ",") and first letters are tested without building a string.
    let firstByte: UInt8
    /// ASCII letters and digits only (no hyphen, dot or apostrophe): nothing inside it to look for.
    let isPlain: Bool
    /// `Character` count when known from the bytes (ASCII, one-scalar punctuation, possessives), else -1.
    let knownLength: Int32

    init(start: Int, end: Int, kind: Kind, isCapitalised: Bool, isAllCaps: Bool, firstByte: UInt8, isPlain: Bool = false, knownLength: Int32) {
        self.start = start
        self.end = end
        self.kind = kind
        self.isCapitalised = isCapitalised
        self.isAllCaps = isAllCaps
        self.firstByte = firstByte
        self.isPlain = isPlain
        self.knownLength = knownLength
    }

    /// The token's text in the text it was cut from.
    public func text(in source: String) -> String {
        let u = source.utf8
        return String(decoding: u[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: end)], as: UTF8.self)
    }

    /// `text(in: source).count`, without building the text when the tokenizer knew it.
    func characterCount(in source: String) -> Int {
        knownLength >= 0 ? Int(knownLength) : text(in: source).count
    }

    /// The token is exactly this one ASCII character.
    @inline(__always) func `is`(_ c: Unicode.Scalar) -> Bool { end - start == 1 && UInt32(firstByte) == c.value }
}

/// Splits text into tokens on bytes (fast; no Foundation): words keep inner apostrophes,
/// hyphens and abbreviation dots ("al-Assad", "U.S."), numbers keep separators ("107.1", "1,000").
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(bytes: $0) }
    }

    static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 1)
        let n = bytes.count
        var i = 0

        while i < n {
            let b = bytes[i]
            if isSpace(bytes, i) { i += spaceWidth(bytes, i); continue }
            if isDigit(b) {
                var j = i + 1
                while j < n {
                    if isDigit(bytes[j]) { j += 1; continue }
                    // "107.1", "1,000": a separator counts only between digits.
                    if (bytes[j] == 0x2E || bytes[j] == 0x2C), j + 1 < n, isDigit(bytes[j + 1]) { j += 2; continue }
                    break
                }
                tokens.append(plain(bytes, i, j, .number, length: Int32(j - i)))
                i = j
                continue
            }
            if isWordByte(bytes, i) {
                var j = i + scalarWidth(b)
                // Casing of ASCII letters read on the way (the same answers as `word`'s own pass), while
                // the word is plain: letters and digits only, no hyphen, dot or apostrophe taken in.
                var plainASCII = b < 0x80, lower = b >= 0x61, upper = b < 0x61 ? 1 : 0
                while j < n {
                    let c = bytes[j]
                    if c < 0x80 {
                        if isASCIILetter(c) {
                            if c >= 0x61 { lower = true } else { upper += 1 }
                            j += 1
                            continue
                        }
                        if isDigit(c) { j += 1; continue }
                    } else if isWordByte(bytes, j) {
                        plainASCII = false
                        j += scalarWidth(c)
                        continue
                    }
                    // Hyphen inside a word: "al-Assad", "Secretary-General".
                    if c == 0x2D, j + 1 < n, isWordByte(bytes, j + 1) || isDigit(bytes[j + 1]) { j += 1; plainASCII = false; continue }
                    // Abbreviation dots: "U.S.", "U.N." (single letters between dots).
                    if c == 0x2E, j - i == 1 || (j >= 2 && bytes[j - 2] == 0x2E), j + 1 < n, isASCIILetter(bytes[j + 1]),
                       j + 2 >= n || !isASCIILetter(bytes[j + 2]) {
                        j += 2
                        if j < n, bytes[j] == 0x2E { j += 1 }
                        plainASCII = false
                        continue
                    }
                    // Apostrophes: a possessive is split off, "O'Brien" and "don't" stay whole.
                    if let w = apostropheWidth(bytes, j) {
                        let after = j + w
                        if after < n, bytes[after] == 0x73 || bytes[after] == 0x53, after + 1 >= n || !isWordByte(bytes, after + 1) {
                            break
                        }
                        if after < n, isWordByte(bytes, after) { j = after; plainASCII = false; continue }
                    }
                    break
                }
                if plainASCII {
                    tokens.append(Token(start: i, end: j, kind: .word, isCapitalised: b < 0x61, isAllCaps: !lower && upper >= 2,
                                        firstByte: b, isPlain: true, knownLength: Int32(j - i)))
                } else {
                    tokens.append(word(bytes, i, j))
                }
                i = j
                if i < n, let w = apostropheWidth(bytes, i), i + w < n, bytes[i + w] == 0x73 || bytes[i + w] == 0x53,
                   i + w + 1 >= n || !isWordByte(bytes, i + w + 1) {
                    tokens.append(plain(bytes, i, i + w + 1, .possessive, length: 2))
                    i += w + 1
                }
                continue
            }
            let w = scalarWidth(b)
            // One scalar: one Character (a combining mark after it is a word byte, not part of it).
            tokens.append(plain(bytes, i, min(n, i + w), .punctuation, length: 1))
            i += w
        }
        return tokens
    }

    // Free functions of the bytes, not closures over the token array: a captured `var` costs a
    // dynamic exclusivity check on every append.
    @inline(__always)
    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ kind: Token.Kind, length: Int32) -> Token {
        Token(start: s, end: e, kind: kind, isCapitalised: false, isAllCaps: false, firstByte: bytes[s], knownLength: length)
    }

    @inline(__always)
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Token {
        // Casing from the bytes for ASCII words (the same answers as `startsUppercase` and `isAllCaps`).
        var letters = 0, lower = false, ascii = true
        for k in s..<e {
            let b = bytes[k]
            if b >= 0x80 { ascii = false; break }
            if b >= 0x61 && b <= 0x7A { lower = true } else if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        if ascii {
            let first = bytes[s]
            return Token(start: s, end: e, kind: .word, isCapitalised: first >= 0x41 && first <= 0x5A,
                         isAllCaps: !lower && letters >= 2, firstByte: first, knownLength: Int32(e - s))
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
        return Token(start: s, end: e, kind: .word, isCapitalised: startsUppercase(text), isAllCaps: isAllCaps(text), firstByte: bytes[s], knownLength: -1)
    }

    /// Two or more letters and none lower-case (ASCII fast path, Unicode properties otherwise).
    public static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        if ascii { return letters >= 2 }
        letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if s.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The first character is an upper-case letter.
    public static func startsUppercase(_ text: String) -> Bool {
        guard let b = text.utf8.first else { return false }
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always) static func scalarWidth(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    }

    /// ASCII letters and non-ASCII scalars other than spaces, quotes, dashes and other punctuation.
    @inline(__always) static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILetter(b) }
        if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 || bytes[i + 1] == 0x82 { return false }  // U+2000-U+20BF: quotes, dashes, €
        if b == 0xC2 { return false }  // U+0080-U+00BF: nbsp, «», £, ©, °
        if b == 0xC3, i + 1 < bytes.count, bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7 { return false }  // × ÷
        if b == 0xEF, i + 1 < bytes.count, bytes[i + 1] == 0xBB || bytes[i + 1] == 0xBC { return false }  // BOM, fullwidth punctuation
        return b >= 0xC3
    }

    @inline(__always) static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { return true }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return true }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, (0x80...0x8B).contains(bytes[i + 2]) || bytes[i + 2] == 0xAF { return true }
        return false
    }

    @inline(__always) static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        bytes[i] == 0xC2 ? 2 : bytes[i] == 0xE2 ? 3 : 1
    }

    /// Width of an apostrophe (' or ’) at `i`, or nil.
    @inline(__always) static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        if bytes[i] == 0x27 { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }
}
