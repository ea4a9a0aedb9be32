import Foundation

/// Where the index of a library folder lives: one SQLite file per folder under the XDG data directory.
public struct LibraryLocation: Sendable, Hashable {
    /// The library folder, absolute and standardised.
    public var root: String
    /// The SQLite file of its index.
    public var indexPath: String
    /// True when `indexPath` is the default one, in lede's own data directory (every file there is lede's).
    public var isDefaultPath: Bool

    /// `indexPath` defaults to `$XDG_DATA_HOME/lede/<folder name>-<hash of its path>.sqlite`
    /// (or `~/.local/share/lede/...`), so two folders with the same name never share an index.
    public init(root: String, indexPath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let absolute = LibraryLocation.absolute(root)
        self.root = absolute
        isDefaultPath = indexPath == nil
        if let indexPath {
            self.indexPath = LibraryLocation.absolute(indexPath)
        } else {
            let name = (absolute as NSString).lastPathComponent
            let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }.prefix(40))
            let digest = String(FileFingerprint.fnv1a(Array(absolute.utf8)), radix: 16)
            self.indexPath = (LibraryLocation.dataDirectory(environment: environment) as NSString)
                .appendingPathComponent("\(safe.isEmpty ? "library" : safe)-\(digest).sqlite")
        }
    }

    /// `$XDG_DATA_HOME/lede` when set and absolute (as the XDG spec requires), else `~/.local/share/lede`.
    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("lede")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/lede")
    }

    static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let full = expanded.hasPrefix("/") ? expanded
            : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded)
        return (full as NSString).standardizingPath
    }
}
