import Foundation

/// Assembles the `Document` from the line decisions: fields, removed blocks, explain blocks
/// and the UTF-8 offsets of verbatim fields.
enum DocumentBuilder {
    static func build(article: Article, lines: [TextLine], evidence: [LineEvidence], decisions: [LineDecision],
                      meta: TextMetadata, explains: Bool = true) -> Document {
        var doc = Document(source: article.source)
        doc.byline = meta.byline
        doc.published = meta.published
        doc.publisher = meta.publisher
        if explains { doc.blocks.reserveCapacity(lines.count) }
        var titleToo: TextLine?
        for (i, line) in lines.enumerated() {
            let decision = decisions[i]
            // Lines that are neither kept nor reported as removed need no copy unless explained.
            guard explains || decision.reason != nil || decision.role == .title || decision.role == .standfirst
                || decision.role == .body || decision.role == .caption else { continue }
            let text = line.readText  // joined hard-wrapped lines are not verbatim in the source
            switch decision.role {
            case .title:
                let title = meta.title ?? text
                doc.title = title
                if let offset = utf8Offset(of: title, in: line.text) {
                    doc.sourceOffsets[.title] = line.offset + offset
                }
            case .standfirst:
                doc.standfirst = text
                if line.joinedLines == 1 { doc.sourceOffsets[.standfirst] = line.offset }
            case .body:
                if line.joinedLines == 1 { doc.sourceOffsets[.paragraph(doc.paragraphs.count)] = line.offset }
                doc.paragraphs.append(text)
                if decision.isTitleToo { titleToo = line }
            case .caption:
                if line.joinedLines == 1 { doc.sourceOffsets[.caption(doc.captions.count)] = line.offset }
                doc.captions.append(text)
            default:
                break
            }
            if let reason = decision.reason {
                doc.removed.append(RemovedBlock(text: text, reason: reason))
            }
            if explains {
                let why = decision.noteIsWholeEvidence ? decision.note : explain(line, evidence[i].shape, evidence[i].keptNote, decision)
                doc.blocks.append(ExplainedBlock(text: text, role: decision.role, reason: decision.reason, evidence: why))
            }
        }
        // A body line that is the title too (a textless post's headline) is the title: `RoleAssigner`
        // gives the metadata's own pick, read as if the post had no header, no title role then.
        if let line = titleToo {
            doc.title = line.readText
            doc.sourceOffsets[.title] = line.joinedLines == 1 ? line.offset : nil
        }
        return doc
    }

    /// Where `title` starts in the line, in UTF-8 bytes. The title is cut from the line, so its
    /// bytes are found as they are; Foundation's `range(of:)` (canonical, but it first builds UTF-16
    /// breadcrumbs of the whole page) only answers when they are not.
    static func utf8Offset(of title: String, in line: Substring) -> Int? {
        var needle = title
        var haystack = line
        let found: Int? = needle.withUTF8 { n in
            haystack.withUTF8 { h -> Int? in
                guard let first = n.first else { return nil }
                guard n.count <= h.count else { return nil }
                var i = 0
                while i <= h.count - n.count {
                    if h[i] == first, memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return i }
                    i += 1
                }
                return nil
            }
        }
        if let found { return found }
        guard let range = line.range(of: title) else { return nil }
        return line.utf8.distance(from: line.startIndex, to: range.lowerBound)
    }

    // The two fields it reads, not the line's whole evidence: a copy of that retains its every string.
    private static func explain(_ line: TextLine, _ shape: LineShape, _ keptNote: String?, _ decision: LineDecision) -> String {
        // Built by appending into one buffer: this runs for every line of every page.
        let density = Int((line.stopwordDensity * 100).rounded())
        var text = "line "
        text.reserveCapacity(80)
        text += String(line.lineNumber)
        text += ", "
        text += String(line.wordCount)
        // Word units counted from the letters of a script without spaces.
        if line.script.isUnspaced { text += " words (script-aware length)" } else { text += " words" }
        text += ", stopwords "
        text += String(density)
        text += "%, "
        text += shape.rawValue
        if line.endsSentence { text += ", sentence" }
        if line.lineCells > 0, !line.text.containsByte(9) {
            // The evidence `CellLineTableJoiner` read: the run's period under a header of labels.
            text += ", a table row of "
            text += String(line.lineCells)
            text += " cells copied one a line without tabs (a run of that period under a header of labels, figures in the same cells of each row)"
        } else if TabCellRowJoiner.isCellRow(line) {
            text += ", a table row of "
            text += String(line.joinedLines)
            text += " cells copied one a line"
        } else if line.joinedLines > 1 {
            text += ", joined "
            text += String(line.joinedLines)
            text += " hard-wrapped lines"
        }
        if let note = decision.note {
            text += ", "
            text += note
        }
        if let kept = keptNote {
            text += ", "
            text += kept
        }
        return text
    }
}
