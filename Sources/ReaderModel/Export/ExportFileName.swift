import Foundation

/// File names for exports: a short slug of the title, numbered when the name is taken.
public enum ExportFileName {
    /// The most UTF-8 bytes a slug takes: with "-10000", the longest extension and the
    /// temporary suffix `AtomicWriter` adds, a name stays well below the usual 255-byte limit
    /// of a file name, whatever script the title is in.
    public static let maxSlugBytes = 120

    /// Lower-case letters and digits joined by hyphens, diacritics folded, at most `maxLength`
    /// characters and `maxSlugBytes` UTF-8 bytes, cut at a word boundary (a single long word
    /// at a character boundary); "article" when nothing is left.
    public static func slug(_ title: String, maxLength: Int = 60) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var words: [String] = []
        var length = 0, bytes = 0
        for word in folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let word = word.lowercased()
            let separator = words.isEmpty ? 0 : 1
            if length + word.count + separator > maxLength || bytes + word.utf8.count + separator > maxSlugBytes { break }
            length += word.count + separator
            bytes += word.utf8.count + separator
            words.append(word)
        }
        if words.isEmpty, let first = folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).first {
            var word = ""
            for character in first.lowercased().prefix(maxLength) {
                guard word.utf8.count + character.utf8.count <= maxSlugBytes else { break }
                word.append(character)
            }
            words = [word]
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
