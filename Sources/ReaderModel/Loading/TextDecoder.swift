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
/// U+FFFD), a declared HTML charset, and Windows-1252 as the fallback. Never fails.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], honouringHTMLCharset: Bool = false) -> DecodedText {
        if let (encoding, length) = EncodingDetector.byteOrderMark(bytes) {
            let body = bytes[length...]
            switch encoding {
            case .utf8: return decodeUTF8(body, leadingBytes: length, declared: .utf8)
            default: return DecodedText(text: decodeUTF16(body, encoding: encoding), encoding: encoding, leadingBytes: length, isVerbatimUTF8: false)
            }
        }
        if let encoding = EncodingDetector.utf16WithoutMark(bytes) {
            return DecodedText(text: decodeUTF16(bytes[...], encoding: encoding), encoding: encoding, leadingBytes: 0, isVerbatimUTF8: false)
        }
        let declared = honouringHTMLCharset ? EncodingDetector.declaredCharset(bytes) : nil
        return decodeUTF8(bytes[...], leadingBytes: 0, declared: declared)
    }

    /// Valid UTF-8 wins over any declaration (pages re-saved as UTF-8 often keep an old
    /// `charset`); otherwise a declared legacy charset, then the UTF-8 / Windows-1252 guess.
    private static func decodeUTF8(_ body: ArraySlice<UInt8>, leadingBytes: Int, declared: TextEncoding?) -> DecodedText {
        if let text = String(validating: body, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8, leadingBytes: leadingBytes, isVerbatimUTF8: true)
        }
        if let declared, let foundation = declared.foundationEncoding,
           let text = String(data: Data(body), encoding: foundation) {
            return DecodedText(text: text, encoding: declared, leadingBytes: leadingBytes, isVerbatimUTF8: false)
        }
        // A UTF-8 mark or declaration is believed unless the bytes plainly disagree.
        let mostlyUTF8 = declared == .windows1252 ? false : UTF8Survey(body).isMostlyUTF8 || (declared == .utf8 && leadingBytes > 0)
        if mostlyUTF8 {
            return DecodedText(text: String(decoding: body, as: UTF8.self), encoding: .utf8, leadingBytes: leadingBytes, isVerbatimUTF8: false)
        }
        return DecodedText(text: Windows1252.decode(body), encoding: .windows1252, leadingBytes: leadingBytes, isVerbatimUTF8: false)
    }

    /// Unpaired surrogates and an odd trailing byte become U+FFFD.
    private static func decodeUTF16(_ body: ArraySlice<UInt8>, encoding: TextEncoding) -> String {
        let littleEndian = encoding == .utf16LittleEndian
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if index < body.endIndex { text.append("\u{FFFD}") }
        return text
    }
}
