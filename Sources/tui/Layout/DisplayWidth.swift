import CNcurses
import Glibc

/// Terminal column widths, computed the way ncurses advances its cursor (sum of `wcwidth`).
enum DisplayWidth {
    /// `wcwidth` follows LC_CTYPE; the reader calls setlocale first, and this makes tests
    /// (which start in the C locale) measure UTF-8 text the same way.
    private static let localeReady: Bool = {
        if wcwidth(wchar_t(0x4E2D)) != 2 { _ = setlocale(LC_CTYPE, "C.UTF-8") }
        return true
    }()

    /// Columns one scalar takes: 0 for combining marks, 2 for wide characters.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        _ = localeReady
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? 1 : 0 }
        let w = Int(wcwidth(wchar_t(bitPattern: scalar.value)))
        // Unknown to the C library but printable: one column is ncurses' guess too.
        return w < 0 ? 1 : w
    }

    /// Columns a string takes.
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }
}
