/// Text that is printed as it is, not cleaned: file names, paths and messages that quote them.
/// Control characters (C0 but newline, DEL, C1) and the bidi controls that would reorder a line
/// are shown as visible escapes (`\x1B`, `\u{202E}`), so a hostile name can neither drive the
/// terminal nor hide what it is, and the user can still tell which file is meant.
public enum PrintableText {
    /// `text` with every unsafe scalar escaped; newlines are escaped too unless `keepingNewlines`.
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingNewlines: keepingNewlines) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar, keepingNewlines: keepingNewlines) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            if let byte = FileSystemPath.escapedByte(scalar) {  // a file name's byte that is not UTF-8
                out += "\\x" + String(byte, radix: 16, uppercase: true)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            switch scalar.value {
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case ..<0x100: out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            default: out += "\\u{" + hex + "}"
            }
        }
        return out
    }

    static func isUnsafe(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !keepingNewlines
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true  // bidi controls
        case 0x2028, 0x2029: return true                                            // line separators
        case 0x10FF80...0x10FFFF: return true                                       // FileSystemPath's escaped bytes
        default: return false
        }
    }
}
