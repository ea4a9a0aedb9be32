import Foundation

/// Keys under which spelling variants of one name meet: "Zelensky", "Zelenskyy" and "Zelenskiy"
/// share a key, so do "Kharkov"/"Harkov" and "Schutz"/"Schuts". General rules, no per-name table.
public enum Transliteration {
    /// The matching key of one word: Cyrillic romanised, case and accents folded, apostrophes dropped,
    /// kh→h, g→h and j→i in Slavic-looking names (Ukrainian Г is written H, Russian G), tz→ts, w→v, ph→f, ck→k, y→i, doubled letters
    /// single — so "Hrytsenko"/"Gritsenko"/"Гриценко" and "Zelensky"/"Zelenskyy"/"Zelenskiy" meet.
    public static func key<S: StringProtocol>(_ word: S) -> String {
        var s = String(word).lowercased()
        if s.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
            s = s.map { cyrillic[$0] ?? String($0) }.joined()
        }
        s = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        s.removeAll { $0 == "'" || $0 == "’" || $0 == "." || $0 == "`" }
        // Ukrainian H for Russian G, J for Y only in Slavic-looking names: "Gill"/"Hill", "Jan"/"Ian" stay apart.
        let slavic = slavicEndings.contains { s.hasSuffix($0) }
        var out: [Character] = []
        out.reserveCapacity(s.count)
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            var mapped = c
            var width = 1
            switch (c, next) {
            case ("k", "h"): mapped = "h"; width = 2
            case ("t", "z"): out.append("t"); mapped = "s"; width = 2
            case ("p", "h"): mapped = "f"; width = 2
            case ("c", "k"): mapped = "k"; width = 2
            case ("g", _) where slavic: mapped = "h"
            case ("w", _): mapped = "v"
            case ("j", _) where slavic: mapped = "i"
            case ("y", _): mapped = "i"
            default: break
            }
            if out.last != mapped { out.append(mapped) }  // doubled letters count once
            i += width
        }
        return String(out)
    }

    static let slavicEndings = [
        "enko", "ko", "ov", "ova", "ev", "eva", "iy", "yi", "ii", "ij", "sky", "ski", "skyi", "uk", "yuk", "ych", "ich",
        "in", "ina", "yn", "yna", "ivna", "ovna", "iv", "ka", "ry", "ri", "ory", "oriy", "orii", "ey", "ei",
    ]

    /// Ukrainian and Russian letters in the usual English romanisation.
    static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo", "ж": "zh",
        "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ь": "", "ъ": "", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
    ]

    /// The key of a multi-word name: word keys joined by spaces, "the" and possessives dropped.
    public static func nameKey<S: StringProtocol>(_ name: S) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "-" })
            .filter { $0.lowercased() != "the" }
            .map { key($0) }
            .joined(separator: " ")
    }
}
