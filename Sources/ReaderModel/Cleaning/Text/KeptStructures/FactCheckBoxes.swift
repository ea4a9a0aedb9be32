/// A fact check opens on its boxes: the claim checked, under a label ("Claim", "La dichiarazione",
/// "Behauptung"), often with who made it and where, and the verdict or rating under its own
/// ("Verdict", "Il verdetto", "Bewertung"; or on the label's line, "Rating: False"). It closes on
/// a summary list under a short label ("In short", "In breve") and a sentence restating the
/// verdict. Copied as text, the boxes are short lines above the first paragraph, which read as
/// the header's (the quoted claim as its standfirst), and the summary is a run of short lines past
/// the last paragraph, which reads as teasers. What makes them the article's is the pair of box
/// labels, one claim and one verdict, from a table of both in several languages, each heading its
/// box right above the body; the summary is taken only under such a pair.
enum FactCheckBoxes {
    static let evidence = "a fact check's claim or verdict box right above its first paragraph (a claim label and a verdict label, each over its box)"
    static let summaryEvidence = "a fact check's summary under its last paragraph (a summary label over short items; the page opens on claim and verdict boxes)"
    static let verdictSentenceEvidence = "a short sentence under a fact check's last paragraph naming its claim or verdict again"

    /// A label is at most this many words and bytes (checked before its words are joined).
    static let maximumLabelWords = 4
    static let maximumLabelBytes = 40
    /// A label's colon comes within this many bytes of its line's start (every label is shorter).
    static let maximumLabelColonOffset = 64
    /// A box holds at most this many lines under its label, each of at most this many words: the
    /// claim quoted, who made it; a verdict word and a line of why.
    static let maximumBoxLines = 3
    static let maximumBoxWords = 45
    /// At most this many boxes above the body (claim, who said it, verdict, rating).
    static let maximumBoxes = 4
    /// The summary holds at most this many items, each of at most this many words.
    static let maximumSummaryItems = 8
    static let maximumSummaryWords = 30
    /// The verdict sentence under the summary is at most this many words.
    static let maximumVerdictSentenceWords = 30

    enum Kind: Sendable { case claim, verdict }

    /// Claim labels, lowercased, words joined by one space (a closing colon dropped).
    static let claimLabels: Set<String> = [
        "claim", "the claim", "what was claimed", "what was said", "statement", "the statement",
        "la dichiarazione", "dichiarazione", "l'affermazione", "affermazione",
        "behauptung", "die behauptung", "aussage", "die aussage",
        "affirmation", "l'affirmation", "la déclaration", "déclaration", "ce qui a été dit",
        "afirmación", "la afirmación", "lo que se dijo", "declaración", "la declaración",
        "alegação", "a alegação", "afirmação", "a afirmação", "o que foi dito",
        "bewering", "de bewering", "twierdzenie", "wypowiedź", "påstand", "påstående",
        "утверждение", "заявление", "твердження", "iddia", "állítás", "tvrzení",
        "主張", "言説", "说法", "說法", "주장",
    ]

    /// Verdict and rating labels, in the same form.
    static let verdictLabels: Set<String> = [
        "verdict", "our verdict", "the verdict", "rating", "our rating", "the rating", "ruling", "our ruling", "the facts",
        "il verdetto", "verdetto", "il nostro verdetto", "valutazione", "giudizio",
        "bewertung", "unsere bewertung", "urteil", "unser urteil", "einschätzung", "faktencheck ergebnis",
        "notre verdict", "le verdict", "verdict de la rédaction", "évaluation", "notre évaluation",
        "veredicto", "el veredicto", "nuestro veredicto", "calificación", "valoración", "evaluación",
        "veredito", "o veredito", "classificação", "avaliação",
        "oordeel", "ons oordeel", "werdykt", "ocena", "bedömning", "dom", "vurdering", "konklusion",
        "вердикт", "оценка", "вывод", "висновок", "оцінка", "karar", "sonuç", "ítélet", "verdikt",
        "判定", "結論", "结论", "評価", "판정",
    ]

    /// Labels over a fact check's closing summary, in the same form.
    static let summaryLabels: Set<String> = [
        "in short", "in brief", "summary", "the summary", "key points", "the bottom line", "bottom line", "what we found",
        "in breve", "in sintesi", "riassunto", "in conclusione",
        "kurz gesagt", "in kürze", "zusammenfassung", "das wichtigste in kürze", "fazit",
        "en bref", "en résumé", "résumé", "en conclusion", "ce qu'il faut retenir",
        "en resumen", "resumen", "en breve", "conclusión", "en síntesis",
        "em resumo", "resumo", "em suma", "conclusão",
        "samenvatting", "in het kort", "w skrócie", "podsumowanie", "kort sagt", "sammanfattning",
        "кратко", "коротко", "итог", "выводы", "висновки", "özetle", "özet",
        "要約", "まとめ", "总结", "摘要", "요약",
    ]

