/// A glued run of headlines in a script without spaces (`UnspacedHeadline`) or without capitals
/// (`UncasedHeadline`: Korean, Arabic, Hebrew, Indic scripts) is a list of other stories only when
/// it cannot be the page's own text written a clause a line. These scripts have no capitals to tell
/// a title from a clause, so the run must stand apart from the page's prose in two ways: it sits
/// outside it (not glued between two of its paragraphs, where a list of the article's own points
/// stands), and its lines are not in the prose's manner, either because the page writes its
/// paragraphs as full sentences or long lines (which the run's lines are not), or because half the
/// run's lines carry a title's marks (a bracketed label, a separator, a cut-off end) that a clause
/// of a photo diary does not.
enum UnspacedTeaserRun {
    static let evidence = "headline-length lines in a row of a script without spaces or capitals, none closing on a full stop, outside the page's prose"
    /// Lines of prose the page needs to show its manner: one could be a site blurb.
    static let minimumProseLines = 2
    /// A prose line of a script without spaces or capitals: a sentence of this many word units
    /// closing on a full stop, or an unpunctuated line this long (a Thai paragraph)...
    static let sentenceWords = 12
    static let longLineWords = 30
    /// ...and how far above and below the run such a paragraph makes it a list inside the article.
    static let paragraphReach = 2

    /// Lines `run` of a teaser block found by shape (`TeaserListDetector`), whose headlines are in a
    /// script without spaces, read as a list of other stories.
    static func isTeaserList(_ run: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard !isBetweenParagraphs(run, lines, evidence) else { return false }
        return pageWritesProse(lines, outside: run) || isMostlyTitleMarked(run, lines)
    }

    /// A paragraph of prose ends within `paragraphReach` lines above the run and another starts
    /// within as many below it: the run is a list the article sets between its paragraphs.
    private static func isBetweenParagraphs(_ run: Range<Int>, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let above = max(0, run.lowerBound - paragraphReach)..<run.lowerBound
        let below = run.upperBound..<min(lines.count, run.upperBound + paragraphReach)
        return above.contains { isParagraph($0, lines, evidence) } && below.contains { isParagraph($0, lines, evidence) }
    }

    @inline(__always)
    private static func isParagraph(_ k: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        evidence[k].noise == nil && evidence[k].shape == .good
    }

    /// The page's prose in a script without spaces comes in sentences closing on a full stop or in
    /// long lines: at least `minimumProseLines` such lines outside the run.
    private static func pageWritesProse(_ lines: [TextLine], outside run: Range<Int>) -> Bool {
        var found = 0
        for k in lines.indices where !run.contains(k) && isProseLine(lines[k]) {
            found += 1
            if found >= minimumProseLines { return true }
        }
        return false
    }

    @inline(__always)
    private static func isProseLine(_ line: TextLine) -> Bool {
        // The word count first: most lines of a page are too short to look at.
        guard line.wordCount >= sentenceWords else { return false }
        if line.script.isUnspaced {
            guard UnspacedHeadline.isMostlyUnspaced(line) else { return false }
        } else if !UncasedHeadline.isMostlyUncased(line) {
            return false
        }
        return line.wordCount >= longLineWords || UnspacedHeadline.closesOnFullStop(line.text)
    }

    /// At least half the run's headline-length lines carry a title's mark.
    private static func isMostlyTitleMarked(_ run: Range<Int>, _ lines: [TextLine]) -> Bool {
        var headlines = 0
        var marked = 0
        for k in run where lines[k].wordCount > UnspacedHeadline.maximumLabelWords {
            headlines += 1
            if hasTitleMark(lines[k].text) { marked += 1 }
        }
        return headlines > 0 && marked * 2 >= headlines
    }

    /// A bracketed label or quoted name (【…】, 『…』, 「…」, […], ＜…＞, 《…》), a separator between a
    /// title's parts (|, ｜, --, " - ", ~, ～, ：, _) or a cut-off end ("...", "…").
    static func hasTitleMark(_ text: Substring) -> Bool {
        if ScriptProfile.endsInTruncation(text) { return true }
        var previous: Unicode.Scalar = " "
        var beforePrevious: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3010, 0x300E, 0x300C, 0x5B, 0xFF1C, 0x300A, 0x3008:  // 【 『 「 [ ＜ 《 〈
                return true
            case 0x7C, 0xFF5C, 0x7E, 0xFF5E, 0xFF1A, 0x5F:  // | ｜ ~ ～ ： _
                return true
            case 0x2D:  // "--" or " - "
                if previous == "-" { return true }
            case 0x20:
                if previous == "-", beforePrevious == " " { return true }
            default:
                break
            }
            beforePrevious = previous
            previous = scalar
        }
        return false
    }
}
