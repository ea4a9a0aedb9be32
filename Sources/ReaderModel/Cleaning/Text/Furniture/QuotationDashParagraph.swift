/// A paragraph of speech opened by a dash, as Finnish, Swedish and other Nordic and Slavic papers
/// quote ("– Tämä on kylän olohuone, sanoo…"): the dash is a quotation mark, not a bullet, so
/// under a "read also" line it is the story going on, not a teaser of the list.
enum QuotationDashParagraph {
    static let evidence = "a paragraph of speech opened by a quotation dash, set apart by a blank line: the story, not a bulleted teaser"

    /// The line opens on an en or em dash and a space (an ASCII hyphen is the common bullet), stands
    /// after a blank line, and is one or more whole sentences of paragraph length.
    static func holds(_ line: TextLine) -> Bool {
        guard line.isBullet, line.blankBefore, line.endsSentence, line.wordCount >= 10,
              let lead = line.text.utf8.first, lead == 0xE2 else { return false }
        let first = line.text.unicodeScalars.first
        return first == "–" || first == "—"
    }
}
