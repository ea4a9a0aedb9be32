/// A line closing on a bracketed acronym that the words right before it spell out ("National
/// Harbour Trust (NHT)", "Osteoporosis and Related Bone Diseases -- Resource Centre (ORBD-RC)")
/// defines an abbreviation: an entry of a list of organisations, a glossary's term. A photo credit
/// in brackets names a person or an agency ("(Jane Doe)", "(AFP)"), whose letters the caption's
/// last words do not spell. Read only once a line was found to close on a bracketed capital word.
enum BracketedAbbreviation {
    static let evidence = "bracketed abbreviation the words before it spell out, not a credit"

    /// Letters an acronym holds at most.
    static let maximumLetters = 8
    /// A word the expansion may skip: a short lower-case joiner ("and", "of", "de", "für").
    static let maximumJoinerLength = 4

    static func closes(_ text: Substring) -> Bool {
        mayClose(text) && spelledOut(text)
    }

    /// The byte gate: a credit names a person or an agency in mixed case, and a lower-case ASCII
    /// letter or a space in the closing bracket rules the line out before any Character is read
    /// (`spelledOut` refuses both too).
    static func mayClose(_ text: Substring) -> Bool {
        var bytes = text.utf8.reversed().makeIterator()
        guard bytes.next() == 0x29 else { return false }
        while let byte = bytes.next(), byte != 0x28 {
            if byte == 0x20 || (0x61...0x7A).contains(byte) { return false }
        }
        return true
    }

    /// Whether the bracket's capitals are the initials of the words right before it.
    static func spelledOut(_ text: Substring) -> Bool {
        guard text.last == ")", let open = text.lastIndex(of: "(") else { return false }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        var letters: [Character] = []
        for c in inside {
            if c.isLetter {
                guard c.isUppercase else { return false }
                letters.append(c)
            } else if c != "-" && c != "&" {
                return false
            }
        }
        guard letters.count >= 2, letters.count <= maximumLetters else { return false }
        let words = text[..<open].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "—" || $0 == "–" })
        var k = letters.count - 1
        var earliest: Character?
        var skippedSuffix = false
        for word in words.reversed() {
            guard k >= 0 else { break }
            let core = word.drop(while: { !$0.isLetter })
            guard let initial = core.first else { continue }  // "($)", "--", "&"
            if initial.uppercased() == letters[k].uppercased() {
                earliest = initial
                k -= 1
                continue
            }
            let length = core.prefix(while: \.isLetter).count
            if initial.isLowercase, length <= maximumJoinerLength { continue }
            // A company's suffix between the name and its acronym ("…, Inc. (ACS)").
            if earliest == nil, !skippedSuffix, length <= maximumJoinerLength { skippedSuffix = true; continue }
            return false
        }
        return k < 0 && earliest?.isUppercase == true
    }
}
