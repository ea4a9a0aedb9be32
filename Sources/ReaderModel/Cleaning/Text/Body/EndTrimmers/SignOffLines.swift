/// The writer's sign-off under the article's last paragraph: the name led by a dash ("– Jo Bloggs"),
/// or a closing formula ending in a comma ("Warm regards,") over the name, then at most one line
/// with the writer's handle or address. Short and unpunctuated, these lines read as fragments or
/// as the labels of the share bar below, so the end trim leaves them out. What makes them the
/// article's own is their place (right under the last paragraph, a blank or the page's furniture
/// after them) and their shape: a name is a few capitalised words with nothing after them.
enum SignOffLines {
    static let evidence = "the writer's sign-off under the last paragraph (a dash or a closing formula over a name)"
    static let contactEvidence = "the writer's handle or address right under the sign-off"
    /// A name is at most this many words...
    static let maxNameWords = 4
    /// ...a line of a closing formula at most this many...
    static let maxFormulaWords = 7
    /// ...and the formula and the name span at most this many lines.
    static let maxFormulaLines = 9
    /// A contact line ("Follow Jo on Mastodon @jo") is at most this long.
    static let maxContactWords = 10

    /// The body widened over the sign-off right under its last paragraph, its lines marked as the
    /// article's; `body` unchanged when no sign-off follows.
    static func widen(_ lines: [TextLine], _ evidence: inout [LineEvidence], body: Range<Int>) -> Range<Int> {
        guard let start = UnderLastParagraph.firstLine(under: body, lines, evidence),
              let name = nameLine(from: start, lines, evidence) else { return body }
        var end = name + 1
        var contact: Int?
        if end < lines.count, isContact(end, lines, evidence) {
            contact = end
            end += 1
        }
        // The sign-off closes a block: what follows it stands apart (a blank) or is the page's.
        guard UnderLastParagraph.closesBlock(at: end, lines, evidence),
              end == lines.count || !startsWithDash(lines[end].text) else { return body }
        for k in start..<end {
            evidence[k].noise = nil
            evidence[k].noiseSource = nil
            evidence[k].isCaption = false
            evidence[k].listItem = k == contact ? .writersContact : .signOff
        }
        return body.lowerBound..<end
    }

    /// The sign-off's name line when the lines from `start` are one: a dash-led name, or a closing
    /// formula and the last name-shaped line under it.
    static func nameLine(from start: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Int? {
        guard isReleasable(evidence[start]) else { return nil }
        let line = lines[start]
        if startsWithDash(line.text) { return isName(line) ? start : nil }
        guard line.wordCount >= 1, line.wordCount <= maxFormulaWords, line.text.utf8.last == UInt8(ascii: ","),
              startsWithCapital(line.text) else { return nil }
        // A formula that opens on capitalised words alone ("Cheers,") is one line: capitalised
        // lines ending in commas one after another are a tag list ("Harbours,", "Ferries,").
        let opensCapitalised = line.capitalizedCount == line.wordCount
        var name: Int?
        var k = start + 1
        while k < lines.count, k - start < maxFormulaLines, isReleasable(evidence[k]) {
            let next = lines[k]
            guard next.wordCount >= 1, next.wordCount <= maxFormulaWords, !next.endsSentence,
                  !ListMarker.endsWithColon(next.text) else { break }
            if opensCapitalised, next.text.utf8.last == UInt8(ascii: ",") { return nil }
            if isName(next) { name = k }
            k += 1
        }
        return name
    }

    /// Nothing but its shortness, or the share bar it sits above, says the line is the page's.
    @inline(__always)
    static func isReleasable(_ ev: LineEvidence) -> Bool {
        if ev.noise == nil || ev.noise == .fragment { return !ev.isMetadata && !ev.isTimestamp }
        return ev.noiseSource == .rule(StrandedTailTrimmer.evidence)
    }

    /// One to `maxNameWords` capitalised words after an optional dash, with no digit and no mark
    /// that a label, a link or a sentence has (`:`, `/`, `@`, `,`, `|`, a closing stop).
    static func isName(_ line: TextLine) -> Bool {
        guard line.wordCount >= 1, line.wordCount <= maxNameWords, line.capitalizedCount == line.wordCount,
              !line.endsSentence else { return false }
        for byte in line.text.utf8 {
            if byte >= 48, byte <= 57 { return false }
            switch byte {
            case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "@"), UInt8(ascii: ","), UInt8(ascii: "|"),
                 UInt8(ascii: "("), UInt8(ascii: "#"), UInt8(ascii: "&"): return false
            default: continue
            }
        }
        return true
    }

    /// A short line right under the name that holds a handle or an address (`@` before a letter or
    /// digit) and no sentence: the writer's contact, which the vocabulary reads as a follow button.
    static func isContact(_ i: Int, _ lines: [TextLine], _ evidence: [LineEvidence]) -> Bool {
        let line = lines[i]
        let ev = evidence[i]
        guard line.wordCount >= 1, line.wordCount <= maxContactWords, !line.endsSentence, !ev.isMetadata,
              isReleasable(ev) || (ev.noise == .social && ev.noiseSource == .vocabulary) else { return false }
        var previous: UInt8 = 0
        for byte in line.text.utf8 {
            if previous == UInt8(ascii: "@"), (byte | 0x20) &- 97 < 26 || byte &- 48 < 10 || byte == UInt8(ascii: "_") { return true }
            previous = byte
        }
        return false
    }

    /// A hyphen, an en dash or an em dash opens the line ("- Jo", "–Jo", "— Jo", "-- Jo").
    @inline(__always)
    static func startsWithDash(_ text: Substring) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "-") { return true }
        guard first == 0xE2, bytes.count >= 3 else { return false }
        let second = bytes[bytes.index(after: bytes.startIndex)]
        let third = bytes[bytes.index(bytes.startIndex, offsetBy: 2)]
        return second == 0x80 && (third == 0x93 || third == 0x94)
    }

    /// An uppercase ASCII letter or any non-ASCII letter opens the line (a formula starts like a sentence).
    @inline(__always)
    private static func startsWithCapital(_ text: Substring) -> Bool {
        guard let first = text.utf8.first else { return false }
        return (65...90).contains(first) || first >= 0xC0
    }
}
