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
        guard closing else { return false }
        var inner = text.dropLast()
        while inner.last == " " || inner.last == "\u{3000}" { inner = inner.dropLast() }
        guard inner.hasSuffix("摄") || inner.hasSuffix("攝"),
              let open = inner.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return false }
        let credit = inner[inner.index(after: open)...]
        return credit.count <= maxCreditLength && !credit.contains("。") && open > inner.startIndex
    }
}
