import Foundation
import TOMLKit

/// Finds and parses theme files; any problem gives the built-in default plus a message.
struct ThemeLoader: Sendable {
    /// Folders searched for `NAME.toml`, first match wins.
    var searchPaths: [String]

    /// The user's theme folder, `./themes`, then the `themes/` of the checkout the binary was built in.
    static func standardSearchPaths(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var paths: [String] = []
        if let config = ConfigLocator.configDirectory(environment: environment) { paths.append(config + "/themes") }
        paths.append(FileManager.default.currentDirectoryPath + "/themes")
        paths += BundledPaths.candidates(named: "themes")
        return paths
    }

    /// Loads a theme by name ("light") or path ("~/my.toml"). Never throws: a failure is reported in `message`.
    func load(_ nameOrPath: String?) -> (theme: Theme, message: String?) {
        guard let nameOrPath, !nameOrPath.isEmpty, nameOrPath != "default" || findFile("default") != nil else {
            return (Theme.fallback, nil)
        }
        let path: String?
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            path = (nameOrPath as NSString).expandingTildeInPath
        } else {
            path = findFile(nameOrPath)
        }
        guard let path, let data = FileManager.default.contents(atPath: path) else {
            return (Theme.fallback, "theme '\(nameOrPath)' not found, using default")
        }
        do {
            return (try Self.parse(TOMLPreflight.text(decoding: data), name: nameOrPath), nil)
        } catch {
            return (Theme.fallback, "theme '\(nameOrPath)' is broken (\(error)), using default")
        }
    }

    private func findFile(_ name: String) -> String? {
        searchPaths.map { "\($0)/\(name).toml" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Parses the theme format described in `themes/README.md`.
    static func parse(_ text: String, name: String) throws -> Theme {
        if let problem = TOMLPreflight.problem(in: text) { throw ThemeError("not valid TOML: \(problem)") }
        let table = try TOMLTable(string: text)
        var theme = Theme(name: table["name"]?.string ?? name, styles: Theme.fallback.styles)
        guard let styles = table["styles"]?.table else { throw ThemeError("missing [styles] table") }
        for key in styles.keys {
            guard let role = StyleRole(rawValue: key) ?? StyleRole.allCases.first(where: { $0.configName == key }) else {
                throw ThemeError("unknown element '\(key)'")
            }
            guard let entry = styles[key]?.table else { throw ThemeError("'\(key)' must be a table like { fg = \"red\" }") }
            var style = Theme.Style()
            for (field, keyPath) in [("fg", \Theme.Style.foreground), ("bg", \Theme.Style.background)] {
                guard let value = entry[field] else { continue }
                let raw = value.string ?? value.int.map(String.init) ?? ""
                guard let color = Theme.Color(name: raw) else { throw ThemeError("'\(key).\(field)': unknown colour '\(raw)'") }
                style[keyPath: keyPath] = color
            }
            for (field, keyPath) in [("bold", \Theme.Style.bold), ("underline", \.underline), ("reverse", \.reverse), ("dim", \.dim)] {
                if let value = entry[field] {
                    guard let flag = value.bool else { throw ThemeError("'\(key).\(field)' must be true or false") }
                    style[keyPath: keyPath] = flag
                }
            }
            theme.styles[role] = style
        }
        return theme
    }
}

extension StyleRole {
    /// The element name in theme files (kebab-case).
    var configName: String {
        rawValue.reduce(into: "") { out, c in
            if c.isUppercase { out += "-" + c.lowercased() } else { out.append(c) }
        }
    }
}

/// A problem in a theme file.
struct ThemeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
