/// A letter printed as the article (an open letter, a ministry's reply, a reader's letter) closes
/// with a formula standing alone on its line, with no comma in the British way ("Yours
/// sincerely"), over the signature: the writer's name and a line or two with their office. Short,
/// unpunctuated and past the last paragraph, these lines read as the page's furniture; the formula
/// is what makes them the letter's. It is read from a short table of closing formulas in several
/// languages, matched against the whole line, so that a line merely holding such a word is not one.
enum LetterClosing {
    static let evidence = "a letter's closing formula right under its last paragraph"
    static let signatureEvidence = "the signature under a letter's closing formula (the writer's name and office)"
    /// A formula is at most this many words and bytes (checked before its words are read).
    static let maxFormulaWords = 5
    static let maxFormulaBytes = 48
    /// The signature block is at most this many lines...
    static let maxSignatureLines = 3
    /// ...each at most this many words.
    static let maxSignatureWords = 10
    /// Wordless lines (a rule, a bullet) that may stand between the last paragraph and the formula.
    static let maximumLeadingGap = 2

    /// Closing formulas, lowercased, words joined by one space (the line's punctuation dropped).
    static let formulas: Set<String> = [
        // English
        "yours sincerely", "sincerely yours", "sincerely", "yours faithfully", "faithfully yours", "yours truly",
        "very truly yours", "respectfully yours", "yours respectfully", "kind regards", "best regards", "warm regards",
        "with kind regards", "with best wishes", "yours ever",
        // German
        "mit freundlichen grüßen", "mit freundlichen grüssen", "mit freundlichem gruß", "hochachtungsvoll",
        // French
        "cordialement", "bien cordialement", "veuillez agréer mes salutations distinguées", "sincères salutations",
        // Spanish, Portuguese, Italian
        "atentamente", "un cordial saludo", "saludos cordiales", "atenciosamente", "cordiali saluti", "distinti saluti",
        // Dutch, Scandinavian, Polish, Czech
        "met vriendelijke groet", "hoogachtend", "med vänliga hälsningar", "med venlig hilsen", "med vennlig hilsen",
        "z poważaniem", "s pozdravem",
        // Russian, Ukrainian
        "с уважением", "искренне ваш", "з повагою",
    ]

    /// The body widened over a closing formula right under its last line and the signature block
    /// under it, their lines marked as the article's; `body` unchanged otherwise.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard !body.isEmpty else { return body }
        var formula = body.upperBound
        while formula < lines.count, formula - body.upperBound < maximumLeadingGap, lines[formula].words.isEmpty { formula += 1 }
        guard formula < lines.count, isFormula(lines[formula]), isReleasable(evidence[formula]) else { return body }
        // The signature: the block under the formula (one blank between allowed), a name first.
        let first = formula + 1
        guard first < lines.count, SignOffLines.isName(lines[first]) else { return body }
        var end = first
        while end < lines.count, end - first < maxSignatureLines, end == first || !lines[end].blankBefore,
              isSignatureLine(lines[end], evidence[end]) { end += 1 }
        // The signature closes its block: a blank or the page's end follows it.
        guard end == lines.count || lines[end].blankBefore else { return body }
        for k in formula..<end {
            evidence[k].noise = nil
            evidence[k].noiseSource = nil
            evidence[k].isCaption = false
            evidence[k].listItem = k == formula ? .letterClosing : .letterSignature
        }
        return body.lowerBound..<end
    }

    /// A short line whose words are one closing formula of the table.
    static func isFormula(_ line: TextLine) -> Bool {
        guard line.wordCount >= 1, line.wordCount <= maxFormulaWords, line.text.utf8.count <= maxFormulaBytes,
              !line.endsSentence || line.text.utf8.last == UInt8(ascii: "!") || line.text.utf8.last == UInt8(ascii: ".") else { return false }
        return formulas.contains(line.words.joined(separator: " "))
    }

    /// A line of the signature: short, no sentence, no line a vocabulary or a comment thread names.
    static func isSignatureLine(_ line: TextLine, _ ev: LineEvidence) -> Bool {
        line.wordCount >= 1 && line.wordCount <= maxSignatureWords && !line.endsSentence && isReleasable(ev)
    }

    /// Only its shortness or its place past the body says the line is the page's (no metadata,
    /// timestamp, comment or vocabulary reading): the letter's rules may take such a line back.
    @inline(__always)
    static func isReleasable(_ ev: LineEvidence) -> Bool {
        guard !ev.isMetadata, !ev.isTimestamp else { return false }
        guard let noise = ev.noise else { return true }
        return noise != .comments && ev.noiseSource != .vocabulary
    }
}
