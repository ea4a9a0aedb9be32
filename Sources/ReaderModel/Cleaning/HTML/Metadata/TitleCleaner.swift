import Foundation

/// Takes a page title down to the headline: no "UPDATED:"-style prefix, no " | Site Name" suffix.
enum TitleCleaner {
    /// Prefixes newsrooms put before a headline.
    private static let prefixes: Set<String> = [
        "updated", "update", "breaking", "breaking news", "live", "live updates", "watch", "exclusive",
        "video", "photos", "in pictures", "analysis", "just in", "developing", "new", "listen",
    ]
    /// What sites put between a headline and the site or section names of a page title.
    static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " « ", " » ", " / "]

    static func clean(_ raw: String, siteName: String?) -> String {
        var title = WhitespaceNormalizer.normalize(raw)
        if let colon = title.firstIndex(of: ":") {
            let head = title[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let rest = title[title.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            // "In pictures: spring storm..." reads as a headline again once capitalised.
            if prefixes.contains(head), let first = rest.first { title = first.uppercased() + rest.dropFirst() }
        }
        // Wire-service revision prefixes: "UPDATE 2-Ukraine says ...".
        if title.hasPrefix("UPDATE "), let dash = title.firstIndex(of: "-"),
           title[title.index(title.startIndex, offsetBy: 7)..<dash].allSatisfy(\.isNumber) {
            title = String(title[title.index(after: dash)...]).trimmingCharacters(in: .whitespaces)
        }
        let site = siteName.map { WhitespaceNormalizer.normalize($0).lowercased() }
        // Strip site-name suffixes repeatedly ("Story - Section | Site").
        for _ in 0..<2 {
            let ascii = AsciiTitle(title)
            guard let (range, _) = separators.compactMap({ sep in ascii.range(of: sep, backwards: true).map { ($0, sep) } })
                .max(by: { $0.0.lowerBound < $1.0.lowerBound }) else { break }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            let tailWords = tail.split(separator: " ").count
            let headWords = head.split(separator: " ").count
            let namesSite = site.map { !$0.isEmpty && (tail.lowercased().contains($0) || $0.contains(tail.lowercased())) } ?? false
            let looksLikeName = tailWords <= 4 && headWords >= 3 && tail.split(separator: " ").allSatisfy { word in
                guard let first = word.unicodeScalars.first else { return false }
                return !(first.properties.isLowercase) || word.contains(".")
            }
            if namesSite || looksLikeName { title = head.trimmingCharacters(in: .whitespaces) } else { break }
        }
        // A leading site name ("Site | Story").
        if let site, !site.isEmpty {
            let ascii = AsciiTitle(title)
            for sep in separators {
                if let range = ascii.range(of: sep, backwards: false), title[..<range.lowerBound].lowercased() == site {
                    title = String(title[range.upperBound...])
                    break
                }
            }
        }
        return title
    }
}

/// A title's separator search without bridging to Foundation when the title is ASCII: there
/// Foundation's search (which also matches canonically equivalent text) is a byte search.
private struct AsciiTitle {
    let title: String
    /// The title's bytes when every one is ASCII, else nil.
    let bytes: [UInt8]?

    init(_ title: String) {
        self.title = title
        bytes = title.utf8.allSatisfy { $0 < 0x80 } ? Array(title.utf8) : nil
    }

    /// `title.range(of: separator, options: backwards ? .backwards : [])`.
    func range(of separator: String, backwards: Bool) -> Range<String.Index>? {
        guard let bytes else { return title.range(of: separator, options: backwards ? .backwards : []) }
        let needle = Array(separator.utf8)
        // Only ASCII can match ASCII.
        guard needle.allSatisfy({ $0 < 0x80 }), !needle.isEmpty, needle.count <= bytes.count else { return nil }
        let last = bytes.count - needle.count
        let starts = backwards ? Array(stride(from: last, through: 0, by: -1)) : Array(0...last)
        for start in starts where bytes[start] == needle[0] {
            var k = 1
            while k < needle.count, bytes[start + k] == needle[k] { k += 1 }
            if k == needle.count {
                let lower = title.utf8.index(title.startIndex, offsetBy: start)
                return lower..<title.utf8.index(lower, offsetBy: needle.count)
            }
        }
        return nil
    }
}
