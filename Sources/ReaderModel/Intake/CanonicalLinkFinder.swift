/// Finds `<link rel="canonical" href="...">` in the head of a page by a byte scan (no parse): the
/// page's own name for itself, so the same article reached by two URLs is saved once.
public enum CanonicalLinkFinder {
    /// How far into the page to look: the link belongs in `<head>`.
    static let scanLimit = 256 * 1024

    public static func find(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(scanLimit)
        var index = head.startIndex
        while let open = head[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard open + 5 < head.endIndex else { return nil }
            index = open + 1
            guard lower(head[open + 1]) == UInt8(ascii: "l"), lower(head[open + 2]) == UInt8(ascii: "i"),
                  lower(head[open + 3]) == UInt8(ascii: "n"), lower(head[open + 4]) == UInt8(ascii: "k") else { continue }
            guard let close = head[open...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let attributes = Self.attributes(String(decoding: head[(open + 5)..<close], as: UTF8.self))
            if let rel = attributes["rel"], rel.lowercased().split(separator: " ").contains("canonical"),
               let href = attributes["href"], !href.isEmpty {
                return href
            }
            index = close
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    /// name → value of a tag's attributes (names lower-cased; quoted or bare values).
    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(text)
        while true {
            rest = rest.drop(while: { $0.isWhitespace || $0 == "/" })
            guard !rest.isEmpty else { break }
            let name = rest.prefix(while: { !$0.isWhitespace && $0 != "=" && $0 != "/" })
            rest = rest.dropFirst(name.count).drop(while: { $0.isWhitespace })
            guard rest.first == "=" else {
                if name.isEmpty { rest = rest.dropFirst() }
                continue
            }
            rest = rest.dropFirst().drop(while: { $0.isWhitespace })
            var value: Substring
            if let quote = rest.first, quote == "\"" || quote == "'" {
                rest = rest.dropFirst()
                value = rest.prefix(while: { $0 != quote })
                rest = rest.dropFirst(value.count + 1)
            } else {
                value = rest.prefix(while: { !$0.isWhitespace })
                rest = rest.dropFirst(value.count)
            }
            result[name.lowercased()] = String(value)
        }
        return result
    }
}
