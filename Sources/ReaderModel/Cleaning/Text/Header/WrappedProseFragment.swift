/// A line that opens in lower case under a line left unfinished continues that line (a wrapped
/// paragraph's middle, a tagline under a site's name), and a lower-case line holding a sentence's
/// end is prose cut by the copy: neither is the article's headline however well it echoes the body.
/// Scripts without case never match.
enum WrappedProseFragment {
    /// Words the line above needs, without capitals, to read as a clause of running text.
    static let minimumRunWords = 5

    static func holds(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let line = lines[i]
        if isParagraphMiddle(i, lines, evidence) || isParagraphHead(i, lines) { return true }
        // A post's meta line ("tags — author @ 12:52") opens in lower case too, and heads its post.
        guard startsInLowerCase(line), !line.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        // The line goes on from the one glued above it, left unfinished: that line has capitals
        // (the page writes in case) or is a clause of running text itself. A date or byline line
        // ends unpunctuated as a matter of course: a lower-case title may follow it.
        if i > 0, !line.blankBefore, endsMidClause(lines[i - 1].text), !isMetadata(evidence[i - 1]),
           lines[i - 1].capitalizedCount > 0 || lines[i - 1].wordCount >= minimumRunWords { return true }
        return holdsSentenceEnd(line.text)
    }

    /// A line of a hard-wrapped paragraph cut at both ends, whatever its first letter: glued under a
    /// clause of running text left unfinished, running on into a lower-case line glued below, with a
    /// sentence ending inside it ("… than the rival's / console. It is just about everything / you
    /// could want …"). A headline wrapped over two lines holds no sentence's end.
    static func isParagraphMiddle(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        guard i > 0, i + 1 < lines.count, !lines[i].blankBefore, !lines[i + 1].blankBefore,
              endsMidClause(lines[i].text), lines[i - 1].wordCount >= minimumRunWords, endsMidClause(lines[i - 1].text),
              !isMetadata(evidence[i - 1]), startsInLowerCase(lines[i + 1]) else { return false }
        return holdsSentenceEnd(lines[i].text)
    }

    /// The first line of a hard-wrapped paragraph: left unfinished, running on into a lower-case line
    /// glued below that is the longer rest of its sentences ("As promised, the new console is the" /
    /// "most powerful one ever made. In practice, …"). A headline's second line is of its length.
    static func isParagraphHead(_ i: Int, _ lines: [TextLine]) -> Bool {
        guard i + 1 < lines.count, !lines[i + 1].blankBefore, endsMidClause(lines[i].text),
              lines[i + 1].wordCount >= 2 * minimumRunWords, lines[i + 1].wordCount >= 2 * lines[i].wordCount,
              startsInLowerCase(lines[i + 1]) else { return false }
        return lines[i + 1].endsSentence || holdsSentenceEnd(lines[i + 1].text)
    }

    /// The last character is a letter, a digit or a comma: no sentence, heading or label closes there
    /// by punctuation, and a wrapped line of prose mostly ends so.
    @inline(__always)
    static func endsMidClause(_ text: Substring) -> Bool {
        guard let last = text.utf8.last else { return false }
        if last == 44 { return true }
        if last < 128 { return (last >= 48 && last <= 57) || (last | 0x20 >= 97 && last | 0x20 <= 122) }
        return text.last.map { $0.isLetter } ?? false
    }

    /// The first word opens in lower case and holds no capital ("the", "été", "это"); "iPhone", "eBay"
    /// and scripts without case do not. Only Latin, Greek and Cyrillic lead bytes are read further.
    @inline(__always)
    static func startsInLowerCase(_ line: TextLine) -> Bool {
        guard let first = line.text.utf8.first, first >= 97 && first <= 122 || first >= 0xC3 && first <= 0xD4 else { return false }
        // The line's own letters: its word list is folded to lower case.
        let word = line.text.prefix { $0 != " " }
        return word.first?.isLowercase == true && !word.contains { $0.isUppercase }
    }

    /// A byline, date, source or timestamp line.
    @inline(__always)
    private static func isMetadata(_ ev: LineEvidence) -> Bool {
        ev.isMetadata || ev.isTimestamp
    }

    /// ". X": a sentence ends inside the line and another begins with a capital.
    private static func holdsSentenceEnd(_ text: Substring) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if previous.0 == 46, previous.1 == 32, byte >= 65, byte <= 90 { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
