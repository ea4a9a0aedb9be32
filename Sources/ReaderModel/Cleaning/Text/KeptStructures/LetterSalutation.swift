/// A letter printed as the article opens on its salutation ("Dear Ms Okafor,") right above its
/// first paragraph. Short and unpunctuated, the salutation reads as
/// the header's furniture, where the body's run, chosen by its paragraphs, does not reach. The
/// greeting word that opens it, in several languages, and its shape (a comma or a name after the
/// word) make it the letter's.
enum LetterSalutation {
    static let evidence = "a letter's salutation right above its first paragraph"
    /// A salutation is at most this many words.
    static let maxWords = 6

    /// First words that open a salutation, as written (capitalised).
    static let greetings: Set<String> = [
        "Dear", "Dearest",
        "Liebe", "Lieber", "Sehr",
        "Cher", "Chère", "Chers", "Chères",
        "Estimado", "Estimada", "Estimados", "Estimadas", "Querido", "Querida", "Queridos", "Prezado", "Prezada",
        "Caro", "Cara", "Cari", "Gentile", "Egregio",
        "Geachte", "Kära", "Kjære", "Kære",
        "Szanowny", "Szanowna", "Szanowni", "Vážený", "Vážená",
        "Уважаемый", "Уважаемая", "Уважаемые", "Дорогой", "Дорогая", "Дорогие", "Шановний", "Шановна", "Шановні",
    ]

    /// The body widened up over a salutation right above its first line, the salutation marked;
    /// the body unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard !body.isEmpty, body.lowerBound >= 1, evidence[body.lowerBound].noise == nil,
              evidence[body.lowerBound].shape != .short else { return body }
        // Only right above: a subject line between them is the letter's headline, which the header keeps.
        let k = body.lowerBound - 1
        guard isSalutation(lines[k], evidence[k]) else { return body }
        evidence[k].noise = nil
        evidence[k].noiseSource = nil
        evidence[k].isCaption = false
        evidence[k].listItem = .letterSalutation
        return k..<body.upperBound
    }

    /// "Dear Ms Okafor," / "Sehr geehrte Damen und Herren," / "Dear Mr Lund": a greeting word, then
    /// a comma, a colon or an exclamation mark closing the line, or only capitalised words (a name).
    static func isSalutation(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= maxWords, line.text.utf8.count <= 80,
              LetterClosing.isReleasable(ev) else { return false }
        let text = line.text
        guard let space = text.firstIndex(of: " ") else { return false }
        let first = text[..<space]
        guard greetings.contains(String(first)) else { return false }
        if first == "Sehr", !line.words[1].hasPrefix("geehrt") { return false }
        switch text.utf8.last {
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "!"): return true
        default: return line.capitalizedCount == line.wordCount
        }
    }
}
