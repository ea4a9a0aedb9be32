/// The author's box under an opinion piece, told by the writer the page's header names: a line of
/// only that name, glued over a note that opens with it ("Jordan Example is a planner and ..."),
/// glued over a short link line ("More by this author") that ends the packed run. The header's
/// byline or dated line names the writer, so a box of their bare name, note and link is about them,
/// not the story; the link need not name them (`AuthorNoteOverLink` asks that when no header does).
/// A bare name over a note with a blank line between, or with no link line under it, stays: that
/// is how some articles credit their writers (`AuthorBoxTail`). Names are compared word for word,
/// so the rule holds in any script.
enum HeaderNamedAuthorBox: BodyEndTrimmer {
    static let evidence = "the author's box: the writer's bare name as the page's header gives it, glued over a note opening with the name and a short link line"
    /// The box is looked for among this many last lines of the body.
    static let window = 10
    /// The name line holds this many words.
    static let nameWords = 2...4
    /// The note holds this many words.
    static let noteWords = 6...120
    /// The link line holds this many words.
    static let linkWords = 2...6

    static func trim(_ lines: [TextLine], _ evidence: inout [LineEvidence], scores: [Double], body: Range<Int>) -> Range<Int> {
        guard body.count >= 3 else { return body }
        let first = max(body.lowerBound + 2, body.upperBound - window)
        guard first < body.upperBound else { return body }
        for k in first..<body.upperBound where k + 2 < lines.count {
            let name = lines[k], note = lines[k + 1], link = lines[k + 2]
            // Cheap shape first: a short unpunctuated line, a glued sentence, a glued short line closing the run.
            guard nameWords.contains(name.wordCount), !name.endsSentence, evidence[k].isCleanOrFragment,
                  !note.blankBefore, !link.blankBefore, note.endsSentence, noteWords.contains(note.wordCount),
                  linkWords.contains(link.wordCount), !link.endsSentence, !evidence[k + 2].isCaption,
                  k + 3 == lines.count || lines[k + 3].blankBefore,
                  note.words.count > name.words.count, note.words.starts(with: name.words) else { continue }
            guard namedInHeader(name.words[...], lines, evidence, above: body.lowerBound),
                  BodyEndTrimmers.proseWords((k + 2)..<body.upperBound, lines, scores: scores) <= AuthorBoxTail.maxWordsAfter,
                  BodyEndTrimmers.prose(body.lowerBound..<k, scores: scores) >= AuthorBoxTail.minimumProseAbove else { continue }
            BodyEndTrimmers.mark(k..<max(body.upperBound, k + 3), &evidence, as: .credit, rule: Self.evidence)
            return body.lowerBound..<BodyEndTrimmers.startOfTrailingLabels(k, lines, scores: scores, body: body)
        }
        return body
    }

    /// A byline or dated line above the body names the writer word for word.
    static func namedInHeader(_ name: ArraySlice<String>, _ lines: [TextLine], _ evidence: [LineEvidence], above end: Int) -> Bool {
        for k in 0..<end where evidence[k].isMetadata && AuthorNoteOverLink.names(lines[k].words, name, beyondName: false) {
            return true
        }
        return false
    }
}
