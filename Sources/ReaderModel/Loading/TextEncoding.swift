import Foundation

/// A text encoding lede can decode a saved page from.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "windows-1252"
    // Legacy encodings only used when an HTML page declares them.
    case windows1250 = "windows-1250"
    case windows1251 = "windows-1251"
    case isoLatin2 = "ISO-8859-2"
    case shiftJIS = "Shift_JIS"
    case eucJP = "EUC-JP"

    /// The encoding an HTML `charset` label names, following the WHATWG label table for
    /// the labels real pages use (latin1 and ascii mean windows-1252 there).
    public init?(label: String) {
        let name = label.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'"))).lowercased()
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "utf-16", "utf-16le": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso-8859-15", "latin-1":
            self = .windows1252
        case "windows-1250", "cp1250", "x-cp1250": self = .windows1250
        case "windows-1251", "cp1251", "x-cp1251": self = .windows1251
        case "iso-8859-2", "iso8859-2", "latin2", "l2": self = .isoLatin2
        case "shift_jis", "shift-jis", "sjis", "ms_kanji", "windows-31j", "x-sjis": self = .shiftJIS
        case "euc-jp", "x-euc-jp": self = .eucJP
        default: return nil
        }
    }

    /// Foundation's name for the legacy encodings decoded through it.
    var foundationEncoding: String.Encoding? {
        switch self {
        case .windows1250: return .windowsCP1250
        case .windows1251: return .windowsCP1251
        case .isoLatin2: return .isoLatin2
        case .shiftJIS: return .shiftJIS
        case .eucJP: return .japaneseEUC
        case .utf8, .utf16LittleEndian, .utf16BigEndian, .windows1252: return nil
        }
    }
}
