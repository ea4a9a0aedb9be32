import Foundation

/// A file's bytes decoded to text, with what is needed to map text offsets back to the file.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: TextEncoding
    /// Length of the byte-order mark skipped before `text`.
    public var leadingBytes: Int
    /// True when `text`'s UTF-8 is exactly the file's bytes after `leadingBytes`.
    public var isVerbatimUTF8: Bool
}

/// Decodes a file's bytes: byte-order marks first, then UTF-8 (repairing a few bad bytes with
/// U+FFFD), a declared HTML charset (any WHATWG encoding, through iconv), a legacy encoding
/// recognised by its byte shape, and Windows-1252 as the fallback. Never fails.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], honouringHTMLCharset: Bool = false) -> DecodedText {
        if let (encoding, length) = EncodingDetector.byteOrderMark(bytes) {
            let body = bytes[length...]
            switch encoding {
            case .utf8: return decodeUTF8(body, leadingBytes: length, declared: nil)
            case .utf32LittleEndian, .utf32BigEndian:
                return DecodedText(text: decodeUTF32(body, encoding: encoding), encoding: encoding, leadingBytes: length, isVerbatimUTF8: false)
            default: return DecodedText(text: decodeUTF16(body, encoding: encoding), encoding: encoding, leadingBytes: length, isVerbatimUTF8: false)
            }
        }
        if let encoding = EncodingDetector.utf32WithoutMark(bytes) {
            return DecodedText(text: decodeUTF32(bytes[...], encoding: encoding), encoding: encoding, leadingBytes: 0, isVerbatimUTF8: false)
        }
        if let encoding = EncodingDetector.utf16WithoutMark(bytes) {
            return DecodedText(text: decodeUTF16(bytes[...], encoding: encoding), encoding: encoding, leadingBytes: 0, isVerbatimUTF8: false)
        }
        let declared = honouringHTMLCharset ? EncodingDetector.declaredCharset(bytes) : nil
        return decodeUTF8(bytes[...], leadingBytes: 0, declared: declared)
    }

    /// Decodes bytes whose encoding a container declared (an MHTML part's charset, a web archive's
    /// encoding name): a byte-order mark still wins, and valid UTF-8 wins over an ASCII-compatible
    /// declaration, as for a page's own `<meta charset>`.
    public static func decode(_ bytes: [UInt8], declared encoding: TextEncoding) -> DecodedText {
        if EncodingDetector.byteOrderMark(bytes) != nil { return decode(bytes) }
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian:
            return DecodedText(text: decodeUTF16(bytes[...], encoding: encoding), encoding: encoding, leadingBytes: 0, isVerbatimUTF8: false)
        case .utf32LittleEndian, .utf32BigEndian:
            return DecodedText(text: decodeUTF32(bytes[...], encoding: encoding), encoding: encoding, leadingBytes: 0, isVerbatimUTF8: false)
        default:
            return decodeUTF8(bytes[...], leadingBytes: 0, declared: encoding)
        }
    }

    /// True for the encodings whose bytes are not ASCII-compatible; a `<meta charset>` naming
    /// one was written by a page that is in fact ASCII-compatible (WHATWG reads it as UTF-8).
    private static func isWide(_ encoding: TextEncoding) -> Bool {
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian: return true
        default: return false
        }
    }

    /// Valid UTF-8 wins over any declaration (pages re-saved as UTF-8 often keep an old
    /// `charset`); otherwise a declared legacy charset, then the UTF-8 / Windows-1252 guess.
    private static func decodeUTF8(_ body: ArraySlice<UInt8>, leadingBytes: Int, declared: TextEncoding?) -> DecodedText {
        if let text = String(validating: body, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8, leadingBytes: leadingBytes, isVerbatimUTF8: true)
        }
        let declared = declared.flatMap { isWide($0) ? nil : $0 }
        if let declared, let text = decodeLegacy(body, declared, strict: false) {
            return DecodedText(text: text, encoding: declared, leadingBytes: leadingBytes, isVerbatimUTF8: false)
        }
        // A UTF-8 byte-order mark is believed whatever follows; a declared Windows-1252 too, so its
        // bytes are not surveyed (a pass over the page).
        let survey = declared == .windows1252 ? nil : UTF8Survey(body)
        let mostlyUTF8 = leadingBytes > 0 || survey?.isMostlyUTF8 == true
        if mostlyUTF8 {
            return DecodedText(text: String(decoding: body, as: UTF8.self), encoding: .utf8, leadingBytes: leadingBytes, isVerbatimUTF8: false)
        }
        // Undeclared: a legacy encoding recognised by the shape of its bytes (CJK double-byte,
        // Cyrillic single-byte), decoded only when every byte converts.
        if declared == nil, let guess = LegacyEncodingGuess.guess(body), let text = decodeLegacy(body, guess, strict: true) {
            return DecodedText(text: text, encoding: guess, leadingBytes: leadingBytes, isVerbatimUTF8: false)
        }
        // Not declared otherwise, with UTF-8 sequences too many to be chance pairs of accented
        // letters and symbols: UTF-8 text and Windows-1252 bytes side by side, each read as itself.
        if declared == nil || declared == .utf8, survey?.holdsUTF8BesideLegacyBytes == true {
            return DecodedText(text: MixedUTF8.decode(body), encoding: .utf8, leadingBytes: leadingBytes, isVerbatimUTF8: false)
        }
        return DecodedText(text: Windows1252.decode(body), encoding: .windows1252, leadingBytes: leadingBytes, isVerbatimUTF8: false)
    }

    /// A legacy encoding through iconv; Big5 with the codes glibc's table lacks (`Big5IndexGaps`).
    private static func decodeLegacy(_ body: ArraySlice<UInt8>, _ encoding: TextEncoding, strict: Bool) -> String? {
        guard let name = encoding.iconvName else { return nil }
        if encoding == .big5 { return Big5IndexGaps.decode(body, iconvName: name, strict: strict) }
        return IconvDecoder.decode(body, from: name, strict: strict)
    }

    /// Transcodes straight to UTF-8 (much faster than the standard library's UTF-16 path);
    /// unpaired surrogates and an odd trailing byte become U+FFFD.
    private static func decodeUTF16(_ body: ArraySlice<UInt8>, encoding: TextEncoding) -> String {
        let littleEndian = encoding == .utf16LittleEndian
        let count = body.count / 2
        var utf8: [UInt8] = []
        utf8.reserveCapacity(body.count + body.count / 2)
        body.withUnsafeBufferPointer { bytes in
            func unit(_ index: Int) -> UInt32 {
                let first = UInt32(bytes[2 * index]), second = UInt32(bytes[2 * index + 1])
                return littleEndian ? first | second << 8 : first << 8 | second
            }
            var index = 0
            while index < count {
                var scalar = unit(index)
                index += 1
                if (0xD800...0xDBFF).contains(scalar), index < count, (0xDC00...0xDFFF).contains(unit(index)) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (unit(index) - 0xDC00)
                    index += 1
                } else if (0xD800...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                appendUTF8(scalar, to: &utf8)
            }
        }
        if body.count % 2 == 1 { appendUTF8(0xFFFD, to: &utf8) }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// UTF-32 to UTF-8; a unit that is no scalar (a surrogate, beyond U+10FFFF) and trailing
    /// bytes short of a unit become U+FFFD.
    private static func decodeUTF32(_ body: ArraySlice<UInt8>, encoding: TextEncoding) -> String {
        let littleEndian = encoding == .utf32LittleEndian
        var utf8: [UInt8] = []
        utf8.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 4 <= body.endIndex {
            let b = (UInt32(body[index]), UInt32(body[index + 1]), UInt32(body[index + 2]), UInt32(body[index + 3]))
            let unit = littleEndian ? b.0 | b.1 << 8 | b.2 << 16 | b.3 << 24 : b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3
            appendUTF8(Unicode.Scalar(unit) == nil ? 0xFFFD : unit, to: &utf8)
            index += 4
        }
        if index < body.endIndex { appendUTF8(0xFFFD, to: &utf8) }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static func appendUTF8(_ scalar: UInt32, to utf8: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            utf8.append(UInt8(scalar))
        case 0x80..<0x800:
            utf8.append(UInt8(0xC0 | scalar >> 6)); utf8.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            utf8.append(UInt8(0xE0 | scalar >> 12)); utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F)); utf8.append(UInt8(0x80 | scalar & 0x3F))
        default:
            utf8.append(UInt8(0xF0 | scalar >> 18)); utf8.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F)); utf8.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
