import Foundation
import ReaderModel
import TOMLKit

/// The reader's settings from `$XDG_CONFIG_HOME/lede/config.toml` (or `--config`).
struct Config: Equatable, Sendable {
    var theme: String?
    /// Where exports go; nil means the current directory.
    var exportDirectory: String?
    var mouse = true
    /// Command name → key names, replacing that command's default keys.
    var keys: [String: [String]] = [:]
    /// The library folder `lede add` and `lede fetch` save into; nil means `LibraryFolder.defaultPath`.
    var library: String?

    init(theme: String? = nil, exportDirectory: String? = nil, mouse: Bool = true, keys: [String: [String]] = [:]) {
        self.theme = theme
        self.exportDirectory = exportDirectory
        self.mouse = mouse
        self.keys = keys
    }

    /// Parses the config format:
    /// ```toml
    /// theme = "light"
    /// export_dir = "~/Documents/lede"
    /// mouse = false
    /// library = "~/News"
    /// [keys]
    /// next-mention = "m"
    /// quit = ["q", "Ctrl-c"]
    /// ```
    static func parse(_ text: String) throws -> Config {
        if let problem = TOMLPreflight.problem(in: text) { throw ConfigError("config is not valid TOML: \(problem)") }
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch { throw ConfigError("config is not valid TOML: \(error)") }
        var config = Config()
        if let theme = table["theme"] {
            guard let name = theme.string else { throw ConfigError("'theme' must be a theme name in quotes, like theme = \"light\"") }
            config.theme = name
        }
        if let value = table["export_dir"] ?? table["export-dir"] {
            guard let dir = value.string else { throw ConfigError("'export_dir' must be a folder path in quotes") }
            config.exportDirectory = (dir as NSString).expandingTildeInPath
        }
        if let mouse = table["mouse"] {
            guard let flag = mouse.bool else { throw ConfigError("'mouse' must be true or false") }
            config.mouse = flag
        }
        if let value = table["library"] {
            guard let dir = value.string, !dir.isEmpty else { throw ConfigError("'library' must be a folder path in quotes") }
            config.library = (dir as NSString).expandingTildeInPath
        }
        if let keys = table["keys"]?.table {
            for name in keys.keys {
                if let one = keys[name]?.string { config.keys[name] = [one] }
                else if let many = keys[name]?.array { config.keys[name] = many.compactMap { $0.string } }
                else { throw ConfigError("[keys] \(name) must be a key name or a list of them") }
            }
        }
        return config
    }

    /// Reads the config file; a missing default file is fine, a missing `--config` file or a broken one is reported.
    static func load(path explicitPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> (Config, String?) {
        let path = explicitPath.map { ($0 as NSString).expandingTildeInPath }
            ?? ConfigLocator.configDirectory(environment: environment).map { $0 + "/config.toml" }
        guard let path else { return (Config(), nil) }
        let bytes: [UInt8]
        do {
            // One open + fstat: a folder, a FIFO or an unreadable file is named as such (and a
            // FIFO never blocks), rather than all being "not found".
            bytes = try FileReader.contents(of: path, maxBytes: 1 << 20)
        } catch {
            if case .unreadable("no such file") = error.kind {
                return (Config(), explicitPath == nil ? nil : "config \(PrintableText.escaped(path)) not found, using defaults")
            }
            return (Config(), "config \(error.description), using defaults")
        }
        do {
            return (try parse(TOMLPreflight.text(decoding: bytes)), nil)
        } catch {
            return (Config(), "\(path): \(error), using defaults")
        }
    }
}

/// Finds lede's configuration directory.
enum ConfigLocator {
    /// `$XDG_CONFIG_HOME/lede`, else `~/.config/lede`.
    static func configDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/lede" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/lede" }
        return nil
    }
}
