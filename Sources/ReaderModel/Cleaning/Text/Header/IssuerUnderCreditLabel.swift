/// The name under a credit label that ends on its agent word: "News provided by" over
/// "Harbor Loop Robotics", "Bereitgestellt von", "Fourni par", "Proporcionado por", "Distribuito
/// da", "Aangeboden door". A wire release's page sets its issuer so, right over the date; the name
/// recurs all through the release, so it echoes the body better than the headline does. A label
/// whose last word is "by" leaves its phrase open: the line glued under it is the label's value
/// (the issuer, a sponsor, a photographer), never the page's headline.
enum IssuerUnderCreditLabel {
    static let evidence = "the issuer's name under a credit label ending on its agent word (\"News provided by\"), not the headline"
    /// A label is two to this many words ("provided by", "news provided by", "this content is provided by").
    static let maximumLabelWords = 5
    /// The name under it is at most this many words.
    static let maximumNameWords = 8

    /// The agent words a credit label ends on, lowercased: by, von, par, por, da, door, przez, av,
    /// af, od, от, από, bởi, oleh.
    static let agentWords: Set<String> = ["by", "von", "par", "por", "da", "door", "przez", "av", "af", "od", "от", "από", "bởi", "oleh"]

    /// Whether line `i` is the value glued under such a label.
    @inline(__always)
    static func holds(_ i: Int, _ lines: [TextLine]) -> Bool {
        guard i > 0, !lines[i].blankBefore, lines[i].wordCount >= 1, lines[i].wordCount <= maximumNameWords,
              !lines[i].endsSentence else { return false }
        let label = lines[i - 1]
        guard label.wordCount >= 2, label.wordCount <= maximumLabelWords, !label.endsSentence,
              let last = label.words.last else { return false }
        return agentWords.contains(last)
    }

    /// The first such name line among `range`, for the metadata's publisher.
    static func find(_ lines: [TextLine], in range: Range<Int>) -> Int? {
        range.first { holds($0, lines) }
    }
}
