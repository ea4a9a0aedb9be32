import Foundation

/// Where files that ship with lede (`Demo/`, `themes/`) are found: the current directory,
/// then relative to the executable (`.build/<triple>/debug/lede` → the checkout root).
enum BundledPaths {
    static func candidates(named name: String) -> [String] {
        var dirs: [String] = []
        let exe = (Bundle.main.executablePath ?? CommandLine.arguments.first ?? "") as NSString
        let resolved = exe.resolvingSymlinksInPath as NSString
        for binary in [exe, resolved] {
            let binDir = binary.deletingLastPathComponent as NSString
            for up in ["..", "../..", "../../..", "../share/lede"] {
                dirs.append(((binDir.appendingPathComponent(up) as NSString).appendingPathComponent(name) as NSString).standardizingPath)
            }
        }
        var seen = Set<String>()
        return dirs.filter { seen.insert($0).inserted }
    }

    /// The first existing directory called `name`: `./name`, then beside the executable.
    static func locate(_ name: String) -> String? {
        let here = FileManager.default.currentDirectoryPath + "/" + name
        return ([here] + candidates(named: name)).first { path in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
        }
    }
}
