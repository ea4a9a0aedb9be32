/// Amharic writes "by" as "በ" glued to the writer's name ("በ" + "አበበች ታደሰ"), Tigrinya as "ብ";
/// read whole, a byline keeps the preposition as the name's first syllable. Names of these
/// languages also open with "በ" ("በቀለ", "በረከት"), but none with "በ" or "ብ" before a syllable of
/// the vowel-carrying series (አ, ዐ and their vowel forms): a prefix only there, or standing alone.
enum GeezByPrefix {
    /// `name` without its glued (or spaced) "by" prefix; `name` itself when there is none.
    static func stripped(_ name: Substring) -> Substring {
        // "በ" is E1 89 A0, "ብ" E1 89 A5: a name of any other lead byte is returned as it is.
        guard name.utf8.first == 0xE1 else { return name }
        let scalars = name.unicodeScalars
        guard let first = scalars.first, first == "\u{1260}" || first == "\u{1265}" else { return name }
        let rest = scalars.dropFirst()
        guard let next = rest.first else { return name }
        if next == " " {
            let spaced = Substring(rest).trimmingOuterSpace()
            return spaced.isEmpty ? name : spaced
        }
        return isVowelCarrier(next) ? Substring(rest) : name
    }

    /// A syllable of the glottal ("አ" U+12A0...U+12AF) or pharyngeal ("ዐ" U+12D0...U+12D7) series.
    private static func isVowelCarrier(_ scalar: Unicode.Scalar) -> Bool {
        (0x12A0...0x12AF).contains(scalar.value) || (0x12D0...0x12D7).contains(scalar.value)
    }
}
