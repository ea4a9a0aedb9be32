import Foundation

/// Keys under which spelling variants of one name meet: "Zelensky", "Zelenskyy" and "Zelenskiy"
/// share a key, so do "Kharkov"/"Harkov" and "Schutz"/"Schuts". General rules, no per-name table.
public enum Transliteration {
    /// The matching key of one word: case and accents folded, apostrophes dropped, kh→h, tz→ts,
    /// w→v, ph→f, j→y, doubled letters single, and final y/yy/iy/ii/ij/yi/yj → i.
    public static func key<S: StringProtocol>(_ word: S) -> String {
        var s = String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        s.removeAll { $0 == "'" || $0 == "’" || $0 == "." || $0 == "`" }
        var out: [Character] = []
        out.reserveCapacity(s.count)
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch (c, next) {
            case ("k", "h"): out.append("h"); i += 2; continue
            case ("t", "z"): out.append("t"); out.append("s"); i += 2; continue
            case ("p", "h"): out.append("f"); i += 2; continue
            case ("c", "k"): out.append("k"); i += 2; continue
            default: break
            }
            var mapped = c
            if c == "w" { mapped = "v" }
            if c == "j" { mapped = "y" }
            if out.last == mapped { i += 1; continue }  // doubled letters
            out.append(mapped)
            i += 1
        }
        var key = String(out)
        for ending in ["iy", "yi", "ii", "y"] where key.count > ending.count + 2 && key.hasSuffix(ending) {
            key = String(key.dropLast(ending.count)) + "i"
            break
        }
        return key
    }

    /// The key of a multi-word name: word keys joined by spaces, "the" and possessives dropped.
    public static func nameKey<S: StringProtocol>(_ name: S) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "-" })
            .filter { $0.lowercased() != "the" }
            .map { key($0) }
            .joined(separator: " ")
    }
}
