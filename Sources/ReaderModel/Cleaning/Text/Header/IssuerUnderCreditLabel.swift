/// The name under a credit label that ends on its agent word: "News provided by" over
/// "Harbor Loop Robotics", "Bereitgestellt von", "Fourni par", "Proporcionado por", "Distribuito
/// da", "Aangeboden door". A wire release's page sets its issuer so, right over the date; the name
/// recurs all through the release, so it echoes the body better than the headline does. A label
/// whose last word is "by" leaves its phrase open: the line glued under it is the label's value
/// (the issuer, a sponsor, a photographer), never the page's headline. Only a label that says the
/// name provided or issued the text counts ("Sort by" over "Date", "Browse by" over a region are a
/// menu's), and only in the lines right above the body is the name the page's publisher.
enum IssuerUnderCreditLabel {
    static let evidence = "the issuer's name under a credit label ending on its agent word (\"News provided by\"), not the headline"
    /// A label is two to this many words ("provided by", "news provided by", "this content is provided by").
    static let maximumLabelWords = 5
    /// The name under it is at most this many words.
    static let maximumNameWords = 8

    /// The agent words a credit label ends on, lowercased: by, von, par, por, da, door, przez, av,
    /// af, od, от, από, bởi, oleh.
    static let agentWords: Set<String> = ["by", "von", "par", "por", "da", "door", "przez", "av", "af", "od", "от", "από", "bởi", "oleh"]
    /// The word right before it that makes the label a credit for the text: provided, issued,
    /// distributed, published, offered ("ein Angebot von"), in several languages.
    static let creditWords: Set<String> = [
        "provided", "issued", "distributed", "published", "released", "supplied", "brought",
        "bereitgestellt", "herausgegeben", "veröffentlicht", "verbreitet", "angebot",
        "fourni", "fournie", "publié", "publiée", "diffusé", "diffusée", "proposé",
        "proporcionado", "proporcionada", "publicado", "publicada", "distribuido", "distribuida", "ofrecido",
        "fornito", "fornita", "pubblicato", "pubblicata", "distribuito", "distribuita", "offerto",
        "fornecido", "fornecida", "distribuído", "distribuída", "oferecido",
        "aangeboden", "gepubliceerd", "verstrekt", "dostarczone", "dostarczony", "opublikowane", "udostępnione",
        "publicerad", "publiceret", "levert", "tillhandahållen", "предоставлено", "опубликовано", "надано",
        "disediakan", "diterbitkan", "cung", "cấp",
    ]
    /// The name is the publisher only within this many lines above the body.
    static let publisherReach = 15

    /// Whether line `i` is the value glued under such a label.
    @inline(__always)
    static func holds(_ i: Int, _ lines: [TextLine]) -> Bool {
        guard i > 0, !lines[i].blankBefore, lines[i].wordCount >= 1, lines[i].wordCount <= maximumNameWords,
              !lines[i].endsSentence else { return false }
        let label = lines[i - 1]
        let words = label.words
        guard label.wordCount >= 2, label.wordCount <= maximumLabelWords, !label.endsSentence, words.count >= 2,
              agentWords.contains(words[words.count - 1]), creditWords.contains(words[words.count - 2]) else { return false }
        // A name ends no phrase of its own ("Content is provided by").
        return !agentWords.contains(lines[i].words.last ?? "")
    }

    /// The last such name line among the lines of `head` right above the body, for the metadata's publisher.
    static func find(_ lines: [TextLine], in head: Range<Int>) -> Int? {
        (max(head.lowerBound, head.upperBound - publisherReach)..<head.upperBound).last { holds($0, lines) }
    }
}
