/// Recognises photo captions and credits in plain text: "Image: ..." labels and lines that end
/// in a credit ("via AP", "Getty Images", "EPA-EFE/NAME", "(Presidential Office)").
enum CaptionDetector {
    static func isCaption(_ line: TextLine) -> Bool {
        let words = line.words
        guard !words.isEmpty, words.count <= 90 else { return false }
        if let first = words.first, labelWords.contains(first), labelFollowedByColon(line.text) { return true }
        if endsWithCreditPhrase(words) { return !line.text.hasSuffix(".") || words.count <= 6 }
        if !line.endsSentence, endsWithAllCapsSlashCredit(line.text) { return true }
        if !line.endsSentence, words.count >= 4, endsWithBracketedName(line.text) { return true }
        return false
    }

    /// "Image:" / "Photo -" / "Caption:" at the start.
    private static func labelFollowedByColon(_ text: Substring) -> Bool {
        let afterWord = text.drop(while: { $0.isLetter })
        let mark = afterWord.drop(while: { $0 == " " }).first
        return mark == ":" || mark == "|" || mark == "–" || mark == "—"
    }

    private static let labelWords: Set<String> = [
        "image", "photo", "picture", "pictured", "photograph", "caption", "credit", "credits", "illustration",
        "graphic", "video", "foto", "source", "photos", "images",
    ]

    /// Credits that close a caption, as word sequences.
    private static let creditEndings: [[String]] = [
        ["via", "ap"], ["via", "afp"], ["via", "reuters"], ["via", "getty"], ["getty", "images"], ["getty"],
        ["shutterstock"], ["alamy"], ["ap", "photo"], ["afp"], ["epa"], ["efe"], ["reuters"], ["handout"],
        ["pool"], ["press", "office"], ["press", "service"], ["file", "photo"], ["imago"], ["anadolu"],
        ["sipa"], ["dpa"], ["zuma"], ["nurphoto"], ["bloomberg"], ["ap"], ["courtesy"], ["supplied"],
        ["xinhua"], ["tass"], ["ria", "novosti"], ["sputnik"], ["wikimedia", "commons"], ["istock"],
        ["pa", "images"], ["pa", "wire"], ["afp", "via", "getty", "images"], ["stock", "photo"],
    ]

    private static func endsWithCreditPhrase(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        for ending in creditEndings where ending.count < words.count {
            if Array(words.suffix(ending.count)) == ending { return true }
        }
        return false
    }

    /// "... EPA-EFE/SERGEY DOLZHENKO", "... REUTERS/Name Surname".
    private static func endsWithAllCapsSlashCredit(_ text: Substring) -> Bool {
        let tail = text.suffix(60)
        guard let slash = tail.lastIndex(of: "/") else { return false }
        let before = tail[..<slash].split(separator: " ").last ?? ""
        let after = tail[tail.index(after: slash)...]
        guard !before.isEmpty, !after.isEmpty, after.split(separator: " ").count <= 4 else { return false }
        let letters = before.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase) && after.first?.isUppercase == true
    }

    /// "... in Kyiv on April 29 (Presidential Office)": a short capitalised name in brackets at the end.
    private static func endsWithBracketedName(_ text: Substring) -> Bool {
        guard text.last == ")", let open = text.lastIndex(of: "(") else { return false }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let words = inside.split(separator: " ")
        guard (1...5).contains(words.count), inside.count > 2 else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || $0 == "of" || $0 == "via" || $0 == "/" }
    }
}
