/// A linked line whose visible text is the web address itself ("https://example.org/guide"):
/// the article citing a source, as a reference list does, where a teaser link shows a headline.
enum CitedAddress {
    /// True when `text` is one bare address: `http://`, `https://` or `www.` and no space.
    static func isBareAddress(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 10, bytes.count <= 300, !bytes.contains(0x20) else { return false }
        return text.hasPrefix("https://") || text.hasPrefix("http://") || text.hasPrefix("www.")
    }

    /// `--explain`'s words for a kept address.
    static let evidence = "a linked web address in the article (a cited source, not a teaser)"
}
