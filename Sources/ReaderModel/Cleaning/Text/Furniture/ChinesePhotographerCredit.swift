/// A Chinese caption closes on its photographer in brackets, the name before "摄" ("photographed
/// by"): "志愿者整理图书。（记者 周文静 摄）", "（新华社记者林怡君攝）". Mainland pages set spaces
/// around the name, Taiwanese ones none; the bracket holds a short credit, never a sentence.
enum ChinesePhotographerCredit {
    /// Longest credit inside the brackets, in Characters ("新华社记者 欧阳文静 摄" and a little more).
    static let maxCreditLength = 24

    /// True when `text` ends with a bracketed credit closing on 摄 or 攝.
    static func closesCaption(_ text: Substring) -> Bool {
        // "摄）" / "攝）" (E6 91 84 / E6 94 9D, then EF BC 89) or "摄)": a byte test first.
        var bytes = text.utf8.reversed().makeIterator()
        guard let last = bytes.next() else { return false }
        var closing = last == 0x29
        if !closing, last == 0x89, bytes.next() == 0xBC, bytes.next() == 0xEF { closing = true }
        guard closing, endsWithPhotographedSign(text.utf8, before: last == 0x29 ? 1 : 3) else { return false }
        var inner = text.dropLast()
        while inner.last == " " || inner.last == "\u{3000}" { inner = inner.dropLast() }
        guard inner.hasSuffix("摄") || inner.hasSuffix("攝"),
              let open = inner.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return false }
        let credit = inner[inner.index(after: open)...]
        return credit.count <= maxCreditLength && !credit.contains("。") && open > inner.startIndex
    }

    /// The bytes before the last `closing` ones, past spaces (20, ideographic E3 80 80), end with
    /// 摄 (E6 91 84) or 攝 (E6 94 9D): every line that ends in a bracket comes here, and most are
    /// passed over on bytes before their Characters are read.
    private static func endsWithPhotographedSign(_ utf8: Substring.UTF8View, before closing: Int) -> Bool {
        var end = utf8.index(utf8.endIndex, offsetBy: -closing)
        func byte(_ back: Int) -> UInt8? {
            utf8.distance(from: utf8.startIndex, to: end) >= back ? utf8[utf8.index(end, offsetBy: -back)] : nil
        }
        while true {
            if byte(1) == 0x20 {
                end = utf8.index(before: end)
            } else if byte(1) == 0x80, byte(2) == 0x80, byte(3) == 0xE3 {
                end = utf8.index(end, offsetBy: -3)
            } else {
                break
            }
        }
        guard byte(3) == 0xE6, let middle = byte(2), let final = byte(1) else { return false }
        return (middle == 0x91 && final == 0x84) || (middle == 0x94 && final == 0x9D)
    }
}
