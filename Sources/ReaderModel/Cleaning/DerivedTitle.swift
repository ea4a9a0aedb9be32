/// A title to show for an article whose page has no headline: its first sentence, cut at a word
/// boundary to about 80 characters with "…". It is for display only; `Document.title` stays nil
/// and JSON marks it `"title_derived": true`.
public enum DerivedTitle {
    /// The display title made from the opening of a body text, nil when there is no text.
    public static func from(_ text: String, limit: Int = 80) -> String? {
        // The first line (a paragraph), then its first sentence.
        let paragraph = Substring(text).prefix { $0 != "\n" }
        var sentence = paragraph
        var previous: Character?
        for index in paragraph.indices {
            let c = paragraph[index]
            // A sentence ends at ". " or at a CJK full stop.
            if c == "。" || c == "！" || c == "？" {
                sentence = paragraph[...index]
                break
            }
            if c == " ", let p = previous, p == "." || p == "!" || p == "?" {
                let before = paragraph[..<index].dropLast()
                let lastWord = before.split(separator: " ").last ?? ""
                // Not after an initial or a short title ("J.", "Dr.", "St.") or inside "U.S.".
                let abbreviated = (lastWord.count <= 2 && lastWord.first?.isUppercase == true) || lastWord.contains(".")
                if !abbreviated {
                    sentence = paragraph[..<index]
                    break
                }
            }
            previous = c
        }
        let trimmed = sentence.trimmingOuterSpace()
        guard !trimmed.isEmpty else { return nil }
        guard trimmed.count > limit else { return String(trimmed) }
        // Cut at the last space before the limit; a text without spaces (CJK) is cut at the limit.
        let head = trimmed.prefix(limit - 1)
        var cut = head
        if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) >= limit / 2 {
            cut = head[..<space]
        }
        while let last = cut.last, last == "," || last == ";" || last == ":" || last == " " || last == "—" || last == "-" { cut = cut.dropLast() }
        return String(cut) + "…"
    }
}

extension Document {
    /// For a document without a title, its first sentence shortened for display; nil when it has
    /// a title or no text.
    public var derivedTitle: String? {
        guard title == nil, let first = standfirst ?? paragraphs.first ?? captions.first else { return nil }
        return DerivedTitle.from(first)
    }
}
