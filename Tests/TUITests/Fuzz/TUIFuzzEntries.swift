import Foundation
#if !LEDE_FUZZ_HARNESS
@testable import tui
#endif

/// Fuzz entries for the reader's TOML loaders: a config or theme file of any bytes gives a value
/// or an error message, never a crash. Compiled into the libFuzzer harness (`Fuzz/`, which builds
/// the loader sources itself and defines LEDE_FUZZ_HARNESS) and into TUITests for the regressions.
enum TUIFuzzEntries {
    /// Target names, as `scripts/fuzz` and the regression folders spell them.
    static let names = ["config", "theme"]

    /// Runs the entry called `name`; false when there is no such entry here.
    static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
        switch name {
        case "config": config(bytes)
        case "theme": theme(bytes)
        default: return false
        }
        return true
    }

    /// `config.toml` as the reader reads it.
    static func config(_ bytes: [UInt8]) {
        _ = try? Config.parse(String(decoding: bytes, as: UTF8.self))
    }

    /// A theme file as `ThemeLoader` reads it; every style of a theme that loads must be drawable.
    static func theme(_ bytes: [UInt8]) {
        guard let theme = try? ThemeLoader.parse(String(decoding: bytes, as: UTF8.self), name: "fuzz") else { return }
        for role in StyleRole.allCases {
            for colour in [theme.style(role).foreground, theme.style(role).background] {
                if case .indexed(let n) = colour { precondition((0...255).contains(n), "colour \(n) out of range") }
            }
        }
    }
}
