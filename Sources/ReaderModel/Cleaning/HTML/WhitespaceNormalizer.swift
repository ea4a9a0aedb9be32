/// Collapses runs of whitespace (including no-break and zero-width spaces) to one space and trims.
enum WhitespaceNormalizer {
    static func normalize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0xAD:
                continue  // zero-width and soft hyphen: invisible, and they split words for search
            default:
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(scalar)
            }
        }
        return String(out)
    }
}
