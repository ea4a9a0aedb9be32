/// A Chinese credit that writes "reporter" touching the name, then where the story was filed
/// ("記者<name>／<place>報導", "記者<name>攝"): no space ends the label, so the name is read as two
/// to four Han characters ending at the slash, a space or the line's end ("記者會上" goes on into a
/// sentence and is no credit).
enum HanReporterCredit {
    /// The name after an opening "記者" or "记者"; nil when the line is no such credit.
    static func name(in text: Substring) -> String? {
        guard text.hasPrefix("記者") || text.hasPrefix("记者") else { return nil }
        let rest = text.dropFirst(2)
        guard !rest.hasPrefix("：") && !rest.hasPrefix(":") && !rest.hasPrefix(" ") else { return nil }
        let name = rest.prefix { isHan($0) }
        guard (2...4).contains(name.count) else { return nil }
        let after = rest[name.endIndex...]
        guard after.isEmpty || after.first == "／" || after.first == "/" || after.first == " " else { return nil }
        return String(name)
    }

    /// A CJK unified ideograph.
    private static func isHan(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
