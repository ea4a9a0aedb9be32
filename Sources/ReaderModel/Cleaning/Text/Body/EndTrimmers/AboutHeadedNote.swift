/// The writer's box under a post, told by its heading rather than by a byline: "About the author"
/// (in the languages the label list knows), or "About" and a name that the note under it gives in
/// full in its opening words ("About Ilse" over "Hi, I'm Ilse. I keep bees ..."). The heading,
/// a few short labels or a bare name under it, the note and the little below it leave the body. A
/// name the note does not give in full ("About Ilse Example" over "Ms Example chairs ...") heads a
/// profile the article may have written itself, and stays; so does a name the article's own lines
/// use (a press release's "About <company>"), and a box the prose above does not outweigh. `AuthorBoxTail` asks the same of boxes whose writer a byline names.
enum AboutHeadedNote: BodyEndTrimmer {
    static let evidence = "the writer's box: an about-the-author heading over a note (a name the heading gives opens the note)"
    /// The heading is looked for among this many last lines of the body.
    static let window = 12
    /// The heading holds at most this many words.
    static let maxHeadingWords = 4
    /// Short lines (a bare name, "Connect") may stand between the heading and the note: at most this
    /// many, of at most `maxLabelWords` each.
    static let maxLabels = 3
    static let maxLabelWords = 3
    /// The note holds this many words.
    static let noteWords = 5...150
    /// A line of the article naming the heading's subject holds at least this many words.
    static let subjectLineWords = 8
    /// The heading's name is looked for among the note's first this many words.
    static let nameReach = 8
    /// Below the note the body holds at most this many words of prose...
    static let maxWordsAfter = 90
    /// ...and the article above at least this many times the words of the note and the clean lines below it.
    static let minimumProseRatio = 1.0

    /// "About the author" and its kin, as word tokens: the label says whom the note is about, with no name.
    static let authorLabels: [[String]] = [
        "about the author", "about the authors", "about the writer", "about me", "über den autor", "über die autorin",
        "à propos de l'auteur", "à propos de l'autrice", "sobre el autor", "sobre la autora", "acerca del autor",
        "sobre o autor", "sobre a autora", "over de auteur", "sull'autore", "om forfatteren", "om författaren",
    ].map { WordTokenizer.tokens($0).words }
    /// Words that open a heading "About" and a name, by language.
    static let aboutWords: Set<String> = ["about", "über", "à", "sobre", "acerca", "over", "sull", "om"]

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3 else { return body }
        let first = max(body.lowerBound + 1, body.upperBound - window)
        guard first < body.upperBound - 1 else { return body }
        for h in first..<(body.upperBound - 1) {
            let heading = lines[h]
            // Cheap shape first: a short unpunctuated line opened by an "about" word, no list of names
            // and no reference ("^ About ..., Publisher" under a wiki page).
            guard heading.wordCount >= 2, heading.wordCount <= maxHeadingWords, !heading.endsSentence,
                  evidence[h].isCleanOrFragment || evidence[h].noise == .navigation, !evidence[h].isCaption,
                  let opener = heading.words.first, aboutWords.contains(opener), heading.text.first?.isLetter == true,
                  !heading.text.utf8.contains(0x2C),
                  let note = noteUnder(h, lines, evidence, body: body) else { continue }
            let named = authorLabels.contains(heading.words)
            guard named || (givesName(heading, in: lines[note]) && !prose(body.lowerBound..<h, lines, names: heading)) else { continue }
            guard BodyEndTrimmers.proseWords((note + 1)..<body.upperBound, lines, scores: scores) <= maxWordsAfter else { continue }
            // The heading and the labels weigh nothing: a post of a paragraph or two keeps its box off.
            var cutWords = 0
            for k in note..<body.upperBound where evidence[k].isCleanOrFragment { cutWords += lines[k].wordCount }
            guard BodyEndTrimmers.prose(body.lowerBound..<h, scores: scores) >= minimumProseRatio * Double(cutWords) else { return body }
            BodyEndTrimmers.mark(h..<body.upperBound, &evidence, as: .credit, rule: Self.evidence)
            return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(h, lines, scores: scores, body: body)
        }
        return body
    }

    /// The note under the heading: the first line of `noteWords` words past at most `maxLabels` short
    /// lines or removed ones; nil when a longer line, a list item or the body's end comes first.
    static func noteUnder(_ h: Int, _ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Int? {
        var labels = 0
        for k in (h + 1)..<body.upperBound {
            let ev = evidence[k]
            if ev.noise == nil, ev.listItem == nil, !ev.isCaption, noteWords.contains(lines[k].wordCount), lines[k].wordCount > maxLabelWords {
                return k
            }
            guard ev.noise != nil || lines[k].wordCount <= maxLabelWords, labels < maxLabels else { return nil }
            labels += 1
        }
        return nil
    }

    /// A line of prose above (`subjectLineWords` words at least) uses every word of a name of two words
    /// or more: the box is about the article's subject (a company's boilerplate under its press
    /// release, a profile), not about its writer, whom the article names in short lines only (a
    /// signature, "Posted by ..."). A first name alone proves nothing: an interviewer addresses the
    /// writer by it.
    static func prose(_ range: Range<Int>, _ lines: [TextLine], names heading: TextLine) -> Bool {
        let name = heading.words.dropFirst()
        guard name.count >= 2 else { return false }
        return range.contains { k in lines[k].wordCount >= subjectLineWords && name.allSatisfy { lines[k].words.contains($0) } }
    }

    /// Every word of the name after the heading's "about" word stands among the note's first words, and
    /// the heading writes each with a capital (a name, not "About our walks").
    static func givesName(_ heading: TextLine, in note: TextLine) -> Bool {
        let name = heading.words.dropFirst()
        guard !name.isEmpty, heading.capitalizedCount >= name.count else { return false }
        let opening = note.words.prefix(nameReach)
        return name.allSatisfy { word in word.count >= 2 && opening.contains(word) }
    }
}
