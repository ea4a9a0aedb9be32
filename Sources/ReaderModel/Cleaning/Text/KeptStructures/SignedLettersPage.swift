/// A letters-to-the-editor page prints several readers' letters under one headline, each closed by
/// its writer's name and town on a line of its own ("Ingrid Sautter, Oberhofen") and often opened
/// by a heading the editors gave it. Copied as text, the first letter's heading sits between the
/// share bar and the first paragraph and reads as the header's; and the editors' short note under
/// the last letter ("letters are shortened") carries the body's end over the teasers and appeals
/// below. The signatures say where each letter ends: a heading that opens each later letter opens
/// the first too, and the page's letters end at the last signature.
enum SignedLettersPage {
    static let headingEvidence = "the first letter's heading: each later letter on this page of signed letters opens with one"
    static let signatureEvidence = "a letter's signature (\"Name, Town\") under its last paragraph, one of several on this page of signed letters"
    static let tailEvidence = "past the last letter's signature (\"Name, Town\") on a page of signed letters"
    /// A page has at least this many signed letters.
    static let minimumLetters = 2
    /// A signature is this many words at most: the name (a title, given names, family name) and the town.
    static let maximumSignatureWords = 8
    /// The line a signature closes is a sentence of at least this many words (the letter's last paragraph).
    static let minimumClosingParagraphWords = 8
    /// A letter's heading is at most this many words.
    static let maximumHeadingWords = 10
    /// Under the last signature only a short note may stand for the letters to end there: at most
    /// this many words of sentences, none longer than `maximumTailSentenceWords` (a reporter's
    /// closing paragraphs under quoted readers are longer).
    static let maximumTailSentenceWords = 25
    static let maximumTailProseWords = 50

    /// The body with the first letter's heading over it and its end at the last signature, on a
    /// page of signed letters; `body` unchanged otherwise.
    static func fit(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard body.count >= 2 * minimumLetters else { return body }
        var signatures: [Int] = []
        for k in (body.lowerBound + 1)..<body.upperBound {
            // The line's and its paragraph's shapes first: they rule out almost every line before a byte is read.
            let line = lines[k], above = lines[k - 1]
            guard line.wordCount >= 3, line.wordCount <= maximumSignatureWords, !line.endsSentence,
                  above.endsSentence, above.wordCount >= minimumClosingParagraphWords,
                  evidence[k].noise == nil, evidence[k - 1].noise == nil, isSignature(line) else { continue }
            signatures.append(k)
        }
        guard signatures.count >= minimumLetters, let last = signatures.last else { return body }
        // Under the last signature: only a short note, teasers and appeals (no paragraph of a story).
        var tailWords = 0
        for k in (last + 1)..<body.upperBound where lines[k].endsSentence && evidence[k].noise == nil {
            guard lines[k].wordCount <= maximumTailSentenceWords else { return body }
            tailWords += lines[k].wordCount
        }
        guard tailWords <= maximumTailProseWords else { return body }
        BodyEndTrimmers.mark((last + 1)..<body.upperBound, &evidence, as: .related, rule: tailEvidence)
        // A signature is a short line no paragraph follows (the last one): its shape says it is the letter's.
        for k in signatures { evidence[k].listItem = .letterSignatureLine }
        var lower = body.lowerBound
        // Each later letter opens with a heading right under the signature before it, a paragraph under it.
        let headed = signatures.dropLast().allSatisfy { s in
            s + 2 < lines.count && isHeading(lines[s + 1]) && lines[s + 2].endsSentence
        }
        if headed, lower > 0, lines[lower].endsSentence, isHeading(lines[lower - 1]), LetterClosing.isReleasable(evidence[lower - 1]) {
            lower -= 1
            evidence[lower].noise = nil
            evidence[lower].noiseSource = nil
            evidence[lower].isCaption = false
            evidence[lower].listItem = .letterHeading
        }
        return lower..<(last + 1)
    }

    /// A short unpunctuated line (a letter's heading).
    @inline(__always)
    static func isHeading(_ line: TextLine) -> Bool {
        line.wordCount >= 1 && line.wordCount <= maximumHeadingWords && !line.endsSentence && line.lastByte != UInt8(ascii: ":")
    }

    /// Lower-case words of family names ("van der", "de la", "von dem", "di", "dos"), two of which a name may hold.
    static let nameParticles: Set<String> = ["van", "der", "den", "de", "la", "le", "du", "des", "von", "dem", "zu",
                                              "da", "das", "do", "dos", "di", "del", "della", "degli", "ten", "ter", "op"]

    /// "Name, Town": one comma, capitalized words on both sides (a name of two to five words, one
    /// lower-case word allowed, or two name particles such as "van der" or "de la"; a town of one to
    /// three), no digits and no sentence.
    static func isSignature(_ line: TextLine) -> Bool {
        guard line.wordCount >= 3, line.wordCount <= maximumSignatureWords, !line.endsSentence else { return false }
        // A byte gate before any word is read.
        var commas = 0
        for byte in line.text.utf8 {
            if byte &- 48 < 10 { return false }
            switch byte {
            case UInt8(ascii: ","):
                commas += 1
                if commas > 1 { return false }
            case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "@"), UInt8(ascii: "|"), UInt8(ascii: "("),
                 UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"): return false
            default: break
            }
        }
        guard commas == 1, let comma = line.text.utf8.firstIndex(of: UInt8(ascii: ",")) else { return false }
        let name = line.text[..<comma].split(separator: " ")
        let town = line.text[line.text.index(after: comma)...].split(separator: " ")
        guard name.count >= 2, name.count <= 5, town.count >= 1, town.count <= 3 else { return false }
        // One lower-case word of any kind, or two that are both name particles ("Anna van der Berg",
        // "Jean de la Tour"): a family name may carry two.
        let lowerNameWords = name.filter { !($0.first?.isUppercase ?? false) }
        guard lowerNameWords.count <= 1 || (lowerNameWords.count == 2 && lowerNameWords.allSatisfy({ nameParticles.contains(String($0)) })),
              name.first?.first?.isUppercase == true, name.last?.first?.isUppercase == true else { return false }
        return town.first?.first?.isUppercase == true
    }
}
