/// Finds HTML markup that a browser shows as text in a select-all copy: `<noscript>` fallbacks
/// such as tracking pixels (`<img src="http://...">`), ad frames and `<iframe>` players. They are
/// never article text. Markup in a code sample (a tutorial's HTML) sits among other markup
/// lines without absolute addresses and is left to the ordinary judgement.
enum MarkupLineDetector {
    static let evidence = "markup shown as text (noscript)"

    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices where lines[i].text.utf8.first == UInt8(ascii: "<") && isEmbeddedMarkup(lines[i].text) {
            if isInCodeSample(i, lines) { continue }
            evidence[i].noise = .fragment
            evidence[i].noiseSource = .rule(Self.evidence)
            evidence[i].shape = .short
            evidence[i].isCaption = false
        }
    }

    /// Starts with an element tag and loads something from another address (`src=`/`href=` with an
    /// absolute or protocol-relative URL), the way embeds and pixels do.
    static func isEmbeddedMarkup(_ text: Substring) -> Bool {
        guard startsWithTag(text) else { return false }
        let bytes = Array(text.utf8.prefix(2_000))
        var i = 0
        while i + 4 < bytes.count {
            // "src=" or "href=" (any case), then optional space and quote, then "http" or "//".
            if bytes[i] == UInt8(ascii: "="), i >= 3 {
                let before = String(decoding: bytes[max(0, i - 4)..<i], as: UTF8.self).lowercased()
                if before.hasSuffix("src") || before.hasSuffix("href") {
                    var k = i + 1
                    while k < bytes.count, bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\"")
                        || bytes[k] == UInt8(ascii: "'") { k += 1 }
                    let rest = bytes[k..<min(bytes.count, k + 4)]
                    if rest.starts(with: "http".utf8) || rest.starts(with: "//".utf8) { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// `<name` with a known element name, then a space, `>` or `/`.
    static func startsWithTag(_ text: Substring) -> Bool {
        var name: [UInt8] = []
        for byte in text.utf8.dropFirst() {
            if (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte == 45 || (byte >= 48 && byte <= 57) {
                guard name.count < 12 else { return false }
                name.append(byte | 0x20)
                continue
            }
            guard byte == 32 || byte == 62 || byte == 47 || byte == 9 else { return false }
            return elementNames.contains(String(decoding: name, as: UTF8.self))
        }
        return false
    }

    private static let elementNames: Set<String> = [
        "img", "iframe", "div", "span", "a", "p", "noscript", "embed", "object", "video", "audio", "source",
        "picture", "script", "link", "ins", "amp-img", "amp-pixel", "amp-iframe", "input", "form", "param",
    ]

    /// A line glued to markup that loads nothing from elsewhere is part of a code sample.
    private static func isInCodeSample(_ i: Int, _ lines: [TextLine]) -> Bool {
        func isPlainMarkup(_ j: Int) -> Bool {
            lines[j].text.utf8.first == UInt8(ascii: "<") && !isEmbeddedMarkup(lines[j].text)
        }
        if i > 0, !lines[i].blankBefore, isPlainMarkup(i - 1) { return true }
        if i + 1 < lines.count, !lines[i + 1].blankBefore, isPlainMarkup(i + 1) { return true }
        return false
    }
}
