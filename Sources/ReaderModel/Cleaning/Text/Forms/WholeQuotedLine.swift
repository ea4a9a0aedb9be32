/// A line set wholly inside one pair of quote marks of any typography: German „…“, English “…”,
/// French and Spanish «…», Danish »…«, the single forms ‚…‘ and ‹…›, and CJK 「…」 and 『…』. A
/// pull quote is set so, often without a full stop before the closing mark (the German closing
/// “ is the English opening mark, which the sentence reader does not walk back over): such a line
/// is one quoted sentence, whatever ends it inside the marks.
enum WholeQuotedLine {
    /// Opening marks and the closing marks that may end a line they open.
    static let pairs: [Unicode.Scalar: [Unicode.Scalar]] = [
        "\u{201E}": ["\u{201C}", "\u{201D}"], "\u{201C}": ["\u{201D}"], "\u{00AB}": ["\u{00BB}"], "\u{00BB}": ["\u{00AB}"],
        "\u{201A}": ["\u{2018}", "\u{2019}"], "\u{2039}": ["\u{203A}"], "\u{300C}": ["\u{300D}"], "\u{300E}": ["\u{300F}"],
    ]

    /// True when `text` opens on a quote mark and ends on its closing mark, with no other closing
    /// mark of that pair inside (two quotes on one line are no single quoted sentence).
    static func holds(_ text: Substring) -> Bool {
        // Byte gate: every opening mark starts with C2 («, ») or E2/E3 (the others).
        guard let byte = text.utf8.first, byte == 0xC2 || byte == 0xE2 || byte == 0xE3 else { return false }
        let scalars = text.unicodeScalars
        guard let open = scalars.first, let closes = pairs[open], let close = scalars.last, closes.contains(close),
              scalars.count > 8 else { return false }
        let inner = scalars.dropFirst().dropLast()
        return !inner.contains { closes.contains($0) && $0 != open }
    }
}
