/// A paragraph signed on the line under it with the writer's name and home town in brackets
/// ("Name Surname (Town, ST)"), as guest books, letters pages and condolence lists print them.
/// The bracketed-name credit test reads such a line as a photo credit and its paragraph as that
/// photo's caption; but a credit names an agency or a photographer, never a town with its region
/// after a comma, so the signature and its paragraph are released as text of the page.
enum PlaceSignedParagraph {
    static let evidence = "signed under its paragraph with a name and a home town in brackets: an entry of the page, not a photo credit"

    /// Clears the caption mark of each place signature glued under a paragraph, and notes why.
    /// Runs before a credit marks the line above it as a caption.
    static func release(_ lines: [TextLine], _ evidence: inout [LineEvidence]) {
        for i in lines.indices.dropFirst() where evidence[i].isCaption && !lines[i].blankBefore {
            guard !evidence[i - 1].isCaption, signs(i, lines) else { continue }
            evidence[i].isCaption = false
            evidence[i].keptNote = Self.evidence
        }
    }

    /// Line `i` signs the paragraph glued above it: a name, never a headline, however short.
    static func signs(_ i: Int, _ lines: [TextLine]) -> Bool {
        guard i > 0, lines[i].text.utf8.last == 0x29, !lines[i].blankBefore, lines[i].wordCount <= 10 else { return false }
        return lines[i - 1].endsSentence && lines[i - 1].wordCount >= 8 && isPlaceSignature(lines[i].text)
    }

    /// "Name Surname (Town, ST)": one to four capitalised name words, then a bracket holding a place
    /// and its region, each part capitalised, split by the one comma.
    static func isPlaceSignature(_ text: Substring) -> Bool {
        guard text.last == ")", let open = text.lastIndex(of: "(") else { return false }
        let name = text[..<open].split(separator: " ")
        guard (1...4).contains(name.count), name.allSatisfy(isNameWord) else { return false }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        for part in parts {
            let words = part.split(separator: " ")
            guard (1...3).contains(words.count), words.allSatisfy(isNameWord) else { return false }
        }
        return true
    }

    /// A capitalised word of letters ("Lake", "O'Hara", "St.", "Thornton-Cleveleys"): a comment
    /// header's "(Score:4, Funny)" or a "Re:" holds digits or a colon, which no name or town does.
    private static func isNameWord(_ word: Substring) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }
    }
}
