/// A live page's "Key events" index set as pairs of lines: a relative time ("2h ago", "vor 3 Std.",
/// "il y a 5 h", "hace 2 horas") over the heading of the entry it links to, two pairs or more.
/// Each heading repeats an entry's, so it echoes the body as a headline does, yet it names one
/// entry, never the page (as `KeyEventsIndex` reads the clock-led one-line form).
enum RelativeTimeKeyEvents {
    /// Line `i` is a heading glued under a relative time, with another such pair glued beside it.
    static func holds(_ i: Int, _ lines: [TextLine]) -> Bool {
        guard i >= 1, !lines[i].blankBefore, (2...16).contains(lines[i].wordCount), !isRelativeTime(lines[i]),
              isRelativeTime(lines[i - 1]) else { return false }
        // The next pair glued under it, or the pair before it glued above.
        let next = i + 2 < lines.count && !lines[i + 1].blankBefore && !lines[i + 2].blankBefore && isRelativeTime(lines[i + 1])
        let before = i >= 3 && !lines[i - 1].blankBefore && !lines[i - 2].blankBefore && isRelativeTime(lines[i - 3])
        return next || before
    }

    /// A short line of a number and a relative-time word: "2h ago", "35 minutes ago", "3 ore fa",
    /// "vor 2 Std.", "il y a 5 h", "hace 2 horas", "há 3 horas".
    static func isRelativeTime(_ line: TextLine) -> Bool {
        let text = line.text
        guard line.wordCount <= 5, text.utf8.count <= 24, text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        let lower = text.lowercased()
        return lower.hasSuffix(" ago") || lower.hasSuffix(" fa") || lower.hasPrefix("vor ") || lower.hasPrefix("il y a ")
            || lower.hasPrefix("hace ") || lower.hasPrefix("há ")
    }
}
