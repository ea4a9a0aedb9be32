/// A Korean reporter's credit, which sets the name before the word for reporter, often with the
/// reporter's e-mail after it ("<name> 기자 <mail>"), and usually closes the article. Label readers
/// look for the name after a label and so miss it.
enum KoreanReporterCredit {
    /// Why a closing credit of this form was read as the byline, for `--explain`.
    static let evidence = "byline: a Korean reporter's credit (name, then the word for reporter, then an e-mail) closing the article"

    /// The words for reporter and correspondent that follow the name.
    static let roles: Set<Substring> = ["기자", "특파원", "선임기자", "객원기자", "수습기자"]

    /// The name of a line that is only such a credit: two to four Hangul syllables, a role word, and
    /// at most an e-mail address or an "=" after it; nil for any other line.
    static func name(in text: Substring) -> String? {
        let text = text.trimmingOuterSpace()
        // Hangul syllables are U+AC00-U+D7A3, lead bytes EA-ED: any other opening is no such credit.
        guard let lead = text.utf8.first, (0xEA...0xED).contains(lead), text.utf8.count <= 90 else { return nil }
        let words = text.split(separator: " ")
        guard (2...3).contains(words.count), roles.contains(words[1]),
              (2...4).contains(words[0].count), words[0].unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) })
        else { return nil }
        if words.count == 3 { guard words[2] == "=" || (words[2].contains("@") && words[2].utf8.allSatisfy { $0 < 0x80 }) else { return nil } }
        return String(words[0])
    }
}
