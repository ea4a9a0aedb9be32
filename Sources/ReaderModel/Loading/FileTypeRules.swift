/// Which files are saved pages, judged by extension and, for unknown extensions, by content.
public enum FileTypeRules {
    public static let textExtensions: Set<String> = ["txt", "text"]
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    /// The lower-cased extension of the last path component ("" when there is none;
    /// a leading dot, as in ".profile", is not an extension).
    public static func fileExtension(of path: String) -> String {
        if let ext = asciiFileExtension(of: path) { return ext }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// `fileExtension` of an ASCII path (nil for any other), read on its bytes, each a Character:
    /// splitting the whole path into Characters cost 24,000 instructions a file of a folder.
    private static func asciiFileExtension(of path: String) -> String? {
        var path = path
        return path.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // The last name between slashes (trailing slashes dropped); the path itself when it has none.
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x2F { end -= 1 }
            var start = 0
            if end > 0 {
                start = end
                while start > 0, bytes[start - 1] != 0x2F { start -= 1 }
            } else {
                end = bytes.count
            }
            guard let dot = bytes[start..<end].lastIndex(of: 0x2E), dot != start else { return "" }
            return String(decoding: bytes[(dot + 1)..<end].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
    }

    /// The format implied by the extension alone, nil for extensions that say nothing.
    public static func format(forExtension ext: String) -> Article.Format? {
        if ext.isEmpty || textExtensions.contains(ext) { return .text }
        if htmlExtensions.contains(ext) { return .html }
        return nil
    }

    /// The name of a saved-page container lede opens: `.mhtml`, `.mht`, `.webarchive`, or a page
    /// name with `.gz` after it (`page.html.gz`, `notes.txt.gz`; not `data.csv.gz` or `backup.tar.gz`).
    public static func isContainerName(_ name: String) -> Bool {
        let ext = fileExtension(of: name)
        guard let container = SavedPageContainer.extensions[ext] else { return false }
        guard container == .gzip else { return true }
        let inner = fileExtension(of: String(name.dropLast(ext.count + 1)))
        return !inner.isEmpty && format(forExtension: inner) != nil
    }

    /// The format a gzip file's name gives its content (`page.html.gz` is HTML), nil when it says nothing.
    static func format(insideGzipNamed name: String) -> Article.Format? {
        let ext = fileExtension(of: name)
        guard ext == "gz" else { return nil }
        let inner = fileExtension(of: String(name.dropLast(ext.count + 1)))
        return inner.isEmpty ? nil : format(forExtension: inner)
    }

    /// The file starts (after a BOM, whitespace and comments) with a doctype or `<html`.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()[...]
        while true {
            head = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" || $0 == "\0" }
            guard head.hasPrefix("<!--"), let end = head.range(of: "-->") else { break }
            head = head[end.upperBound...]
        }
        let ascii = head.filter { $0 != "\0" }  // BOM-less UTF-16 keeps its zero bytes here
        return ascii.hasPrefix("<!doctype html") || ascii.hasPrefix("<html") || ascii.hasPrefix("<?xml") && ascii.contains("<html")
    }
}
