/// A plain-text document (a specification, an e-text, a manual) centres its title on a line of its
/// own above the body, far deeper than the paragraphs sit; a copy that keeps the indentation keeps
/// that mark. Above it the header is set in two columns at the margin ("Status: ...    Name"), which
/// no headline is. Shape only: columns and blank lines, and a word of the title in the body.
enum CenteredDocumentTitle {
    /// The evidence, for `--explain`.
    static let note = "headline: centred on its own line above the body, far deeper than the document's paragraphs"
    /// Columns deeper than the paragraphs a title is centred: a figure sits three or more deeper, a
    /// quotation or a list a few more; a centred title on a 72-column page, a dozen or more.
    static let minimumExtraIndent = 12
    /// The deepest indentation of the paragraphs of a page that sets text at its margin.
    static let widestParagraphIndent = 8
    /// Lines above the body searched: the body run may begin past a document's front matter (its
    /// status, its contents), well under the title.
    static let searchedLines = 400
    static let maximumWords = 12
    /// Paragraphs read for their indentation, from the body's start.
    private static let sampledParagraphs = 40

    /// Index of the centred title above the body, or nil when the copy keeps no indentation (nearly
    /// every copy: one byte before each line says so) or no line stands centred alone.
    static func find(_ lines: [TextLine], _ evidence: [LineEvidence], head: Range<Int>, body: Range<Int>) -> Int? {
        let low = max(head.lowerBound, body.lowerBound - searchedLines)
        guard low < body.lowerBound else { return nil }
        var found: Int?
        // The topmost centred line: an author or a date may be centred under the title as well.
        for i in stride(from: body.lowerBound - 1, through: low, by: -1) where isCentredAlone(i, lines, evidence) {
            found = i
        }
        guard let title = found, let indent = paragraphIndent(lines, evidence, body: body),
              IndentedFigureBlock.indentation(lines[title].text) >= indent + minimumExtraIndent else { return nil }
        // The title names what the document is about: one of its words recurs in the body (a
        // protocol's name may first come up past the front matter, or in the running page headers).
        return recurs(lines[title], in: lines[body]) ? title : nil
    }

    /// One of the line's words of three letters or more stands among the words of `body`.
    private static func recurs(_ line: TextLine, in body: ArraySlice<TextLine>) -> Bool {
        let wanted = line.words.filter { $0.count >= 3 }
        guard !wanted.isEmpty else { return false }
        return body.contains { other in other.words.contains { wanted.contains($0) } }
    }

    /// Deep, alone between blank lines, short and unpunctuated, with no column gap inside.
    private static func isCentredAlone(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let line = lines[i]
        let text = line.text
        // The byte before the line's text: a space when the copy kept its indentation.
        guard text.startIndex > text.base.utf8.startIndex,
              text.base.utf8[text.base.utf8.index(before: text.startIndex)] == UInt8(ascii: " "),
              IndentedFigureBlock.indentation(text) >= minimumExtraIndent else { return false }
        guard i == 0 || line.blankBefore, i + 1 >= lines.count || lines[i + 1].blankBefore,
              (1...maximumWords).contains(line.wordCount), line.joinedLines <= 1, !line.endsSentence,
              !evidence[i].isMetadata, !evidence[i].isTimestamp, !evidence[i].isCaption, !hasColumnGap(text) else { return false }
        return true
    }

    /// Four spaces or more inside the line: two columns set side by side.
    private static func hasColumnGap(_ text: Substring) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = byte == 32 ? run + 1 : 0
            if run >= 4 { return true }
        }
        return false
    }

    /// The indentation of the body's first paragraphs (their median), when most sit near the margin:
    /// a specification sets its abstract and its sections a column or two apart.
    private static func paragraphIndent(_ lines: [TextLine], _ evidence: [LineEvidence], body: Range<Int>) -> Int? {
        var indents: [Int] = []
        for i in body where evidence[i].shape == .good {
            indents.append(IndentedFigureBlock.indentation(lines[i].text))
            if indents.count >= sampledParagraphs { break }
        }
        guard indents.count >= IndentedFigureBlock.minimumParagraphs else { return nil }
        indents.sort()
        let median = indents[indents.count / 2]
        return median <= widestParagraphIndent ? median : nil
    }
}
