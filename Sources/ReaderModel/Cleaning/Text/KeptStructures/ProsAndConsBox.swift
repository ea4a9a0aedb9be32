/// A review's box of pros and cons: a short label ("Pro", "Vorteile", "Points forts", "Ventajas")
/// over a few short item lines, then its opposite ("Contra", "Nachteile", "Points faibles",
/// "Inconvenientes") over a few more. Copied as text, the box is a run of short lines without
/// sentences, the shape of a share bar or a tag list; what makes it the article's is the pair of
/// labels, one of each side of a table of such pairs in several languages, each heading items.
enum ProsAndConsBox {
    static let evidence = "an item of a review's pros-and-cons box (a label of each side, each over its items)"
    static let headingEvidence = "a heading right under a review's pros-and-cons box, over the paragraph it heads (the verdict)"
    /// A label is at most this many words (checked before its words are joined).
    static let maximumLabelWords = 4
    /// An item is at most this many words: a point, not a paragraph.
    static let maximumItemWords = 14

    /// The labels of the favourable side, lowercased, words joined by one space (a closing colon dropped).
    static let proLabels: Set<String> = [
        "pro", "pros", "plus", "pluses", "the good", "what we like", "we like", "likes", "strengths", "advantages",
        "vorteile", "stärken", "das gefällt uns", "positiv",
        "points forts", "on aime", "avantages", "les plus",
        "ventajas", "a favor", "lo mejor", "lo bueno", "puntos fuertes",
        "pregi", "vantaggi", "punti di forza",
        "prós", "pontos positivos", "vantagens",
        "pluspunten", "voordelen", "zalety", "plusy", "fördelar", "fordele", "fordeler",
        "плюсы", "достоинства", "переваги", "artılar", "artıları", "előnyök", "klady",
        "良い点", "メリット", "优点", "優點", "장점",
    ]

    /// The labels of the unfavourable side, in the same form.
    static let conLabels: Set<String> = [
        "con", "cons", "contra", "minus", "minuses", "the bad", "what we don't like", "we don't like", "dislikes",
        "weaknesses", "disadvantages",
        "nachteile", "schwächen", "das gefällt uns nicht", "negativ",
        "points faibles", "on aime moins", "on n'aime pas", "inconvénients", "les moins",
        "contras", "inconvenientes", "en contra", "lo peor", "lo malo", "puntos débiles",
        "difetti", "contro", "svantaggi", "punti deboli",
        "pontos negativos", "desvantagens",
        "minpunten", "nadelen", "wady", "minusy", "nackdelar", "ulemper", "ulemper",
        "минусы", "недостатки", "недоліки", "eksiler", "eksileri", "hátrányok", "zápory",
        "悪い点", "デメリット", "缺点", "缺點", "단점",
    ]

    /// Whether the lines of `range` hold a pros-and-cons box: a pro label over at least one item,
    /// then a con label with an item under it, in either order.
    static func holds(_ range: Range<Int>, _ lines: [TextLine]) -> Bool {
        box(in: range, lines) != nil
    }

    /// Marks the lines of each box inside the body (its labels and items) as the article's, so a
    /// box past an ad slot or a photo credit is not read as a run of stray fragments.
    static func mark(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) {
        var from = body.lowerBound
        while from < body.upperBound, let box = box(in: from..<body.upperBound, lines) {
            for k in box where evidence[k].noise == nil && !evidence[k].isCaption && evidence[k].listItem == nil {
                evidence[k].listItem = .prosAndCons
            }
            // The verdict's heading under the box: its items' shortness leaves it no paragraph above.
            let next = box.upperBound
            if next + 1 < body.upperBound, isHeadingOverParagraph(next, lines), evidence[next].noise == nil, evidence[next].listItem == nil {
                evidence[next].listItem = .prosAndConsHeading
            }
            from = box.upperBound
        }
    }

    /// The lines of the first box in `range`: from its first label to its last item.
    static func box(in range: Range<Int>, _ lines: [TextLine]) -> Range<Int>? {
        var k = range.lowerBound
        while k < range.upperBound {
            guard let side = side(of: lines[k]) else {
                k += 1
                continue
            }
            let firstItems = items(after: k, in: range, lines)
            let second = firstItems.upperBound
            guard !firstItems.isEmpty, second < range.upperBound, let other = self.side(of: lines[second]), other != side else {
                k += 1
                continue
            }
            let secondItems = items(after: second, in: range, lines)
            if !secondItems.isEmpty { return k..<secondItems.upperBound }
            k += 1
        }
        return nil
    }

    /// The item lines right under the label at `label`: short lines without a label of their own. A
    /// short line set apart from the items by a blank, over a paragraph, is the heading of what
    /// follows the box ("Fazit", "Verdict"), not an item.
    private static func items(after label: Int, in range: Range<Int>, _ lines: [TextLine]) -> Range<Int> {
        var end = label + 1
        while end < range.upperBound, lines[end].wordCount >= 1, lines[end].wordCount <= maximumItemWords,
              side(of: lines[end]) == nil {
            if end > label + 1, isHeadingOverParagraph(end, lines) { break }
            end += 1
        }
        return (label + 1)..<end
    }

    /// A short line set apart by a blank over a line longer than any item: a heading over prose.
    @inline(__always)
    private static func isHeadingOverParagraph(_ k: Int, _ lines: [TextLine]) -> Bool {
        lines[k].blankBefore && k + 1 < lines.count && lines[k].wordCount <= maximumLabelWords && !lines[k].endsSentence
            && lines[k + 1].wordCount > maximumItemWords
    }

    /// True for a pro label, false for a con label, nil for any other line.
    @inline(__always)
    static func side(of line: TextLine) -> Bool? {
        guard line.wordCount >= 1, line.wordCount <= maximumLabelWords, line.text.utf8.count <= 40 else { return nil }
        let label = line.words.joined(separator: " ")
        if proLabels.contains(label) { return true }
        if conLabels.contains(label) { return false }
        return nil
    }
}
