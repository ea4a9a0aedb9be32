/// A closing "(rwl/ash)": the initials of a story's reporter and editor that Indonesian and
/// Malaysian news sites print in brackets after the last paragraph, slash between them. The text
/// copy drops it as a short line after the story; in HTML it sits in the article element itself.
enum EditorInitials {
    static let evidence = "bracketed initials of reporter and editor (\"(abc/def)\"), no prose"
    /// "(ab/cd)" to "(abcde/fghij/klmno)".
    static let maximumBytes = 20

    /// Whether `text` is "(" lower-case initials ")" in two or three groups of two to five
    /// letters with "/" between them.
    static func matches(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 7, bytes.count <= maximumBytes, bytes.first == 40, bytes.last == 41 else { return false }
        var groups = 1, letters = 0
        for byte in bytes.dropFirst().dropLast() {
            if byte == 47 {
                guard letters >= 2 else { return false }
                groups += 1
                letters = 0
            } else if byte >= 97 && byte <= 122 {
                letters += 1
                if letters > 5 { return false }
            } else {
                return false
            }
        }
        return letters >= 2 && groups >= 2 && groups <= 3
    }
}