    /// The body widened up over a claim box and a verdict box right above its first line, and down
    /// over the summary and the verdict sentence right under its last, their lines marked; `body`
    /// unchanged where no pair of boxes stands above it.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard !body.isEmpty, body.lowerBound >= 2 else { return body }
        // The body may start on a box or inside one (its quoted claim reads as a sentence): the
        // boxes are read above the first block past them.
        var anchor = body.lowerBound
        while anchor < body.upperBound, anchor - body.lowerBound <= maximumBoxLines, !lines[anchor].blankBefore { anchor += 1 }
        var passed = 0
        while anchor < body.upperBound, passed < maximumBoxes, lines[anchor].blankBefore {
            var next = anchor + 1
            while next < lines.count, next - anchor <= maximumBoxLines, !lines[next].blankBefore { next += 1 }
            guard next < lines.count, lines[next].blankBefore, box(anchor..<next, lines, evidence) != nil else { break }
            anchor = next
            passed += 1
        }
        guard anchor < body.upperBound, lines[anchor].blankBefore,
              let found = boxes(above: anchor, lines, evidence), found.lines.lowerBound < body.lowerBound else { return body }
        for k in found.lines {
            evidence[k].noise = nil
            evidence[k].noiseSource = nil
            evidence[k].isCaption = false
            evidence[k].listItem = .factCheckBox
        }
        let end = closing(under: body.upperBound, lines, &evidence, names: found.names)
        return found.lines.lowerBound..<max(end, body.upperBound)
    }

    /// The boxes standing right above line `start`, their lines, and the words a closing sentence
    /// may name them by (the claim label's last word, the verdict's first word); nil unless a claim
    /// box and a verdict box are among them.
    static func boxes(above start: Int, _ lines: [TextLine], _ evidence: [LineEvidence])
        -> (lines: Range<Int>, names: [String])? {
        var top = start
        var kinds: (claim: Bool, verdict: Bool) = (false, false)
        var names: [String] = []
        var count = 0
        while top > 0, count < maximumBoxes {
            // The block right above `top`: glued lines from one set apart by a blank.
            var first = top - 1
            while first > 0, !lines[first].blankBefore, top - first <= maximumBoxLines { first -= 1 }
            guard top - first <= maximumBoxLines + 1, lines[first].blankBefore || first == 0,
                  let box = box(first..<top, lines, evidence) else { break }
            if box.kind == .claim { kinds.claim = true } else { kinds.verdict = true }
            names.append(contentsOf: box.names)
            top = first
            count += 1
        }
        guard kinds.claim, kinds.verdict else { return nil }
        return (top..<start, names)
    }

    /// The kind of the box `block` is and its names: a label alone over one to three short lines,
    /// or a label and its value on one line ("Verdict: False").
    private static func box(_ block: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence])
        -> (kind: Kind, names: [String])? {
        let head = lines[block.lowerBound]
        guard !evidence[block.lowerBound].isMetadata else { return nil }
        for k in block where lines[k].wordCount > maximumBoxWords { return nil }
        if block.count == 1 {
            // "Verdict: False" — the label before the colon, the value after it. Bytes first: this
            // runs on the body's first line and every header line, and a label ends early on a short line.
            let bytes = head.text.utf8
            guard bytes.count <= 120, let colonByte = bytes.firstIndex(of: UInt8(ascii: ":")),
                  bytes.distance(from: bytes.startIndex, to: colonByte) <= maximumLabelColonOffset,
                  let colon = firstColon(head.text, byte: colonByte) else { return nil }
            let label = head.text[..<colon].lowercased()
            // The label before the value: most lines with a colon are no box, and their value is
            // never trimmed.
            guard let kind = kind(ofLabel: label) else { return nil }
            let value = trimmedWhitespace(head.text[head.text.index(after: colon)...])
            guard !value.isEmpty else { return nil }
            return (kind, names(kind, label: label, value: value))
        }
        guard let kind = kind(of: head) else { return nil }
        // A label over another label is no box: both heads are empty.
        for k in block.dropFirst() where self.kind(of: lines[k]) != nil { return nil }
        let label = head.words.joined(separator: " ")
        return (kind, names(kind, label: label, value: String(lines[block.lowerBound + 1].text)))
    }

    /// The claim label's last word ("dichiarazione"), or the verdict value's first word ("falso").
    private static func names(_ kind: Kind, label: String, value: String) -> [String] {
        switch kind {
        case .claim: label.split(separator: " ").last.map { [String($0).lowercased()] } ?? []
        case .verdict: value.split(separator: " ").first.map { [String($0).lowercased()] } ?? []
        }
    }

    /// The kind a label line names, nil for any other line.
    @inline(__always)
    static func kind(of line: TextLine) -> Kind? {
        guard line.wordCount >= 1, line.wordCount <= maximumLabelWords, line.text.utf8.count <= maximumLabelBytes else { return nil }
        return kind(ofLabel: line.words.joined(separator: " "))
    }

    private static func kind(ofLabel label: String) -> Kind? {
        let label = trimmedWhitespace(label[...])
        if claimLabels.contains(label) { return .claim }
        if verdictLabels.contains(label) { return .verdict }
        return nil
    }

    /// The first ":" Character of `text`, its first colon byte `colon` when ASCII stands on both
    /// sides (a Character of its own there); else the Characters are searched. Bytes first: this
    /// runs on the body's first line and every header line, and a Character search costs thousands
    /// of instructions a line.
    @inline(__always)
    private static func firstColon(_ text: Substring, byte colon: String.Index) -> String.Index? {
        let bytes = text.utf8
        let next = bytes.index(after: colon)
        if colon == bytes.startIndex || bytes[bytes.index(before: colon)] < 0x80,
           next == bytes.endIndex || bytes[next] < 0x80 { return colon }
        return text.firstIndex(of: ":")
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, on bytes where it ends on printable ASCII
    /// past its spaces; Foundation reads any other end (it bridges to NSString: ~10,000
    /// instructions and cold code on every call).
    private static func trimmedWhitespace(_ text: Substring) -> String {
        let bytes = text.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 { start = bytes.index(after: start) }
        while start < end, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        guard start < end else { return "" }
        if bytes[start] &- 0x21 < 0x5E, bytes[bytes.index(before: end)] &- 0x21 < 0x5E { return String(text[start..<end]) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether `line` is a summary label.
    @inline(__always)
    static func isSummaryLabel(_ line: TextLine) -> Bool {
        line.wordCount >= 1 && line.wordCount <= maximumLabelWords && line.text.utf8.count <= maximumLabelBytes
            && summaryLabels.contains(line.words.joined(separator: " "))
    }

    /// The end of the summary block and the verdict sentence right under line `end` (the body's
    /// end), their lines marked; `end` where neither stands there.
    private static func closing(under end: Int, _ lines: [TextLine], _ evidence: inout [LineEvidence], names: [String]) -> Int {
        var k = end
        if k < lines.count, lines[k].blankBefore, isSummaryLabel(lines[k]), releasable(evidence[k]) {
            var last = k + 1
            while last < lines.count, !lines[last].blankBefore, last - k <= maximumSummaryItems,
                  lines[last].wordCount >= 1, lines[last].wordCount <= maximumSummaryWords, releasable(evidence[last]) { last += 1 }
            // A label and two items at least, the block closed by a blank.
            if last - k >= 3, last == lines.count || lines[last].blankBefore {
                for i in k..<last { keep(i, &evidence, as: .factCheckSummary) }
                k = last
            }
        }
        if k < lines.count, lines[k].blankBefore, (k + 1 == lines.count || lines[k + 1].blankBefore),
           isVerdictSentence(lines[k], names: names), releasable(evidence[k]) {
            keep(k, &evidence, as: .factCheckVerdictSentence)
            k += 1
        }
        return k
    }

    /// A short sentence holding the claim label's word or the verdict's stem ("falsa" for "Falso").
    static func isVerdictSentence(_ line: TextLine, names: [String]) -> Bool {
        guard line.endsSentence, line.wordCount >= 3, line.wordCount <= maximumVerdictSentenceWords else { return false }
        for name in names where name.count >= 4 {
            let stem = name.count > 5 ? String(name.prefix(name.count - 1)) : name
            if line.words.contains(where: { $0.hasPrefix(stem) }) { return true }
        }
        return false
    }

    /// Only its place past the body or a teaser reading says the line is the page's.
    @inline(__always)
    private static func releasable(_ ev: LineEvidence) -> Bool {
        LetterClosing.isReleasable(ev) && !ev.isCaption
    }

    private static func keep(_ k: Int, _ evidence: inout [LineEvidence], as reason: ArticleListReason) {
        evidence[k].noise = nil
        evidence[k].noiseSource = nil
        evidence[k].listItem = reason
    }
}
