/// A line closing on a catalogue or accession number in brackets ("(BX40217)", "(Doc. No. RS55812)")
/// is an entry of a bibliography or a database record: a credit names a person or an agency and
/// carries no code of capitals run into a number. Read only once a line was found to close on a
/// bracketed capital word.
enum BracketedCatalogueCode {
    static let evidence = "bracketed catalogue number, not a credit"

    /// Digits a code runs to at least (a year alone is no code, and has no capitals before it).
    static let minimumDigits = 4

    static func closes(_ text: Substring) -> Bool {
        let bytes = text.utf8
        guard bytes.last == 41, let open = bytes.lastIndex(of: 40) else { return false }
        let inside = bytes[bytes.index(after: open)..<bytes.index(before: bytes.endIndex)]
        // "(Photo: Name/Agency 1234)" is a credit's label and source.
        guard !inside.contains(58), !inside.contains(47) else { return false }
        var j = inside.endIndex
        var digits = 0
        while j > inside.startIndex, case let b = inside[inside.index(before: j)], b >= 48, b <= 57 { digits += 1; j = inside.index(before: j) }
        var capitals = 0
        while j > inside.startIndex, case let b = inside[inside.index(before: j)], b >= 65, b <= 90 { capitals += 1; j = inside.index(before: j) }
        guard digits >= minimumDigits, capitals >= 1 else { return false }
        // The code is a word of its own: nothing but a space or a dot glues it to what precedes.
        guard j > inside.startIndex else { return true }
        let before = inside[inside.index(before: j)]
        return before == 32 || before == 46
    }
}
