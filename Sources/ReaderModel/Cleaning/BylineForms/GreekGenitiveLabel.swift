/// Greek bylines put the writer's name in the genitive after the article, which stands for "by":
/// "Του Γιώργου Αναστασίου" (masculine), "Της Μαρίας Κωνσταντίνου" (feminine), "Των ..." (two or
/// more writers). The article belongs to the credit, not the name.
enum GreekGenitiveLabel {
    static let evidence = "byline: a Greek genitive article (\"Του\", \"Της\", \"Των\": by) before the name left off"

    /// The articles, capitalised as a credit opens with them.
    static let articles: Set<Substring> = ["Του", "Της", "Των"]

    /// The name after the article when `byline` opens with one and two to six words follow it, the
    /// first two capitalised Greek words (one alone may be a title's noun); nil otherwise.
    static func name(in byline: String) -> String? {
        // Byte gate: "Τ" is CE A4 in UTF-8; any other opening is no such credit.
        let bytes = byline.utf8
        guard bytes.count >= 12, bytes.first == 0xCE, bytes.dropFirst().first == 0xA4 else { return nil }
        let parts = byline.split(separator: " ", omittingEmptySubsequences: true)
        guard (3...7).contains(parts.count), articles.contains(parts[0]),
              parts.dropFirst().prefix(2).allSatisfy({ word in
                  word.first.map { $0.isUppercase && !$0.isASCII } == true && word.dropFirst().allSatisfy(\.isLetter)
              }) else { return nil }
        return parts.dropFirst().joined(separator: " ")
    }
}
