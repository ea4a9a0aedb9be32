import Foundation

/// File names for exports: a short slug of the title, numbered when the name is taken.
public enum ExportFileName {
    /// Lower-case letters and digits joined by hyphens, diacritics folded, at most `maxLength`
    /// characters cut at a word boundary; "article" when nothing is left.
    public static func slug(_ title: String, maxLength: Int = 60) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var words: [String] = []
        var length = 0
        for word in folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let word = word.lowercased()
            if length + word.count + (words.isEmpty ? 0 : 1) > maxLength { break }
            length += word.count + (words.isEmpty ? 0 : 1)
            words.append(word)
        }
        if words.isEmpty, let first = folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).first {
            words = [String(first.lowercased().prefix(maxLength))]
        }
        return words.isEmpty ? "article" : words.joined(separator: "-")
    }

    /// "base.ext" for number 1, then "base-2.ext", "base-3.ext"...
    public static func candidate(base: String, number: Int, format: ExportFormat) -> String {
        (number <= 1 ? base : "\(base)-\(number)") + "." + format.fileExtension
    }

    /// The first candidate name not present in `directory` (a hint: `Exporter.writeFresh`
    /// claims the name atomically, so two writers cannot both get it).
    public static func freshPath(in directory: String, title: String?, format: ExportFormat) -> String {
        let base = slug(title ?? "")
        var number = 1
        while true {
            let path = AtomicWriter.join(directory, candidate(base: base, number: number, format: format))
            var info = stat()
            if lstat(path, &info) != 0 { return path }
            number += 1
        }
    }
}
