/// A file name made from an article's title: letters and digits kept (any script), runs of anything
/// else become one `-`, cut at a word boundary to stay well inside a file system's 255-byte limit.
public enum ArticleFileName {
    static let maxBytes = 90

    /// `stem` for n = 1, `stem-n` after it, each with `ext` (".html" or ".txt").
    public static func name(title: String?, ext: String, number: Int) -> String {
        let stem = self.stem(title)
        return (number == 1 ? stem : "\(stem)-\(number)") + ext
    }

    static func stem(_ title: String?) -> String {
        var stem = ""
        var pendingDash = false
        for character in (title ?? "").lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !stem.isEmpty { stem.append("-") }
                pendingDash = false
                guard stem.utf8.count + character.utf8.count <= maxBytes else { break }
                stem.append(character)
            } else {
                pendingDash = true
            }
        }
        while stem.hasSuffix("-") { stem.removeLast() }
        return stem.isEmpty ? "article" : stem
    }
}
